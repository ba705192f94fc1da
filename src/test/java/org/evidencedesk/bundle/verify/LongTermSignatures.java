package org.evidencedesk.bundle.verify;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.OtherRevocationInfoFormat;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CertificateList;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.evidencedesk.signing.BouncyCastleTimestampAuthority;
import org.evidencedesk.signing.CmsSigner;
import org.evidencedesk.signing.Credential;
import org.evidencedesk.signing.TestKeys;

/**
 * Signatures at each long-term level, made for the tests with the application's own CmsSigner and built-in
 * authority, then raised by hand with Bouncy Castle: a CRL or an OCSP response of the test root in SignedData, an
 * archive-time-stamp-v3 holding a real token (its hash index not computed: the verifier reports presence and time,
 * not validity), or an unsigned attribute that is not what its identifier promises. Public for the bundle tests.
 */
public final class LongTermSignatures {

    /** Written out here rather than taken from the code under test, so a wrong identifier there fails the tests. */
    static final ASN1ObjectIdentifier ARCHIVE_TIMESTAMP_V3 = new ASN1ObjectIdentifier("0.4.0.1733.2.4");
    static final ASN1ObjectIdentifier SIGNATURE_TIMESTAMP = new ASN1ObjectIdentifier("1.2.840.113549.1.9.16.2.14");

    /** The shared test keys, for raising the signatures a bundle fixture makes with them. */
    public static LongTermSignatures forSharedKeys() {
        return new LongTermSignatures(TestKeys.SHARED.rootCertificate(), TestKeys.ROOT.privateKey(), TestKeys.SHARED.signing(),
                TestKeys.SHARED.timestamping());
    }

    /**
     * A PKI of its own, flat (a root, a signer and a time-stamping authority right under it), so what these tests count
     * does not change with the shape of the installation's hierarchy.
     */
    public LongTermSignatures() {
        this(FlatPki.INSTANCE.root, FlatPki.INSTANCE.rootKeys.getPrivate(), FlatPki.INSTANCE.signing, FlatPki.INSTANCE.timestamping);
    }

    private LongTermSignatures(X509Certificate root, PrivateKey rootKey, Credential signing, Credential timestamping) {
        this.root = root;
        this.rootKey = rootKey;
        this.signing = signing;
        this.timestamping = timestamping;
        this.signer = new CmsSigner(signing, clock);
        this.tsa = new BouncyCastleTimestampAuthority(timestamping, TestKeys.counter(), clock);
    }

    private final X509Certificate root;
    private final PrivateKey rootKey;
    private final Credential signing;
    private final Credential timestamping;
    private final Clock clock = Clock.systemUTC();
    private final CmsSigner signer;
    static final String SIGNER = "CN=Long-Term Test Signer,O=Evidence Desk";
    static final String AUTHORITY = "CN=Long-Term Test Time-Stamping Authority,O=Evidence Desk";
    static final X500Principal ISSUING_CA = new X500Principal("CN=Test Document Signing CA, O=Evidence Desk");
    static final X500Principal ISSUED_SIGNER = new X500Principal("CN=Test Court Signer, O=Evidence Desk");

    private KeyPair issuingCa;
    private X509Certificate issuingCaCertificate;
    private final BouncyCastleTimestampAuthority tsa;

    /** CAdES-BASELINE-T over {@code content}: the signer's chain in SignedData and a signature-time-stamp. */
    public byte[] timestamped(byte[] content) {
        try {
            return signer.addSignatureTimestamp(signer.signDetached(new ByteArrayInputStream(content)), tsa);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * CAdES-BASELINE-T by a signer under an issuing CA under the test root, as a court's hierarchy issues it; the
     * signature embeds the chain {@code embedded} picks out of (signer, issuing CA, root).
     */
    public byte[] timestampedUnderIssuingCa(byte[] content, boolean embedIssuingCa) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair caKeys = generator.generateKeyPair();
            KeyPair signerKeys = generator.generateKeyPair();
            X509Certificate ca = certificate(root.getSubjectX500Principal(), ISSUING_CA, caKeys.getPublic(), rootKey, true);
            X509Certificate leaf = certificate(ISSUING_CA, ISSUED_SIGNER, signerKeys.getPublic(), caKeys.getPrivate(), false);
            issuingCa = new KeyPair(ca.getPublicKey(), caKeys.getPrivate());
            issuingCaCertificate = ca;
            List<X509Certificate> chain = embedIssuingCa ? List.of(leaf, ca, root) : List.of(leaf, root);
            CmsSigner issued = new CmsSigner(new Credential(signerKeys.getPrivate(), chain), clock);
            return issued.addSignatureTimestamp(issued.signDetached(new ByteArrayInputStream(content)), tsa);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The CRL of the issuing CA the last {@link #timestampedUnderIssuingCa} made. */
    public CertificateList issuingCaCrl() {
        try {
            X509v2CRLBuilder builder = new X509v2CRLBuilder(new JcaX509CertificateHolder(issuingCaCertificate).getSubject(),
                    Date.from(clock.instant()));
            return builder.build(contentSigner(issuingCa.getPrivate())).toASN1Structure();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private X509Certificate certificate(X500Principal issuer, X500Principal subject, PublicKey key, PrivateKey issuerKey,
            boolean authority) throws Exception {
        return issue(clock, issuer, subject, key, issuerKey, authority, false);
    }

    private static X509Certificate issue(Clock clock, X500Principal issuer, X500Principal subject, PublicKey key, PrivateKey issuerKey,
            boolean authority, boolean timestamping) throws Exception {
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, BigInteger.valueOf(System.nanoTime()),
                Date.from(clock.instant().minusSeconds(3600)), Date.from(clock.instant().plusSeconds(86_400)), subject, key);
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(authority));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(authority
                ? KeyUsage.keyCertSign | KeyUsage.cRLSign : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        if (timestamping) {
            // RFC 3161 section 2.3: exactly one extended key usage, timeStamping, critical.
            builder.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
        }
        return new JcaX509CertificateConverter().getCertificate(builder.build(contentSigner(issuerKey)));
    }

    /** The flat PKI, made once: a root, and under it a signer and a time-stamping authority. */
    private static final class FlatPki {

        static final FlatPki INSTANCE = new FlatPki();

        final KeyPair rootKeys = keyPair();
        final X509Certificate root;
        final Credential signing;
        final Credential timestamping;

        private FlatPki() {
            try {
                Clock clock = Clock.systemUTC();
                X500Principal rootName = new X500Principal("CN=Long-Term Test Root, O=Evidence Desk");
                root = issue(clock, rootName, rootName, rootKeys.getPublic(), rootKeys.getPrivate(), true, false);
                KeyPair signerKeys = keyPair();
                KeyPair tsaKeys = keyPair();
                signing = new Credential(signerKeys.getPrivate(), List.of(issue(clock, rootName, new X500Principal(SIGNER),
                        signerKeys.getPublic(), rootKeys.getPrivate(), false, false), root));
                timestamping = new Credential(tsaKeys.getPrivate(), List.of(issue(clock, rootName, new X500Principal(AUTHORITY),
                        tsaKeys.getPublic(), rootKeys.getPrivate(), false, true), root));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        private static KeyPair keyPair() {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
                generator.initialize(new ECGenParameterSpec("secp256r1"));
                return generator.generateKeyPair();
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A real token over some digest, as an archive time-stamp carries one. */
    public ASN1Encodable token() {
        return ContentInfo.getInstance(tsa.stamp(new byte[32]).encoded());
    }

    /** The root's CRL (RFC 5280 section 5), which answers for every certificate the root issued. */
    public CertificateList rootCrl() {
        try {
            X509v2CRLBuilder builder = new X509v2CRLBuilder(new JcaX509CertificateHolder(root).getSubject(),
                    Date.from(clock.instant()));
            builder.setNextUpdate(Date.from(clock.instant().plusSeconds(86_400)));
            return builder.build(contentSigner(rootKey)).toASN1Structure();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A successful OCSP response (RFC 6960 section 4.2.1), signed by the root, saying "good" for each certificate. */
    public ASN1Encodable ocspResponse(X509Certificate... certificates) {
        try {
            X509CertificateHolder issuer = new JcaX509CertificateHolder(root);
            BasicOCSPRespBuilder builder = new BasicOCSPRespBuilder(new RespID(issuer.getSubject()));
            for (X509Certificate certificate : certificates) {
                builder.addResponse(new CertificateID(new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1),
                        issuer, certificate.getSerialNumber()), CertificateStatus.GOOD);
            }
            OCSPResp response = new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL,
                    builder.build(contentSigner(rootKey), new X509CertificateHolder[] {issuer}, new Date()));
            return response.toASN1Structure();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public X509Certificate signingCertificate() {
        return signing.certificate();
    }

    public X509Certificate timestampingCertificate() {
        return timestamping.certificate();
    }

    /** The signature with these CRLs and OCSP responses (as id-ri-ocsp-response, RFC 5940) added to SignedData.crls. */
    public static byte[] withRevocationData(byte[] signature, List<CertificateList> crls, List<ASN1Encodable> ocspResponses) {
        SignedData data = signedData(signature);
        ASN1EncodableVector revocation = new ASN1EncodableVector();
        if (data.getCRLs() != null) {
            revocation.addAll(data.getCRLs().toArray());
        }
        crls.forEach(revocation::add);
        for (ASN1Encodable response : ocspResponses) {
            revocation.add(new DERTaggedObject(false, 1, new OtherRevocationInfoFormat(CMSObjectIdentifiers.id_ri_ocsp_response, response)));
        }
        return encode(new SignedData(data.getDigestAlgorithms(), data.getEncapContentInfo(), data.getCertificates(),
                new DERSet(revocation), data.getSignerInfos()));
    }

    /** The signature with one more unsigned attribute, whatever it holds. */
    public static byte[] withUnsignedAttribute(byte[] signature, ASN1Encodable attribute) {
        SignedData data = signedData(signature);
        SignerInfo info = SignerInfo.getInstance(data.getSignerInfos().getObjectAt(0));
        ASN1EncodableVector unsigned = new ASN1EncodableVector();
        if (info.getUnauthenticatedAttributes() != null) {
            unsigned.addAll(info.getUnauthenticatedAttributes().toArray());
        }
        unsigned.add(attribute);
        SignerInfo changed = new SignerInfo(info.getSID(), info.getDigestAlgorithm(),
                info.getAuthenticatedAttributes(), info.getDigestEncryptionAlgorithm(), info.getEncryptedDigest(), new DERSet(unsigned));
        return encode(new SignedData(data.getDigestAlgorithms(), data.getEncapContentInfo(), data.getCertificates(),
                data.getCRLs(), new DERSet(changed)));
    }

    /** An archive-time-stamp-v3 attribute (ETSI EN 319 122-1, 5.5.3) holding {@code value}. */
    public static Attribute archiveTimestamp(ASN1Encodable value) {
        return new Attribute(ARCHIVE_TIMESTAMP_V3, new DERSet(value));
    }

    /** An attribute cut short: its type and no set of values. */
    public static ASN1Encodable truncatedAttribute() {
        return new DERSequence(ARCHIVE_TIMESTAMP_V3);
    }

    private static SignedData signedData(byte[] signature) {
        return SignedData.getInstance(ContentInfo.getInstance(parse(signature)).getContent());
    }

    private static ASN1Primitive parse(byte[] encoded) {
        try {
            return ASN1Primitive.fromByteArray(encoded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] encode(SignedData data) {
        try {
            return new ContentInfo(CMSObjectIdentifiers.signedData, data).getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ContentSigner contentSigner(PrivateKey key) throws Exception {
        return new JcaContentSignerBuilder("SHA256withECDSA").build(key);
    }
}
