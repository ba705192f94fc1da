package org.evidencedesk.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive time-stamps themselves: openssl verifies the LTA signature as CAdES and the archive token over the
 * imprint EN 319 122-1 5.5.3 defines (recomputed here from the finished signature); a renewal leaves every earlier
 * byte that was signed or stamped as it was; renewBy names the earlier of the two deadlines.
 */
class CadesArchiveTimestampsTest {

    private static final byte[] RECEIPT = "{\"exhibit\":\"P-001\",\"sha256\":\"ab\"}".getBytes(StandardCharsets.UTF_8);
    private static final Instant SHA256_END = Instant.parse("2030-12-31T00:00:00Z");

    @TempDir
    Path work;

    private final Clock clock = Clock.systemUTC();
    private final SigningKeys keys = TestKeys.SHARED;
    private final BouncyCastleTimestampAuthority tsa = new BouncyCastleTimestampAuthority(keys.timestamping(), TestKeys.counter(), clock);
    private final ValidationDataSource authorities = TestValidationData.forSharedKeys(clock);
    private final CadesArchiveTimestamps archive = new CadesArchiveTimestamps(tsa, authorities, SHA256_END);
    private final CmsSigner basic = new CmsSigner(keys.signing(), clock);
    private final LongTermSigner signer = new CadesLongTermSigner(basic, tsa, archive);

    @Test
    void opensslVerifiesTheLtaSignatureAsCadesAndRejectsAChangedByte() throws IOException {
        Files.write(work.resolve("receipt.json.p7s"), signer.signDetached(RECEIPT));
        Files.write(work.resolve("receipt.json"), RECEIPT);
        Files.writeString(work.resolve("root.pem"), pem(keys.rootCertificate()));

        OpensslCommand.Result verified = cms();
        assertThat(verified.succeeded()).as(verified.output()).isTrue();
        assertThat(verified.output()).contains("Verification successful");

        byte[] changed = RECEIPT.clone();
        changed[3] ^= 1;
        Files.write(work.resolve("receipt.json"), changed);
        assertThat(cms().succeeded()).isFalse();
    }

    @Test
    void opensslVerifiesTheArchiveTokenOverTheImprintOfEn319122Section553() throws IOException {
        byte[] signature = signer.signDetached(RECEIPT);
        SignedData signedData = signedData(signature);
        SignerInfo signerInfo = SignerInfo.getInstance(signedData.getSignerInfos().getObjectAt(0));
        ContentInfo token = ContentInfo.getInstance(values(signerInfo, ArchiveTimestampV3.ATTRIBUTE).get(0));
        SignerInfo tokenSigner = SignerInfo.getInstance(SignedData.getInstance(token.getContent()).getSignerInfos().getObjectAt(0));
        ASN1Sequence carriedIndex = ASN1Sequence.getInstance(values(tokenSigner, ArchiveTimestampV3.HASH_INDEX).get(0));

        // The signature as it was when the archive time-stamp was requested: everything but that attribute, and but the
        // archive token's own OCSP response, added after it (5.5.2: a validator finds each indexed hash, ignores the rest).
        SignerInfo before = without(signerInfo, ArchiveTimestampV3.ATTRIBUTE);
        ASN1Sequence now = ArchiveTimestampV3.hashIndex(signedData, before, DigestAlgorithm.SHA256);
        assertThat(carriedIndex.size()).isEqualTo(4);
        assertThat(carriedIndex.getObjectAt(0)).isEqualTo(now.getObjectAt(0));
        assertThat(carriedIndex.getObjectAt(1)).as("every certificate").isEqualTo(now.getObjectAt(1));
        assertThat(ASN1Sequence.getInstance(now.getObjectAt(2)).toArray())
                .as("every CRL and OCSP response but the archive token's own").hasSize(signedData.getCRLs().size())
                .contains(ASN1Sequence.getInstance(carriedIndex.getObjectAt(2)).toArray());
        assertThat(ASN1Sequence.getInstance(carriedIndex.getObjectAt(2)).size()).isEqualTo(signedData.getCRLs().size() - 1);
        assertThat(carriedIndex.getObjectAt(3)).as("the signature-time-stamp").isEqualTo(now.getObjectAt(3));
        assertThat(ASN1Sequence.getInstance(carriedIndex.getObjectAt(3)).size()).isEqualTo(1);

        byte[] imprint = ArchiveTimestampV3.imprint(signedData, before, DigestAlgorithm.SHA256.digest(RECEIPT), carriedIndex,
                DigestAlgorithm.SHA256);
        Files.write(work.resolve("archive.tst"), ArchiveTimestampV3.der(token));
        Files.writeString(work.resolve("root.pem"), pem(keys.rootCertificate()));
        OpensslCommand.Result verified = OpensslCommand.run(work, "ts", "-verify", "-digest", HexFormat.of().formatHex(imprint),
                "-in", "archive.tst", "-token_in", "-CAfile", "root.pem");
        assertThat(verified.succeeded()).as(verified.output()).isTrue();

        byte[] otherContent = ArchiveTimestampV3.imprint(signedData, before, DigestAlgorithm.SHA256.digest("other".getBytes(StandardCharsets.UTF_8)),
                carriedIndex, DigestAlgorithm.SHA256);
        assertThat(OpensslCommand.run(work, "ts", "-verify", "-digest", HexFormat.of().formatHex(otherContent),
                "-in", "archive.tst", "-token_in", "-CAfile", "root.pem").succeeded()).isFalse();
    }

    @Test
    void theSignatureCarriesEveryChainsRevocationDataAndTheArchiveTokenItsOwn() throws Exception {
        SignedData signedData = signedData(signer.signDetached(RECEIPT));
        List<java.security.cert.X509Certificate> expected = new ArrayList<>(keys.signing().chain());
        keys.timestamping().chain().stream().filter(certificate -> !expected.contains(certificate)).forEach(expected::add);
        List<byte[]> carried = new ArrayList<>();
        signedData.getCertificates().forEach(certificate -> carried.add(ArchiveTimestampV3.der(certificate)));
        assertThat(carried).hasSize(expected.size());
        for (java.security.cert.X509Certificate certificate : expected) {
            assertThat(carried).anySatisfy(der -> assertThat(der).isEqualTo(certificate.getEncoded()));
        }
        // The root's CRL (for both issuing CAs), and OCSP answers for the signer's and the time-stamping leaf.
        assertThat(crls(signedData)).isEqualTo(1);
        assertThat(ocspResponses(signedData)).isGreaterThanOrEqualTo(2);
        SignerInfo signerInfo = SignerInfo.getInstance(signedData.getSignerInfos().getObjectAt(0));
        SignedData token = SignedData.getInstance(ContentInfo.getInstance(values(signerInfo, ArchiveTimestampV3.ATTRIBUTE).get(0)).getContent());
        assertThat(crls(token)).as("the archive token's own CRL, for its issuing CA").isEqualTo(1);
        assertThat(ocspResponses(token)).as("no OCSP inside a token: openssl ts could not read it").isZero();
        assertThat(token.getCertificates()).hasSize(keys.timestamping().chain().size());
    }

    private static long crls(SignedData signedData) {
        long count = 0;
        for (ASN1Encodable element : signedData.getCRLs()) {
            count += element.toASN1Primitive() instanceof ASN1Sequence ? 1 : 0;
        }
        return count;
    }

    private static long ocspResponses(SignedData signedData) {
        return signedData.getCRLs() == null ? 0 : signedData.getCRLs().size() - crls(signedData);
    }

    @Test
    void aRenewalKeepsEverySignedAndStampedByteAndAddsOneArchiveTimestamp() throws IOException {
        byte[] first = signer.signDetached(RECEIPT);
        byte[] renewed = archive.renew(first, RECEIPT);

        SignerInfo before = onlySigner(signedData(first));
        SignerInfo after = onlySigner(signedData(renewed));
        assertThat(after.getEncryptedDigest()).isEqualTo(before.getEncryptedDigest());
        assertThat(ArchiveTimestampV3.der(after.getAuthenticatedAttributes())).isEqualTo(ArchiveTimestampV3.der(before.getAuthenticatedAttributes()));
        List<byte[]> earlier = new ArrayList<>();
        before.getUnauthenticatedAttributes().forEach(attribute -> earlier.add(ArchiveTimestampV3.der(attribute)));
        List<byte[]> now = new ArrayList<>();
        after.getUnauthenticatedAttributes().forEach(attribute -> now.add(ArchiveTimestampV3.der(attribute)));
        assertThat(now).hasSize(earlier.size() + 1);
        assertThat(now).usingElementComparator((a, b) -> java.util.Arrays.compare(a, b)).containsAll(earlier);
        assertThat(values(after, ArchiveTimestampV3.ATTRIBUTE)).hasSize(2);
        assertThat(new SignatureVerifier(keys.rootCertificate(), clock).verifyDetached(renewed, new ByteArrayInputStream(RECEIPT)).failure())
                .as("our own verifier tolerates the unsigned attributes and the extra certificates and revocation data").isEmpty();
    }

    @Test
    void ourVerifierFindsOneChangedByteInTheCarriedRevocationData() throws IOException {
        byte[] signature = signer.signDetached(RECEIPT);
        SignatureVerifier verifier = new SignatureVerifier(keys.rootCertificate(), clock);
        assertThat(verifier.verifyDetached(signature, new ByteArrayInputStream(RECEIPT)).valid()).isTrue();
        SignedData signedData = signedData(signature);
        for (ASN1Encodable element : signedData.getCRLs()) {
            byte[] der = ArchiveTimestampV3.der(element);
            int at = indexOf(signature, der);
            assertThat(at).isNotNegative();
            byte[] changed = signature.clone();
            changed[at + der.length - 2] ^= 1; // inside the CRL's or the OCSP response's signature value
            SignatureVerification verification = verifier.verifyDetached(changed, new ByteArrayInputStream(RECEIPT));
            assertThat(verification.valid()).as(String.valueOf(verification)).isFalse();
            assertThat(verification.longTermDataIntact()).as(String.valueOf(verification)).isFalse();
            assertThat(verification.failure().orElseThrow()).containsAnyOf("validation data", "archive time-stamp");
        }
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
        return -1;
    }

    @Test
    void renewByIsTheEarlierOfTheNewestTokensCertificateExpiryAndSha256sEndOfLife() {
        byte[] signature = signer.signDetached(RECEIPT);
        Instant tsaExpiry = keys.timestamping().chain().stream().map(certificate -> certificate.getNotAfter().toInstant())
                .min(Instant::compareTo).orElseThrow();

        CadesArchiveTimestamps lateEndOfLife = new CadesArchiveTimestamps(tsa, authorities, Instant.parse("2200-01-01T00:00:00Z"));
        assertThat(lateEndOfLife.renewBy(signature)).isEqualTo(tsaExpiry);

        Instant soon = Instant.now().plusSeconds(86_400).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        assertThat(soon).isBefore(tsaExpiry);
        CadesArchiveTimestamps earlyEndOfLife = new CadesArchiveTimestamps(tsa, authorities, soon);
        assertThat(earlyEndOfLife.renewBy(signature)).isEqualTo(soon);
    }

    @Test
    void renewalRefusesContentTheSignatureDidNotSignAndASignatureWithoutATimestamp() throws IOException {
        byte[] signature = signer.signDetached(RECEIPT);
        assertThatThrownBy(() -> archive.renew(signature, "other".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not what the signature signed");
        byte[] basicOnly = basic.signDetached(new ByteArrayInputStream(RECEIPT));
        assertThatThrownBy(() -> archive.renew(basicOnly, RECEIPT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("signature-time-stamp");
        assertThatThrownBy(() -> archive.renew(RECEIPT, RECEIPT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> archive.renewBy(basicOnly)).isInstanceOf(IllegalArgumentException.class);
    }

    /** What the long-term level costs per receipt: printed, not bounded (two cores shared with other builds). */
    @Test
    void printsWhatASignatureCostsAtBAndAtLta() throws IOException {
        for (int warmUp = 0; warmUp < 5; warmUp++) {
            signer.signDetached(RECEIPT);
        }
        int rounds = 20;
        long started = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            basic.signDetached(new ByteArrayInputStream(RECEIPT));
        }
        long basicNanos = (System.nanoTime() - started) / rounds;
        started = System.nanoTime();
        int size = 0;
        for (int i = 0; i < rounds; i++) {
            size = signer.signDetached(RECEIPT).length;
        }
        long longTermNanos = (System.nanoTime() - started) / rounds;
        System.out.printf("Receipt signature: CAdES-BASELINE-B %.2f ms; CAdES-BASELINE-LTA %.2f ms, %d bytes"
                + " (two time-stamps, OCSP responses and a CRL, built-in authority)%n", basicNanos / 1e6, longTermNanos / 1e6, size);
        assertThat(size).isPositive();
    }

    private OpensslCommand.Result cms() {
        return OpensslCommand.run(work, "cms", "-verify", "-cades", "-binary", "-inform", "DER", "-in", "receipt.json.p7s",
                "-content", "receipt.json", "-CAfile", "root.pem", "-purpose", "any", "-out", "/dev/null");
    }

    private static SignedData signedData(byte[] signature) {
        try {
            return SignedData.getInstance(ContentInfo.getInstance(ASN1Primitive.fromByteArray(signature)).getContent());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SignerInfo onlySigner(SignedData signedData) {
        assertThat(signedData.getSignerInfos().size()).isEqualTo(1);
        return SignerInfo.getInstance(signedData.getSignerInfos().getObjectAt(0));
    }

    private static List<ASN1Encodable> values(SignerInfo signer, org.bouncycastle.asn1.ASN1ObjectIdentifier type) {
        List<ASN1Encodable> values = new ArrayList<>();
        for (ASN1Encodable element : signer.getUnauthenticatedAttributes()) {
            Attribute attribute = Attribute.getInstance(element);
            if (attribute.getAttrType().equals(type)) {
                attribute.getAttrValues().forEach(values::add);
            }
        }
        return values;
    }

    private static SignerInfo without(SignerInfo signer, org.bouncycastle.asn1.ASN1ObjectIdentifier type) {
        ASN1EncodableVector kept = new ASN1EncodableVector();
        for (ASN1Encodable element : signer.getUnauthenticatedAttributes()) {
            if (!Attribute.getInstance(element).getAttrType().equals(type)) {
                kept.add(element);
            }
        }
        return new SignerInfo(signer.getSID(), signer.getDigestAlgorithm(), signer.getAuthenticatedAttributes(),
                signer.getDigestEncryptionAlgorithm(), signer.getEncryptedDigest(), new DERSet(kept));
    }

    private static String pem(java.security.cert.X509Certificate certificate) {
        try {
            return "-----BEGIN CERTIFICATE-----\n" + java.util.Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(certificate.getEncoded()) + "\n-----END CERTIFICATE-----\n";
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
