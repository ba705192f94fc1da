package org.evidencedesk.bundle.verify;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ocsp.BasicOCSPResponse;
import org.bouncycastle.asn1.x509.CertificateList;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.evidencedesk.shared.Phrase;

/**
 * Follows each chain from a certificate up to its root through the certificates a signature embeds, and tells for
 * every certificate below the root whether revocation data for it is embedded too: a CRL of its issuer, or an OCSP
 * response naming it. Presence only: whether that data says "good", and is itself trustworthy, is a validator's work.
 */
final class RevocationCoverage {

    /** Deeper chains than this are no chain this installation or a court's CA makes; it also stops a cycle. */
    private static final int MAX_DEPTH = 8;

    private final List<X509CertificateHolder> certificates;
    private final List<CertificateList> crls;
    private final List<SingleResp> ocspAnswers = new ArrayList<>();
    private final DigestCalculatorProvider digests;
    private final Set<X509CertificateHolder> covered = new LinkedHashSet<>();
    private final Set<String> uncovered = new LinkedHashSet<>();
    private final Set<Phrase> gaps = new LinkedHashSet<>();

    RevocationCoverage(List<X509CertificateHolder> certificates, List<CertificateList> crls, List<BasicOCSPResponse> ocsp) {
        this.certificates = List.copyOf(certificates);
        this.crls = List.copyOf(crls);
        for (BasicOCSPResponse response : ocsp) {
            ocspAnswers.addAll(List.of(new BasicOCSPResp(response).getResponses()));
        }
        try {
            this.digests = new JcaDigestCalculatorProviderBuilder().build();
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("The JRE offers no digests", e);
        }
    }

    /** Follows the chain of {@code leaf} to its root. */
    void follow(X509CertificateHolder leaf) {
        X509CertificateHolder current = leaf;
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            if (IssuerSignatures.issuedBy(current, current)) {
                return;
            }
            Optional<X509CertificateHolder> issuer = issuerOf(current);
            if (hasRevocationData(current, issuer)) {
                covered.add(current);
            } else {
                uncovered.add(name(current));
            }
            if (issuer.isEmpty()) {
                gaps.add(Phrase.of(Sentence.ISSUER_NOT_EMBEDDED, name(current)));
                return;
            }
            current = issuer.get();
        }
    }

    /** A signature or token whose own certificate is not there: its chain cannot be followed at all. */
    void missing(Phrase whose) {
        gaps.add(Phrase.of(Sentence.CERTIFICATE_NOT_EMBEDDED, whose));
    }

    int covered() {
        return covered.size();
    }

    List<String> uncovered() {
        return List.copyOf(uncovered);
    }

    List<Phrase> gaps() {
        return List.copyOf(gaps);
    }

    /** RFC 5280 section 6.1: the issuer is the certificate whose subject is this one's issuer and whose key verifies it. */
    private Optional<X509CertificateHolder> issuerOf(X509CertificateHolder certificate) {
        return certificates.stream()
                .filter(candidate -> candidate.getSubject().equals(certificate.getIssuer()))
                .filter(candidate -> IssuerSignatures.issuedBy(certificate, candidate))
                .findFirst();
    }

    /**
     * A CRL whose issuer is the certificate's issuer (RFC 5280 section 5.1.2.3), or an OCSP answer whose CertID names
     * the certificate's serial number under its issuer's name and key (RFC 6960 section 4.1.1).
     */
    private boolean hasRevocationData(X509CertificateHolder certificate, Optional<X509CertificateHolder> issuer) {
        if (crls.stream().anyMatch(crl -> crl.getIssuer().equals(certificate.getIssuer()))) {
            return true;
        }
        if (issuer.isEmpty()) {
            return false;
        }
        BigInteger serial = certificate.getSerialNumber();
        for (SingleResp answer : ocspAnswers) {
            try {
                if (answer.getCertID().getSerialNumber().equals(serial) && answer.getCertID().matchesIssuer(issuer.get(), digests)) {
                    return true;
                }
            } catch (OCSPException | RuntimeException e) {
                // an answer under an unknown hash algorithm names no certificate this reader can tell
            }
        }
        return false;
    }

    static String name(X509CertificateHolder certificate) {
        try {
            return new X500Principal(certificate.getSubject().getEncoded()).getName();
        } catch (java.io.IOException | RuntimeException e) {
            return certificate.getSubject().toString();
        }
    }
}
