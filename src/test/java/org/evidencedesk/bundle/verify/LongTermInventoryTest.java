package org.evidencedesk.bundle.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.evidencedesk.shared.Phrase;
import org.junit.jupiter.api.Test;

/** What a CAdES signature carries for the long term, read at each level, and what a damaged part of it makes said. */
class LongTermInventoryTest {

    private static final String SIGNER = LongTermSignatures.SIGNER;
    private static final String AUTHORITY = LongTermSignatures.AUTHORITY;

    private final LongTermSignatures signatures = new LongTermSignatures();
    private final byte[] content = "{\"case\":\"(2026)京73民初1号\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void aTimeStampedSignatureWithoutRevocationDataIsLevelTAndSaysWhichCertificatesLackIt() {
        LongTermData data = LongTermInventory.of(signatures.timestamped(content));

        assertThat(data.level()).contains(CadesLevel.T);
        assertThat(data.signatureTimestamp()).isPresent();
        assertThat(data.archiveTimestamps()).isEmpty();
        assertThat(data.certificates()).isEqualTo(3);
        assertThat(data.crls()).isZero();
        assertThat(data.ocspResponses()).isZero();
        assertThat(data.withoutRevocation()).containsExactly(SIGNER, AUTHORITY);
        assertThat(data.revocationComplete()).isFalse();
        assertThat(data.unreadable()).isEmpty();
        assertThat(data.phrase().in(Locale.ENGLISH)).startsWith("level reached CAdES-BASELINE-T; signature time-stamp ")
                .contains("no archive time-stamp", "embedded 3 certificate(s), 0 CRL(s), 0 OCSP response(s)",
                        "no revocation data found for " + SIGNER + " | " + AUTHORITY);
    }

    @Test
    void aSignatureWithoutTimeStampIsLevelB() {
        byte[] signature = LongTermSignatures.withRevocationData(signatures.timestamped(content), List.of(), List.of());
        LongTermData bare = LongTermInventory.of(stripUnsigned(signature));

        assertThat(bare.level()).contains(CadesLevel.B);
        assertThat(bare.signatureTimestamp()).isEmpty();
        assertThat(bare.phrase().in(Locale.ENGLISH)).contains("CAdES-BASELINE-B", "no signature time-stamp");
    }

    @Test
    void theRootsCrlInSignedDataCoversTheSignerAndTheAuthorityAndMakesItLt() {
        byte[] signature = LongTermSignatures.withRevocationData(signatures.timestamped(content), List.of(signatures.rootCrl()), List.of());
        LongTermData data = LongTermInventory.of(signature);

        assertThat(data.level()).contains(CadesLevel.LT);
        assertThat(data.crls()).isEqualTo(1);
        assertThat(data.coveredCertificates()).isEqualTo(2);
        assertThat(data.revocationComplete()).isTrue();
        assertThat(data.phrase().in(Locale.ENGLISH)).contains("revocation data found for each of the 2 certificate(s)");
    }

    @Test
    void anOcspResponseCoversOnlyTheCertificatesItNames() {
        byte[] signerOnly = LongTermSignatures.withRevocationData(signatures.timestamped(content), List.of(),
                List.of(signatures.ocspResponse(signatures.signingCertificate())));
        byte[] both = LongTermSignatures.withRevocationData(signatures.timestamped(content), List.of(),
                List.of(signatures.ocspResponse(signatures.signingCertificate(), signatures.timestampingCertificate())));

        assertThat(LongTermInventory.of(signerOnly).level()).contains(CadesLevel.T);
        assertThat(LongTermInventory.of(signerOnly).withoutRevocation()).containsExactly(AUTHORITY);
        assertThat(LongTermInventory.of(both).level()).contains(CadesLevel.LT);
        assertThat(LongTermInventory.of(both).ocspResponses()).isEqualTo(1);
    }

    @Test
    void underAnIssuingCaEachCertificateBelowTheRootNeedsItsIssuersRevocationData() {
        byte[] signature = signatures.timestampedUnderIssuingCa(content, true);
        String signer = "CN=Test Court Signer,O=Evidence Desk";

        LongTermData rootCrlOnly = LongTermInventory.of(LongTermSignatures.withRevocationData(signature, List.of(signatures.rootCrl()), List.of()));
        LongTermData both = LongTermInventory.of(LongTermSignatures.withRevocationData(signature,
                List.of(signatures.rootCrl(), signatures.issuingCaCrl()), List.of()));

        assertThat(rootCrlOnly.level()).contains(CadesLevel.T);
        assertThat(rootCrlOnly.withoutRevocation()).containsExactly(signer);
        assertThat(rootCrlOnly.coveredCertificates()).isEqualTo(2);
        assertThat(both.level()).contains(CadesLevel.LT);
        assertThat(both.coveredCertificates()).as("signer, issuing CA, time-stamping authority").isEqualTo(3);
        assertThat(both.certificates()).isEqualTo(4);
    }

    @Test
    void aChainWhoseIssuingCaIsNotEmbeddedIsSaidAndStaysBelowLt() {
        byte[] signature = LongTermSignatures.withRevocationData(signatures.timestampedUnderIssuingCa(content, false),
                List.of(signatures.rootCrl(), signatures.issuingCaCrl()), List.of());
        LongTermData data = LongTermInventory.of(signature);

        assertThat(data.level()).contains(CadesLevel.T);
        assertThat(data.gaps()).singleElement().satisfies(gap -> assertThat(gap.in(Locale.ENGLISH))
                .isEqualTo("the issuer of CN=Test Court Signer,O=Evidence Desk is not embedded"));
    }

    @Test
    void anArchiveTimeStampOverAnLtSignatureMakesItLtaWithItsTimeAndAuthority() {
        byte[] lt = LongTermSignatures.withRevocationData(signatures.timestamped(content), List.of(signatures.rootCrl()), List.of());
        byte[] lta = LongTermSignatures.withUnsignedAttribute(lt, LongTermSignatures.archiveTimestamp(signatures.token()));
        LongTermData data = LongTermInventory.of(lta);

        assertThat(data.level()).contains(CadesLevel.LTA);
        assertThat(data.archiveTimestamps()).singleElement().satisfies(stamp -> assertThat(stamp.authority()).isEqualTo(AUTHORITY));
        assertThat(data.phrase().in(Locale.ENGLISH)).contains("CAdES-BASELINE-LTA", "archive time-stamp 1: ", " by " + AUTHORITY);
        assertThat(data.phrase().in(Locale.SIMPLIFIED_CHINESE)).contains("达到的级别 CAdES-BASELINE-LTA", "存档时间戳 1：");
    }

    @Test
    void anArchiveTimeStampWithoutRevocationDataLeavesItAtTButIsListed() {
        byte[] stamped = LongTermSignatures.withUnsignedAttribute(signatures.timestamped(content),
                LongTermSignatures.archiveTimestamp(signatures.token()));
        LongTermData data = LongTermInventory.of(stamped);

        assertThat(data.level()).contains(CadesLevel.T);
        assertThat(data.archiveTimestamps()).hasSize(1);
    }

    @Test
    void anArchiveTimeStampThatIsNoTokenIsSaidAndNotCountedAndChangesNothingElse() {
        byte[] lt = LongTermSignatures.withRevocationData(signatures.timestamped(content), List.of(signatures.rootCrl()), List.of());
        byte[] tokenBytes = encoded(signatures.token());
        byte[] truncated = LongTermSignatures.withUnsignedAttribute(lt,
                LongTermSignatures.archiveTimestamp(new DEROctetString(Arrays.copyOf(tokenBytes, tokenBytes.length / 2))));
        byte[] notATimestamp = LongTermSignatures.withUnsignedAttribute(lt,
                LongTermSignatures.archiveTimestamp(ContentInfo.getInstance(signatures.timestamped(content))));
        LongTermData before = LongTermInventory.of(lt);

        for (byte[] forged : List.of(truncated, notATimestamp)) {
            LongTermData data = LongTermInventory.of(forged);
            assertThat(data.level()).contains(CadesLevel.LT);
            assertThat(data.archiveTimestamps()).isEmpty();
            assertThat(data.signatureTimestamp()).isEqualTo(before.signatureTimestamp());
            assertThat(data.withoutRevocation()).isEqualTo(before.withoutRevocation());
            assertThat(data.unreadable()).singleElement().satisfies(phrase -> assertThat(phrase.in(Locale.ENGLISH))
                    .startsWith("archive time-stamp 1 is not an RFC 3161 time-stamp token (").endsWith("): not counted"));
        }
    }

    @Test
    void aTruncatedUnsignedAttributeIsSkippedWithAReason() {
        byte[] lt = LongTermSignatures.withRevocationData(signatures.timestamped(content), List.of(signatures.rootCrl()), List.of());
        LongTermData data = LongTermInventory.of(LongTermSignatures.withUnsignedAttribute(lt, LongTermSignatures.truncatedAttribute()));

        assertThat(data.level()).contains(CadesLevel.LT);
        assertThat(data.unreadable()).singleElement().satisfies(phrase -> assertThat(phrase.in(Locale.ENGLISH))
                .startsWith("unsigned attribute ").endsWith(": skipped"));
    }

    @Test
    void aSignatureTimeStampThatIsNoTokenLeavesItAtB() {
        byte[] bare = stripUnsigned(signatures.timestamped(content));
        byte[] forged = LongTermSignatures.withUnsignedAttribute(bare, new org.bouncycastle.asn1.cms.Attribute(
                LongTermSignatures.SIGNATURE_TIMESTAMP, new org.bouncycastle.asn1.DERSet(new DEROctetString(new byte[] {1, 2, 3}))));
        LongTermData data = LongTermInventory.of(forged);

        assertThat(data.level()).contains(CadesLevel.B);
        assertThat(data.phrase().in(Locale.ENGLISH)).contains("the signature time-stamp is not an RFC 3161 time-stamp token");
    }

    @Test
    void whatIsNoSignatureAtAllIsSaidAndNothingThrows() {
        byte[] signature = signatures.timestamped(content);
        for (byte[] broken : List.of(new byte[0], "not a signature".getBytes(StandardCharsets.US_ASCII),
                Arrays.copyOf(signature, signature.length - 40))) {
            LongTermData data = LongTermInventory.of(broken);
            assertThat(data.level()).isEmpty();
            assertThat(data.phrase().key()).isEqualTo(Sentence.LONG_TERM_UNREADABLE.key());
            assertThat(data.phrase().in(Locale.SIMPLIFIED_CHINESE)).startsWith("无法读取其长期验证数据");
        }
    }

    private static byte[] stripUnsigned(byte[] signature) {
        org.bouncycastle.asn1.cms.SignedData data = org.bouncycastle.asn1.cms.SignedData.getInstance(
                ContentInfo.getInstance(signature).getContent());
        org.bouncycastle.asn1.cms.SignerInfo info = org.bouncycastle.asn1.cms.SignerInfo.getInstance(data.getSignerInfos().getObjectAt(0));
        org.bouncycastle.asn1.cms.SignerInfo bare = new org.bouncycastle.asn1.cms.SignerInfo(info.getSID(), info.getDigestAlgorithm(),
                info.getAuthenticatedAttributes(), info.getDigestEncryptionAlgorithm(), info.getEncryptedDigest(), null);
        return encoded(new ContentInfo(ContentInfo.getInstance(signature).getContentType(),
                new org.bouncycastle.asn1.cms.SignedData(data.getDigestAlgorithms(), data.getEncapContentInfo(), data.getCertificates(),
                        data.getCRLs(), new org.bouncycastle.asn1.DERSet(bare))));
    }

    private static byte[] encoded(org.bouncycastle.asn1.ASN1Encodable value) {
        try {
            return value.toASN1Primitive().getEncoded(org.bouncycastle.asn1.ASN1Encoding.DER);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
