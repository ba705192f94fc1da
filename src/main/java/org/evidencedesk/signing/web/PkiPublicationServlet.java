package org.evidencedesk.signing.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.cert.CRLException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.Optional;
import org.evidencedesk.signing.AuthorityAddresses;
import org.evidencedesk.signing.AuthorityRevocationLists;
import org.evidencedesk.signing.IssuingAuthorities;
import org.evidencedesk.signing.IssuingAuthority;
import org.evidencedesk.signing.SigningKeys;

/**
 * What the installation's certificates name for validators to fetch (RFC 5280 sections 4.2.1.13 and 4.2.2.1):
 * {@code /pki/root-ca.crt} and {@code /pki/<ca>.crt} as DER certificates, {@code /pki/root-ca.crl} and
 * {@code /pki/<ca>.crl} as DER CRLs. Public, like any CA's publication point.
 */
@WebServlet(urlPatterns = "/pki/*")
public class PkiPublicationServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String CERTIFICATE = "application/pkix-cert";
    static final String CRL = "application/pkix-crl";

    @Inject
    private SigningKeys keys;

    @Inject
    private IssuingAuthorities authorities;

    @Inject
    private AuthorityRevocationLists crls;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = Optional.ofNullable(request.getPathInfo()).orElse("/").substring(1);
        try {
            if (name.endsWith(AuthorityAddresses.CERTIFICATE_SUFFIX)) {
                Optional<X509Certificate> certificate = certificate(slug(name, AuthorityAddresses.CERTIFICATE_SUFFIX));
                if (certificate.isPresent()) {
                    send(response, CERTIFICATE, certificate.get().getEncoded(), name);
                    return;
                }
            } else if (name.endsWith(AuthorityAddresses.CRL_SUFFIX)) {
                Optional<X509CRL> crl = crls.bySlug(slug(name, AuthorityAddresses.CRL_SUFFIX));
                if (crl.isPresent()) {
                    send(response, CRL, crl.get().getEncoded(), name);
                    return;
                }
            }
        } catch (CertificateEncodingException | CRLException e) {
            throw new IOException("Cannot encode " + name, e);
        }
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    private Optional<X509Certificate> certificate(String slug) {
        if (AuthorityAddresses.ROOT_SLUG.equals(slug)) {
            return Optional.of(keys.rootCertificate());
        }
        return authorities.bySlug(slug).map(IssuingAuthority::certificate);
    }

    private static String slug(String name, String suffix) {
        return name.substring(0, name.length() - suffix.length());
    }

    private static void send(HttpServletResponse response, String type, byte[] body, String name) throws IOException {
        response.setContentType(type);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
