package org.evidencedesk.signing;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * What a validator needs, offline, to see that every certificate of a chain was good at a time: the
 * certificates themselves, the CRLs of the authorities that publish them and OCSP responses. Embedded in a
 * CAdES signature (its SignedData's certificates and crls) or in a PDF's document security store, it makes
 * the signature long-term (ETSI EN 319 122-1 and 319 142-1, level BASELINE-LT): nothing is fetched later.
 *
 * @param certificates every certificate of the chains, the root included
 * @param crls revocation lists, as issued
 * @param ocspResponses DER-encoded OCSPResponse structures (RFC 6960 section 4.2.1), as the responder answered
 */
public record ValidationData(List<X509Certificate> certificates, List<X509CRL> crls, List<byte[]> ocspResponses) {

    public static final ValidationData NONE = new ValidationData(List.of(), List.of(), List.of());

    public ValidationData {
        certificates = List.copyOf(certificates);
        crls = List.copyOf(crls);
        ocspResponses = ocspResponses.stream().map(byte[]::clone).toList();
    }

    /** Both sets together, each certificate and CRL once. */
    public ValidationData and(ValidationData other) {
        Objects.requireNonNull(other, "other");
        List<byte[]> responses = new ArrayList<>(ocspResponses);
        responses.addAll(other.ocspResponses);
        return new ValidationData(union(certificates, other.certificates), union(crls, other.crls), responses);
    }

    private static <T> List<T> union(List<T> first, List<T> second) {
        LinkedHashSet<T> all = new LinkedHashSet<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }
}
