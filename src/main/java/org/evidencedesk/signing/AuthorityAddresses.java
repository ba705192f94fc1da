package org.evidencedesk.signing;

import java.net.URI;
import java.util.Objects;

/**
 * Where, under the public base URL ({@code evidencedesk.pki.public-base-url}), the installation publishes what a
 * verifier may fetch: the root's and each issuing CA's certificate and CRL, and the OCSP responder. Certificates
 * name these addresses (RFC 5280 section 4.2.1.13 CRL distribution points, section 4.2.2.1 authority information
 * access), so they are fixed once the first certificate is issued.
 */
public record AuthorityAddresses(URI base) {

    /** The path under the base where the servlets answer; {@code signing.web} maps the same one. */
    public static final String PATH = "/pki/";
    public static final String ROOT_SLUG = "root-ca";
    public static final String OCSP = "ocsp";
    public static final String CERTIFICATE_SUFFIX = ".crt";
    public static final String CRL_SUFFIX = ".crl";

    /** The addresses of an installation reached on this machine only: what tests and the default configuration use. */
    public static final AuthorityAddresses LOCAL = new AuthorityAddresses(URI.create("http://localhost:8080"));

    public AuthorityAddresses {
        Objects.requireNonNull(base, "base");
        String text = base.toString();
        if (text.endsWith("/")) {
            base = URI.create(text.substring(0, text.length() - 1));
        }
    }

    public String certificate(String slug) {
        return base + PATH + slug + CERTIFICATE_SUFFIX;
    }

    public String crl(String slug) {
        return base + PATH + slug + CRL_SUFFIX;
    }

    public String ocsp() {
        return base + PATH + OCSP;
    }
}
