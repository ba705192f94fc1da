package org.evidencedesk.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.util.Date;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.tsp.MessageImprint;
import org.bouncycastle.asn1.tsp.TSTInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.asn1.x509.KeyUsage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.evidencedesk.support.MutableClock;
import org.junit.jupiter.api.Test;

class SignatureVerifierTest {

    private static final byte[] CONTENT = "Exhibit P-001, sha256 and sm3 recorded at intake".getBytes(StandardCharsets.UTF_8);
    private static final SigningKeys KEYS = TestKeys.SHARED;

    private final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
    private final CmsSigner signer = new CmsSigner(KEYS.signing(), clock);
    private final BouncyCastleTimestampAuthority authority =
            new BouncyCastleTimestampAuthority(KEYS.timestamping(), TestKeys.counter(), clock);
    private final SignatureVerifier verifier = new SignatureVerifier(KEYS.rootCertificate(), clock);

    @Test
    void aGoodSignaturePassesEveryCheckAndNamesTheSigner() throws IOException {
        SignatureVerification result = verify(sign(CONTENT), CONTENT);

        assertThat(result.valid()).as(result.failure().orElse("")).isTrue();
        assertThat(result.contentMatches()).isTrue();
        assertThat(result.signatureValid()).isTrue();
        assertThat(result.signingCertificateMatches()).isTrue();
        assertThat(result.chainTrusted()).isTrue();
        assertThat(result.signerSubject()).contains("CN=Evidence Desk Signing,O=Evidence Desk");
        assertThat(result.signingTime()).contains(clock.instant());
        assertThat(result.signatureTimestamp()).isEmpty();
    }

    /** The verifier keeps Bouncy Castle's verifier of a certificate it has seen (SignerVerifiers); it must decide nothing. */
    @Test
    void aSignatureByAnotherKeyUnderACertificateSeenBeforeStillFails() throws IOException {
        assertThat(verify(sign(CONTENT), CONTENT).signatureValid()).isTrue();
        Credential impostor = new Credential(TestKeys.another().signing().privateKey(), KEYS.signing().chain());

        SignatureVerification result = verify(new CmsSigner(impostor, clock).signDetached(new ByteArrayInputStream(CONTENT)), CONTENT);

        assertThat(result.valid()).isFalse();
        assertThat(result.contentMatches()).isTrue();
        assertThat(result.signatureValid()).isFalse();
        assertThat(verify(sign(CONTENT), CONTENT).valid()).isTrue();
    }

    @Test
    void oneChangedByteOfContentFailsOnlyTheContentCheck() throws IOException {
        byte[] changed = CONTENT.clone();
        changed[7] ^= 0x20;

        SignatureVerification result = verify(sign(CONTENT), changed);

        assertThat(result.valid()).isFalse();
        assertThat(result.contentMatches()).isFalse();
        assertThat(result.signatureValid()).isTrue();
        assertThat(result.chainTrusted()).isTrue();
        assertThat(result.failure()).hasValueSatisfying(reason -> assertThat(reason).contains("content has changed"));
    }

    @Test
    void anotherRootIsNotTrusted() throws IOException {
        SignatureVerification result = new SignatureVerifier(TestKeys.another().rootCertificate(), clock)
                .verifyDetached(sign(CONTENT), new ByteArrayInputStream(CONTENT));

        assertThat(result.valid()).isFalse();
        assertThat(result.chainTrusted()).isFalse();
        assertThat(result.contentMatches()).isTrue();
        assertThat(result.signatureValid()).isTrue();
        assertThat(result.failure()).hasValueSatisfying(reason -> assertThat(reason).contains("trusted root"));
    }

    @Test
    void aTruncatedSignatureIsAnAnswerNotAnException() throws IOException {
        byte[] signature = sign(CONTENT);

        for (int length : new int[] {0, 1, 40, signature.length / 2, signature.length - 1}) {
            SignatureVerification result = verify(Arrays.copyOf(signature, length), CONTENT);

            assertThat(result.valid()).as("truncated to " + length).isFalse();
            assertThat(result.failure()).as("truncated to " + length).isPresent();
        }
    }

    @Test
    void anAlteredSignatureValueFailsTheSignatureCheck() throws Exception {
        byte[] signature = sign(CONTENT);
        byte[] value = new CMSSignedData(signature).getSignerInfos().getSigners().iterator().next().getSignature();
        int at = indexOf(signature, value) + value.length - 3;
        signature[at] ^= 0x01;

        SignatureVerification result = verify(signature, CONTENT);

        assertThat(result.valid()).isFalse();
        assertThat(result.signatureValid()).isFalse();
        assertThat(result.contentMatches()).isTrue();
    }

    @Test
    void aPlainCmsSignatureWithoutSigningCertificateV2IsNotCades() throws Exception {
        SignatureVerification result = verify(plainSignature(new AttributeTable(new ASN1EncodableVector())), CONTENT);

        assertThat(result.valid()).isFalse();
        assertThat(result.signatureValid()).isTrue();
        assertThat(result.signingCertificateMatches()).isFalse();
        assertThat(result.failure()).hasValueSatisfying(reason -> assertThat(reason).contains("not a CAdES signature"));
    }

    @Test
    void signingCertificateV2NamingAnotherCertificateFails() throws Exception {
        Attribute wrong = new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(CmsSigner.signingCertificateV2(KEYS.timestamping().certificate())));

        SignatureVerification result = verify(plainSignature(new AttributeTable(wrong)), CONTENT);

        assertThat(result.valid()).isFalse();
        assertThat(result.signatureValid()).isTrue();
        assertThat(result.signingCertificateMatches()).isFalse();
    }

    @Test
    void signingCertificateV2WithTheRightHashButAnotherSerialFails() throws Exception {
        X509Certificate certificate = KEYS.signing().certificate();
        IssuerSerial otherSerial = new IssuerSerial(
                new GeneralNames(new GeneralName(X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))),
                certificate.getSerialNumber().add(BigInteger.ONE));
        Attribute misleading = new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(new SigningCertificateV2(
                new ESSCertIDv2(DigestAlgorithm.SHA256.digest(certificate.getEncoded()), otherSerial))));

        SignatureVerification result = verify(plainSignature(new AttributeTable(misleading)), CONTENT);

        assertThat(result.signingCertificateMatches()).isFalse();
        assertThat(result.failure()).hasValueSatisfying(reason -> assertThat(reason).contains("issuer or serial"));
    }

    @Test
    void aCertificateWhoseKeyUsageForbidsSigningIsNotTrustedToSign() throws Exception {
        Credential encryptionOnly = TestKeys.issuedUnderRoot("Evidence Desk Encryption", KeyUsage.keyEncipherment);

        SignatureVerification result = verify(new CmsSigner(encryptionOnly, clock).signDetached(new ByteArrayInputStream(CONTENT)), CONTENT);

        assertThat(result.valid()).isFalse();
        assertThat(result.signatureValid()).isTrue();
        assertThat(result.chainTrusted()).isFalse();
        assertThat(result.failure()).hasValueSatisfying(reason -> assertThat(reason).contains("may not sign"));
    }

    /** The key behind the public /tsa signs anything anyone sends it; a receipt it signed must never pass for the court's. */
    @Test
    void aReceiptSignedWithATimeStampingKeyFails() throws Exception {
        for (Credential tsa : new Credential[] {KEYS.timestamping(), KEYS.publicTimestamping()}) {
            SignatureVerification result = verify(new CmsSigner(tsa, clock).signDetached(new ByteArrayInputStream(CONTENT)), CONTENT);

            assertThat(result.valid()).as(tsa.toString()).isFalse();
            assertThat(result.signatureValid()).isTrue();
            assertThat(result.chainTrusted()).isFalse();
            assertThat(result.failure()).hasValueSatisfying(reason -> assertThat(reason)
                    .contains("may not sign").contains("time-stamping certificate"));
        }
    }

    @Test
    void aSignerCertificateStatingNoKeyUsageFails() throws Exception {
        Credential unstated = TestKeys.issuedUnderRootWithoutKeyUsage("Evidence Desk Unstated");

        SignatureVerification result = verify(new CmsSigner(unstated, clock).signDetached(new ByteArrayInputStream(CONTENT)), CONTENT);

        assertThat(result.valid()).isFalse();
        assertThat(result.chainTrusted()).isFalse();
        assertThat(result.failure()).hasValueSatisfying(reason -> assertThat(reason).contains("states no key usage"));
    }

    @Test
    void aSignatureIsNotTrustedOnceItsCertificatesHaveExpired() throws IOException {
        byte[] signature = sign(CONTENT);
        clock.advance(LocalCertificateAuthority.DEFAULT_LEAF_VALIDITY.plusDays(1));

        SignatureVerification result = verify(signature, CONTENT);

        assertThat(result.chainTrusted()).isFalse();
        assertThat(result.signatureValid()).isTrue();
    }

    @Test
    void aBaselineTSignatureReportsItsValidTimestamp() throws IOException {
        byte[] signature = signer.addSignatureTimestamp(sign(CONTENT), authority);

        SignatureVerification result = verify(signature, CONTENT);

        assertThat(result.valid()).as(result.failure().orElse("")).isTrue();
        assertThat(result.signatureTimestamp()).hasValueSatisfying(timestamp -> {
            assertThat(timestamp.valid()).isTrue();
            assertThat(timestamp.genTime()).contains(clock.instant());
        });
    }

    @Test
    void aSignatureTimestampOverSomethingElseInvalidatesTheSignature() throws IOException {
        byte[] elsewhere = DigestAlgorithm.SHA256.digest(CONTENT);
        byte[] signature = signer.addSignatureTimestamp(sign(CONTENT), digest -> authority.stamp(elsewhere));

        SignatureVerification result = verify(signature, CONTENT);

        assertThat(result.valid()).isFalse();
        assertThat(result.contentMatches()).isTrue();
        assertThat(result.signatureTimestamp()).hasValueSatisfying(timestamp -> assertThat(timestamp.imprintMatches()).isFalse());
        assertThat(result.failure()).hasValueSatisfying(reason -> assertThat(reason).startsWith("signature time-stamp:"));
    }

    @Test
    void aTokenVerifiesOverItsDigestAndStatesWhatItStamped() {
        byte[] digest = DigestAlgorithm.SHA256.digest(CONTENT);
        TimestampToken token = authority.stamp(digest);

        TimestampVerification result = verifier.verifyTimestamp(token.encoded(), digest);

        assertThat(result.valid()).as(result.failure().orElse("")).isTrue();
        assertThat(result.genTime()).contains(token.genTime());
        assertThat(result.serialNumber()).contains(token.serialNumber());
        assertThat(result.policy()).contains(TimestampPolicy.EVIDENCE.oid());
        assertThat(result.tsaSubject()).contains("CN=Evidence Desk Time-Stamping Authority,O=Evidence Desk");
    }

    @Test
    void aPublicTokenFromTsaIsNotAnEvidenceToken() {
        byte[] digest = DigestAlgorithm.SHA256.digest(CONTENT);
        TimestampToken token = publicAuthority().stamp(digest);

        TimestampVerification result = verifier.verifyTimestamp(token.encoded(), digest);

        assertThat(result.valid()).isFalse();
        assertThat(result.imprintMatches()).isTrue();
        assertThat(result.signatureValid()).isTrue();
        assertThat(result.chainTrusted()).isTrue();
        assertThat(result.policyAccepted()).isFalse();
        assertThat(result.policy()).contains(TimestampPolicy.PUBLIC.oid());
        assertThat(result.tsaSubject()).contains("CN=Evidence Desk Public Time-Stamping,O=Evidence Desk");
        assertThat(result.failure()).hasValueSatisfying(reason -> assertThat(reason).contains("a public time-stamp, not an evidence receipt"));
    }

    @Test
    void aTokenUnderAnyOtherPolicyIsNotAnEvidenceToken() {
        byte[] digest = DigestAlgorithm.SHA256.digest(CONTENT);
        BouncyCastleTimestampAuthority elsewhere = new BouncyCastleTimestampAuthority(KEYS.timestamping(), TestKeys.counter(), clock,
                "1.2.156.112562.1.1");

        TimestampVerification result = verifier.verifyTimestamp(elsewhere.stamp(digest).encoded(), digest);

        assertThat(result.policyAccepted()).isFalse();
        assertThat(result.failure()).hasValueSatisfying(reason -> assertThat(reason).contains("not the evidence policy"));
    }

    @Test
    void aSignatureTimestampFromThePublicAuthorityInvalidatesTheSignature() throws IOException {
        byte[] signature = signer.addSignatureTimestamp(sign(CONTENT), publicAuthority());

        SignatureVerification result = verify(signature, CONTENT);

        assertThat(result.valid()).isFalse();
        assertThat(result.signatureTimestamp()).hasValueSatisfying(timestamp -> assertThat(timestamp.policyAccepted()).isFalse());
        assertThat(result.failure()).hasValueSatisfying(reason -> assertThat(reason).startsWith("signature time-stamp: a public time-stamp"));
    }

    @Test
    void aTokenDoesNotVerifyOverAnotherDigest() {
        byte[] digest = DigestAlgorithm.SHA256.digest(CONTENT);
        byte[] other = digest.clone();
        other[0] ^= 0x01;

        TimestampVerification result = verifier.verifyTimestamp(authority.stamp(digest).encoded(), other);

        assertThat(result.valid()).isFalse();
        assertThat(result.imprintMatches()).isFalse();
        assertThat(result.signatureValid()).isTrue();
        assertThat(result.chainTrusted()).isTrue();
    }

    @Test
    void aTokenFromAnotherPkiIsNotTrusted() {
        byte[] digest = DigestAlgorithm.SHA256.digest(CONTENT);
        TimestampToken token = authority.stamp(digest);

        TimestampVerification result = new SignatureVerifier(TestKeys.another().rootCertificate(), clock)
                .verifyTimestamp(token.encoded(), digest);

        assertThat(result.valid()).isFalse();
        assertThat(result.chainTrusted()).isFalse();
        assertThat(result.signatureValid()).isTrue();
    }

    /** The token's own signing-certificate attribute must name the certificate that signed it (RFC 5816). */
    @Test
    void aTokenWhoseSigningCertificateAttributeNamesAnotherCertificateFails() throws Exception {
        byte[] digest = DigestAlgorithm.SHA256.digest(CONTENT);
        byte[] token = handMadeToken(KEYS.timestamping(), KEYS.signing().certificate(), digest);

        TimestampVerification result = verifier.verifyTimestamp(token, digest);

        assertThat(result.valid()).isFalse();
        assertThat(result.imprintMatches()).isTrue();
        assertThat(result.signatureValid()).isFalse();
    }

    @Test
    void aTokenSignedByACertificateWithoutTheTimeStampingUsageIsNotTrusted() throws Exception {
        byte[] digest = DigestAlgorithm.SHA256.digest(CONTENT);
        byte[] token = handMadeToken(KEYS.signing(), KEYS.signing().certificate(), digest);

        TimestampVerification result = verifier.verifyTimestamp(token, digest);

        assertThat(result.valid()).isFalse();
        assertThat(result.chainTrusted()).isFalse();
        assertThat(result.failure()).isPresent();
        assertThat(result.tsaSubject()).contains("CN=Evidence Desk Signing,O=Evidence Desk");
    }

    @Test
    void aTruncatedOrCertificatelessTokenIsAnAnswerNotAnException() throws Exception {
        byte[] digest = DigestAlgorithm.SHA256.digest(CONTENT);
        byte[] token = authority.stamp(digest).encoded();
        TimeStampRequestGenerator withoutCertificates = new TimeStampRequestGenerator();
        byte[] reply = authority.respond(withoutCertificates.generate(DigestAlgorithm.SHA256.identifier(), digest).getEncoded());
        byte[] bare = new TimeStampResponse(reply).getTimeStampToken().getEncoded();

        assertThat(verifier.verifyTimestamp(Arrays.copyOf(token, token.length - 10), digest).valid()).isFalse();
        assertThat(verifier.verifyTimestamp(new byte[0], digest).valid()).isFalse();
        TimestampVerification certificateless = verifier.verifyTimestamp(bare, digest);
        assertThat(certificateless.valid()).isFalse();
        assertThat(certificateless.imprintMatches()).isTrue();
        assertThat(certificateless.failure()).hasValueSatisfying(reason -> assertThat(reason).contains("certificate"));
    }

    private BouncyCastleTimestampAuthority publicAuthority() {
        return new BouncyCastleTimestampAuthority(KEYS.publicTimestamping(), TestKeys.counter(), clock, TimestampPolicy.PUBLIC);
    }

    private byte[] sign(byte[] content) throws IOException {
        return signer.signDetached(new ByteArrayInputStream(content));
    }

    private SignatureVerification verify(byte[] signature, byte[] content) throws IOException {
        return verifier.verifyDetached(signature, new ByteArrayInputStream(content));
    }

    /** A CMS signature by the real signing key whose signed attributes are chosen by the test. */
    private static byte[] plainSignature(AttributeTable extraSignedAttributes) throws Exception {
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(BouncyCastle.digestCalculators())
                .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(extraSignedAttributes))
                .build(BouncyCastle.contentSigner(KEYS.signing().privateKey()), KEYS.signing().certificate()));
        generator.addCertificates(new JcaCertStore(KEYS.signing().chain()));
        return generator.generate(new CMSProcessableByteArray(CONTENT), false).getEncoded();
    }

    private static byte[] handMadeToken(Credential signer, X509Certificate named, byte[] digest) throws Exception {
        return HandMadeTokens.token(signer, named, digest, null, TimestampPolicy.EVIDENCE.oid());
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("signature value not found in the encoding");
    }
}
