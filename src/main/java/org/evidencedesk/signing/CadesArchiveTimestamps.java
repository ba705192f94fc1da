package org.evidencedesk.signing;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.IssuerAndSerialNumber;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.SignerIdentifier;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.SignerId;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * CAdES archive time-stamps (ETSI EN 319 122-1, 5.5, CAdES-BASELINE-LTA as EN 319 122-2 profiles it): the validation
 * data of the signer's chain and of the newest time-stamp's chain goes into SignedData.certificates and crls, then an
 * archive-time-stamp-v3 with its ats-hash-index-v3 covers the content, the signed fields and everything carried so far.
 * The new token carries its own authority's validation data in its own (unsigned) certificates and crls, so the newest
 * archive time-stamp verifies offline too. Thread-safe: it holds no state of its own.
 */
public final class CadesArchiveTimestamps implements ArchiveTimestamps {

    private static final Logger LOG = Logger.getLogger(CadesArchiveTimestamps.class.getName());

    /** Every archive time-stamp here is requested over SHA-256, what {@link Timestamper} stamps. */
    private static final DigestAlgorithm IMPRINT = DigestAlgorithm.SHA256;

    private final Timestamper timestamper;
    private final ValidationDataSource validation;
    private final Instant sha256EndOfLife;

    /** @param sha256EndOfLife when SHA-256 stops being trusted to hold an imprint (ETSI TS 119 312; a setting) */
    public CadesArchiveTimestamps(Timestamper timestamper, ValidationDataSource validation, Instant sha256EndOfLife) {
        this.timestamper = Objects.requireNonNull(timestamper, "timestamper");
        this.validation = Objects.requireNonNull(validation, "validation");
        this.sha256EndOfLife = Objects.requireNonNull(sha256EndOfLife, "sha256EndOfLife");
    }

    /**
     * Takes a CAdES-BASELINE-T signature to LTA, or an LTA one to one more archive time-stamp.
     *
     * @throws IllegalArgumentException if the signature is not a detached CAdES signature with a signature-time-stamp,
     *         or {@code content} is not what it signed
     */
    @Override
    public byte[] renew(byte[] signature, byte[] content) {
        SignedData signedData = signedData(signature);
        SignerInfo signer = onlySigner(signedData);
        byte[] contentDigest = IMPRINT.digest(content);
        if (DigestAlgorithm.of(signer.getDigestAlgorithm().getAlgorithm()).orElse(null) == IMPRINT
                && !MessageDigest.isEqual(contentDigest, messageDigest(signer))) {
            throw new IllegalArgumentException("The content is not what the signature signed");
        }
        List<TimeStampToken> stamps = timestamps(signer);
        if (stamps.isEmpty()) {
            throw new IllegalArgumentException("The signature has no signature-time-stamp (CAdES-BASELINE-T) to build on");
        }
        boolean archivedBefore = !attributeValues(signer, ArchiveTimestampV3.ATTRIBUTE).isEmpty();
        ValidationData data = archivedBefore
                ? ValidationData.NONE
                : dataFor(chainOf(signerCertificate(signedData, signer), certificates(signedData.getCertificates())));
        // At LT every time-stamp's chain is carried; at each renewal, the newest one's (EN 319 122-1, 5.5.3, note).
        for (TimeStampToken stamp : archivedBefore ? List.of(newest(stamps)) : stamps) {
            data = data.and(dataFor(tokenChain(stamp, signedData)));
        }
        SignedData carrying = SignedDataValidationData.with(signedData, data);
        ASN1Sequence hashIndex = ArchiveTimestampV3.hashIndex(carrying, signer, IMPRINT);
        TimestampToken token = timestamper.stamp(ArchiveTimestampV3.imprint(carrying, signer, contentDigest, hashIndex, IMPRINT));
        SignedData issued = signedData(token.encoded());
        ValidationData tokenData = dataFor(tokenChain(parseToken(new ContentInfo(CMSObjectIdentifiers.signedData, issued)), issued));
        ContentInfo archiveTimestamp = archiveToken(issued, hashIndex, tokenData);
        SignerInfo archived = withUnsigned(signer, new Attribute(ArchiveTimestampV3.ATTRIBUTE, new DERSet(archiveTimestamp)));
        // OCSP responses for the new token's chain ride outside it (see archiveToken), after the index: the next renewal covers them.
        SignedData complete = SignedDataValidationData.with(carrying, new ValidationData(List.of(), List.of(), tokenData.ocspResponses()));
        return ArchiveTimestampV3.der(new ContentInfo(CMSObjectIdentifiers.signedData, new SignedData(complete.getDigestAlgorithms(),
                complete.getEncapContentInfo(), complete.getCertificates(), complete.getCRLs(), new DERSet(archived))));
    }

    /**
     * The earlier of the newest time-stamp's certificate chain's first expiry and, if that token's imprint is SHA-256,
     * the configured end of life of SHA-256.
     */
    @Override
    public Instant renewBy(byte[] signature) {
        SignedData signedData = signedData(signature);
        List<TimeStampToken> stamps = timestamps(onlySigner(signedData));
        if (stamps.isEmpty()) {
            throw new IllegalArgumentException("The signature has no time-stamp to renew");
        }
        TimeStampToken newest = newest(stamps);
        Instant expiry = tokenChain(newest, signedData).stream()
                .map(certificate -> certificate.getNotAfter().toInstant())
                .min(Comparator.naturalOrder()).orElseThrow();
        boolean sha256 = newest.getTimeStampInfo().getMessageImprintAlgOID().equals(DigestAlgorithm.SHA256.oid());
        return sha256 && sha256EndOfLife.isBefore(expiry) ? sha256EndOfLife : expiry;
    }

    /**
     * The token as issued, plus its ats-hash-index-v3 and its authority's certificates and CRLs (all unsigned fields).
     * Not its OCSP responses: openssl's PKCS#7 reader, which {@code openssl ts -verify} uses, knows only X.509 CRLs in
     * crls and would refuse the whole token.
     */
    private static ContentInfo archiveToken(SignedData issued, ASN1Sequence hashIndex, ValidationData tokenData) {
        SignerInfo tokenSigner = onlySigner(issued);
        SignerInfo indexed = withUnsigned(tokenSigner, new Attribute(ArchiveTimestampV3.HASH_INDEX, new DERSet(hashIndex)));
        SignedData withIndex = new SignedData(issued.getDigestAlgorithms(), issued.getEncapContentInfo(), issued.getCertificates(),
                issued.getCRLs(), new DERSet(indexed));
        SignedData complete = SignedDataValidationData.with(withIndex,
                new ValidationData(tokenData.certificates(), tokenData.crls(), List.of()));
        return new ContentInfo(CMSObjectIdentifiers.signedData, complete);
    }

    /**
     * The validation data for a chain from the source, or, for a chain the source does not answer for (an external
     * time-stamping authority's), its certificates alone: what the authority itself publishes is not ours to fetch.
     */
    private ValidationData dataFor(List<X509Certificate> chain) {
        try {
            return validation.forChain(chain);
        } catch (IllegalArgumentException e) {
            LOG.info(() -> "No validation data for " + chain.get(0).getSubjectX500Principal().getName()
                    + " from this installation's authorities; only its certificates are embedded: " + e.getMessage());
            return new ValidationData(chain, List.of(), List.of());
        }
    }

    /** The signature-time-stamps and archive-time-stamp-v3 tokens of the signer, in no particular order. */
    private static List<TimeStampToken> timestamps(SignerInfo signer) {
        List<TimeStampToken> tokens = new ArrayList<>();
        for (ASN1Encodable value : attributeValues(signer, PKCSObjectIdentifiers.id_aa_signatureTimeStampToken)) {
            tokens.add(parseToken(ContentInfo.getInstance(value)));
        }
        for (ASN1Encodable value : attributeValues(signer, ArchiveTimestampV3.ATTRIBUTE)) {
            tokens.add(parseToken(ContentInfo.getInstance(value)));
        }
        return tokens;
    }

    /**
     * The newest token: by genTime, which has whole-second precision, then, for two in the same second, by serial
     * number, which the built-in authority hands out in increasing order across its rotated certificates.
     */
    private static TimeStampToken newest(List<TimeStampToken> tokens) {
        return tokens.stream()
                .max(Comparator.comparing((TimeStampToken token) -> token.getTimeStampInfo().getGenTime())
                        .thenComparing(token -> token.getTimeStampInfo().getSerialNumber()))
                .orElseThrow();
    }

    /** The token's certificate up to its root, from what the token and the signature carry. */
    private static List<X509Certificate> tokenChain(TimeStampToken token, SignedData signedData) {
        List<X509Certificate> pool = new ArrayList<>(certificates(signedData.getCertificates()));
        X509Certificate tokenCertificate = null;
        SignerId sid = token.getSID();
        for (X509CertificateHolder holder : token.getCertificates().getMatches(null)) {
            X509Certificate certificate = certificate(holder);
            pool.add(certificate);
            if (sid.match(holder)) {
                tokenCertificate = certificate;
            }
        }
        if (tokenCertificate == null) {
            throw new IllegalArgumentException("A time-stamp token does not carry its authority's certificate");
        }
        return chainOf(tokenCertificate, pool);
    }

    private static X509Certificate signerCertificate(SignedData signedData, SignerInfo signer) {
        SignerIdentifier identifier = signer.getSID();
        SignerId sid;
        if (identifier.isTagged()) {
            sid = new SignerId(ASN1OctetString.getInstance(identifier.getId()).getOctets());
        } else {
            IssuerAndSerialNumber issuerSerial = IssuerAndSerialNumber.getInstance(identifier.getId());
            sid = new SignerId(issuerSerial.getName(), issuerSerial.getSerialNumber().getValue());
        }
        for (ASN1Encodable element : setOrEmpty(signedData.getCertificates())) {
            if (element.toASN1Primitive() instanceof ASN1Sequence) {
                X509CertificateHolder holder = new X509CertificateHolder(Certificate.getInstance(element));
                if (sid.match(holder)) {
                    return certificate(holder);
                }
            }
        }
        throw new IllegalArgumentException("The signature does not carry its signer's certificate");
    }

    /** {@code leaf}, then each issuer found in {@code pool} whose key verifies the one below, up to a self-issued root. */
    static List<X509Certificate> chainOf(X509Certificate leaf, List<X509Certificate> pool) {
        List<X509Certificate> chain = new ArrayList<>(List.of(leaf));
        X509Certificate current = leaf;
        while (!current.getSubjectX500Principal().equals(current.getIssuerX500Principal()) && chain.size() < 10) {
            X509Certificate below = current;
            X509Certificate issuer = pool.stream()
                    .filter(candidate -> candidate.getSubjectX500Principal().equals(below.getIssuerX500Principal()))
                    .filter(candidate -> Certificates.issuedBy(candidate, below))
                    .findFirst().orElse(null);
            if (issuer == null) {
                break;
            }
            chain.add(issuer);
            current = issuer;
        }
        return chain;
    }

    private static List<X509Certificate> certificates(ASN1Set elements) {
        List<X509Certificate> certificates = new ArrayList<>();
        for (ASN1Encodable element : setOrEmpty(elements)) {
            if (element.toASN1Primitive() instanceof ASN1Sequence) { // CertificateChoices: only plain certificates are read
                certificates.add(certificate(new X509CertificateHolder(Certificate.getInstance(element))));
            }
        }
        return certificates;
    }

    private static X509Certificate certificate(X509CertificateHolder holder) {
        try {
            return new JcaX509CertificateConverter().getCertificate(holder);
        } catch (CertificateException e) {
            throw new IllegalArgumentException("An unreadable certificate: " + e.getMessage(), e);
        }
    }

    private static SignerInfo withUnsigned(SignerInfo signer, Attribute attribute) {
        ASN1EncodableVector unsigned = new ASN1EncodableVector();
        for (ASN1Encodable existing : setOrEmpty(signer.getUnauthenticatedAttributes())) {
            unsigned.add(existing);
        }
        unsigned.add(attribute);
        return new SignerInfo(signer.getSID(), signer.getDigestAlgorithm(), signer.getAuthenticatedAttributes(),
                signer.getDigestEncryptionAlgorithm(), signer.getEncryptedDigest(), new DERSet(unsigned));
    }

    private static List<ASN1Encodable> attributeValues(SignerInfo signer, ASN1ObjectIdentifier type) {
        List<ASN1Encodable> values = new ArrayList<>();
        for (ASN1Encodable element : setOrEmpty(signer.getUnauthenticatedAttributes())) {
            Attribute attribute = Attribute.getInstance(element);
            if (attribute.getAttrType().equals(type)) {
                attribute.getAttrValues().forEach(values::add);
            }
        }
        return values;
    }

    private static byte[] messageDigest(SignerInfo signer) {
        for (ASN1Encodable element : setOrEmpty(signer.getAuthenticatedAttributes())) {
            Attribute attribute = Attribute.getInstance(element);
            if (attribute.getAttrType().equals(CMSAttributes.messageDigest)) {
                return ASN1OctetString.getInstance(attribute.getAttrValues().getObjectAt(0)).getOctets();
            }
        }
        throw new IllegalArgumentException("The signature has no message-digest attribute");
    }

    private static Iterable<ASN1Encodable> setOrEmpty(ASN1Set set) {
        return set == null ? List.of() : set;
    }

    private static SignedData signedData(byte[] encoded) {
        try {
            ContentInfo contentInfo = ContentInfo.getInstance(ASN1Primitive.fromByteArray(encoded));
            if (!CMSObjectIdentifiers.signedData.equals(contentInfo.getContentType())) {
                throw new IllegalArgumentException("Not a CMS SignedData but " + contentInfo.getContentType());
            }
            return SignedData.getInstance(contentInfo.getContent());
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("Not a CMS SignedData: " + e.getMessage(), e);
        }
    }

    private static SignerInfo onlySigner(SignedData signedData) {
        if (signedData.getSignerInfos().size() != 1) {
            throw new IllegalArgumentException("Not one signer but " + signedData.getSignerInfos().size());
        }
        return SignerInfo.getInstance(signedData.getSignerInfos().getObjectAt(0));
    }

    private static TimeStampToken parseToken(ContentInfo contentInfo) {
        try {
            return new TimeStampToken(contentInfo);
        } catch (TSPException | IOException | RuntimeException e) {
            throw new IllegalArgumentException("An unreadable time-stamp token: " + e.getMessage(), e);
        }
    }
}
