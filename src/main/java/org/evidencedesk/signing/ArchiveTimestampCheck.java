package org.evidencedesk.signing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.OtherRevocationInfoFormat;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.evidencedesk.shared.Phrase;

/**
 * What makes a long-term CAdES signature's extra parts trustworthy to this application's own verifier: each
 * archive-time-stamp-v3 verifies over the imprint EN 319 122-1 5.5.3 defines, everything its ats-hash-index-v3 names
 * (5.5.2) is still there unchanged, and every CRL and OCSP response carried, in the signature or in a time-stamp
 * token, is signed by a certificate carried with it. So one changed byte anywhere in them is found, as the EU
 * validator finds it. Whether the revocation data says "good" is for the long-term validators to weigh.
 */
final class ArchiveTimestampCheck {

    private final TimestampTokenVerifier tokens;
    private final ConvertedCertificates certificates;

    /** @param tokens the verifier of the archive time-stamps, and {@code certificates} the certificates met so far */
    ArchiveTimestampCheck(TimestampTokenVerifier tokens, ConvertedCertificates certificates) {
        this.tokens = tokens;
        this.certificates = certificates;
    }

    /**
     * @param contentDigest the SHA-256 of the detached content, as read
     * @return why the archive time-stamps or the validation data are not intact; empty if they are, or if there are none
     */
    Optional<Phrase> problem(byte[] signature, byte[] contentDigest) {
        try {
            SignedData signedData = SignedData.getInstance(ContentInfo.getInstance(ASN1Primitive.fromByteArray(signature)).getContent());
            SignerInfo signer = SignerInfo.getInstance(signedData.getSignerInfos().getObjectAt(0));
            Optional<Phrase> revocationProblem = revocationProblem(signedData);
            if (revocationProblem.isPresent()) {
                return revocationProblem;
            }
            for (ASN1Encodable element : orEmpty(signer.getUnauthenticatedAttributes())) {
                Attribute attribute = Attribute.getInstance(element);
                for (ASN1Encodable value : attribute.getAttrValues()) {
                    SignedData token = SignedData.getInstance(ContentInfo.getInstance(value).getContent());
                    Optional<Phrase> tokenProblem = revocationProblem(token);
                    if (tokenProblem.isEmpty() && attribute.getAttrType().equals(ArchiveTimestampV3.ATTRIBUTE)) {
                        tokenProblem = archiveTimestampProblem(signedData, signer, value, token, contentDigest);
                    }
                    if (tokenProblem.isPresent()) {
                        return tokenProblem;
                    }
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of(SigningProblem.VALIDATION_DATA_BROKEN.with(String.valueOf(e.getMessage())));
        }
    }

    private Optional<Phrase> archiveTimestampProblem(SignedData signedData, SignerInfo signer, ASN1Encodable encodedToken,
            SignedData token, byte[] contentDigest) throws IOException {
        SignerInfo tokenSigner = SignerInfo.getInstance(token.getSignerInfos().getObjectAt(0));
        ASN1Sequence index = null;
        for (ASN1Encodable element : orEmpty(tokenSigner.getUnauthenticatedAttributes())) {
            Attribute attribute = Attribute.getInstance(element);
            if (attribute.getAttrType().equals(ArchiveTimestampV3.HASH_INDEX)) {
                index = ASN1Sequence.getInstance(attribute.getAttrValues().getObjectAt(0));
            }
        }
        if (index == null || index.size() != 4) {
            return Optional.of(SigningProblem.ARCHIVE_TIMESTAMP_NO_INDEX.with());
        }
        Optional<DigestAlgorithm> algorithm = DigestAlgorithm.of(
                AlgorithmIdentifier.getInstance(index.getObjectAt(0)).getAlgorithm());
        if (algorithm.isEmpty() || algorithm.get() != DigestAlgorithm.SHA256) {
            return Optional.of(SigningProblem.ARCHIVE_TIMESTAMP_NO_INDEX.with());
        }
        ASN1Sequence present = ArchiveTimestampV3.hashIndex(signedData, signer, DigestAlgorithm.SHA256);
        for (int part = 1; part <= 3; part++) {
            if (!hashes(present.getObjectAt(part)).containsAll(hashes(index.getObjectAt(part)))) {
                return Optional.of(SigningProblem.ARCHIVE_TIMESTAMP_COVERAGE_CHANGED.with());
            }
        }
        byte[] imprint = ArchiveTimestampV3.imprint(signedData, signer, contentDigest, index, DigestAlgorithm.SHA256);
        TimestampVerification verification = tokens.verify(ArchiveTimestampV3.der(encodedToken),
                used -> used == DigestAlgorithm.SHA256 ? Optional.of(imprint) : Optional.empty());
        return verification.problem().map(SigningProblem.ARCHIVE_TIMESTAMP::with);
    }

    /** Every CRL and OCSP response in {@code signedData}.crls signed by a certificate carried in it (or in the response). */
    private Optional<Phrase> revocationProblem(SignedData signedData) throws IOException {
        List<X509Certificate> carried = new ArrayList<>();
        for (ASN1Encodable element : orEmpty(signedData.getCertificates())) {
            if (element.toASN1Primitive() instanceof ASN1Sequence) {
                carried.add(certificate(new X509CertificateHolder(Certificate.getInstance(element))));
            }
        }
        for (ASN1Encodable element : orEmpty(signedData.getCRLs())) {
            boolean signed;
            if (element.toASN1Primitive() instanceof ASN1TaggedObject tagged) {
                OtherRevocationInfoFormat other = OtherRevocationInfoFormat.getInstance(tagged, false);
                signed = ocspSigned(new OCSPResp(ArchiveTimestampV3.der(other.getInfo())), carried);
            } else {
                signed = crlSigned(ArchiveTimestampV3.der(element), carried);
            }
            if (!signed) {
                return Optional.of(SigningProblem.VALIDATION_DATA_BROKEN.with("a CRL or OCSP response is not signed by its issuer"));
            }
        }
        return Optional.empty();
    }

    private static boolean crlSigned(byte[] der, List<X509Certificate> carried) {
        try {
            X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(der));
            for (X509Certificate certificate : carried) {
                if (certificate.getSubjectX500Principal().equals(crl.getIssuerX500Principal())) {
                    try {
                        crl.verify(certificate.getPublicKey(), BouncyCastle.PROVIDER);
                        return true;
                    } catch (GeneralSecurityException e) {
                        // another certificate of the same name may hold the key
                    }
                }
            }
            return false;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private boolean ocspSigned(OCSPResp response, List<X509Certificate> carried) {
        try {
            BasicOCSPResp basic = (BasicOCSPResp) response.getResponseObject();
            List<X509Certificate> candidates = new ArrayList<>(carried);
            for (X509CertificateHolder holder : basic.getCerts()) {
                // Outside the response's signature: each must be one carried, or issued by one (a delegated responder).
                X509Certificate included = certificate(holder);
                if (!carried.contains(included) && carried.stream().noneMatch(issuer -> Certificates.issuedBy(issuer, included))) {
                    return false;
                }
                candidates.add(included);
            }
            for (X509Certificate certificate : candidates) {
                if (basic.isSignatureValid(new JcaContentVerifierProviderBuilder().setProvider(BouncyCastle.PROVIDER).build(certificate))) {
                    return true;
                }
            }
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    private static Set<ByteBuffer> hashes(ASN1Encodable sequence) {
        Set<ByteBuffer> hashes = new HashSet<>();
        for (ASN1Encodable hash : ASN1Sequence.getInstance(sequence)) {
            hashes.add(ByteBuffer.wrap(ASN1OctetString.getInstance(hash).getOctets()));
        }
        return hashes;
    }

    private X509Certificate certificate(X509CertificateHolder holder) {
        try {
            return certificates.of(holder);
        } catch (CertificateException e) {
            throw new IllegalArgumentException("an unreadable certificate", e);
        }
    }

    private static Iterable<ASN1Encodable> orEmpty(ASN1Set set) {
        return set == null ? List.of() : set;
    }
}
