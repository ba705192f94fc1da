package org.evidencedesk.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.tsp.TimeStampToken;
import org.evidencedesk.support.MutableClock;
import org.junit.jupiter.api.Test;

class CmsSignerTest {

    private static final byte[] RECEIPT = "{\"case\":\"(2026)京73民初1024号\",\"exhibit\":\"P-001\"}".getBytes(StandardCharsets.UTF_8);

    private final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
    private final CmsSigner signer = new CmsSigner(TestKeys.SHARED.signing(), clock);

    @Test
    void theSignatureIsDetachedDerWithTheWholeChain() throws Exception {
        byte[] signature = signer.signDetached(new ByteArrayInputStream(RECEIPT));

        CMSSignedData signed = new CMSSignedData(signature);
        assertThat(signed.getSignedContent()).isNull();
        assertThat(ASN1Primitive.fromByteArray(signature).getEncoded(ASN1Encoding.DER)).isEqualTo(signature);
        assertThat(signed.getCertificates().getMatches(null)).as("leaf, issuing CA, root").hasSize(3);
        assertThat(onlySigner(signed).getDigestAlgOID()).isEqualTo(DigestAlgorithm.SHA256.oid().getId());
    }

    @Test
    void theSignedAttributesMakeItCadesBaselineB() throws Exception {
        SignerInformation info = onlySigner(new CMSSignedData(signer.signDetached(new ByteArrayInputStream(RECEIPT))));
        AttributeTable attributes = info.getSignedAttributes();

        assertThat(attributes.get(CMSAttributes.contentType).getAttrValues().getObjectAt(0)).isEqualTo(CMSObjectIdentifiers.data);
        assertThat(ASN1OctetString.getInstance(attributes.get(CMSAttributes.messageDigest).getAttrValues().getObjectAt(0)).getOctets())
                .isEqualTo(DigestAlgorithm.SHA256.digest(RECEIPT));
        assertThat(Time.getInstance(attributes.get(CMSAttributes.signingTime).getAttrValues().getObjectAt(0)).getDate().toInstant())
                .isEqualTo(clock.instant());
        ESSCertIDv2 certificateId = SigningCertificateV2.getInstance(
                attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2).getAttrValues().getObjectAt(0)).getCerts()[0];
        assertThat(certificateId.getCertHash())
                .isEqualTo(DigestAlgorithm.SHA256.digest(TestKeys.SHARED.signing().certificate().getEncoded()));
        assertThat(certificateId.getIssuerSerial().getSerial().getValue())
                .isEqualTo(TestKeys.SHARED.signing().certificate().getSerialNumber());
    }

    @Test
    void theSignerForPdfLeavesOutTheSigningTimeAndNothingElse() throws Exception {
        SignerInformation info = onlySigner(new CMSSignedData(CmsSigner.forPdf(TestKeys.SHARED.signing())
                .signDetached(new ByteArrayInputStream(RECEIPT))));
        AttributeTable attributes = info.getSignedAttributes();

        assertThat(attributes.get(CMSAttributes.signingTime)).isNull();
        assertThat(attributes.get(CMSAttributes.contentType)).isNotNull();
        assertThat(attributes.get(CMSAttributes.messageDigest)).isNotNull();
        assertThat(attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
        SignatureVerification verification = new SignatureVerifier(TestKeys.SHARED.rootCertificate(), clock)
                .verifyDetached(CmsSigner.forPdf(TestKeys.SHARED.signing()).signDetached(new ByteArrayInputStream(RECEIPT)),
                        new ByteArrayInputStream(RECEIPT));
        assertThat(verification.valid()).as(verification.failure().orElse("")).isTrue();
    }

    @Test
    void theContentIsStreamedOnceToItsEnd() throws IOException {
        long size = 24L * 1024 * 1024;
        CountingStream content = new CountingStream(size);

        byte[] signature = signer.signDetached(content);

        assertThat(content.delivered).isEqualTo(size);
        SignatureVerification verification = new SignatureVerifier(TestKeys.SHARED.rootCertificate(), clock)
                .verifyDetached(signature, new CountingStream(size));
        assertThat(verification.valid()).as(verification.failure().orElse("")).isTrue();
    }

    @Test
    void aSignatureTimestampCoversTheSignatureValueAndLeavesTheSignatureAsItWas() throws Exception {
        byte[] signature = signer.signDetached(new ByteArrayInputStream(RECEIPT));
        BouncyCastleTimestampAuthority authority =
                new BouncyCastleTimestampAuthority(TestKeys.SHARED.timestamping(), TestKeys.counter(), clock);

        byte[] stamped = signer.addSignatureTimestamp(signature, authority);

        SignerInformation before = onlySigner(new CMSSignedData(signature));
        SignerInformation after = onlySigner(new CMSSignedData(stamped));
        assertThat(after.getSignature()).isEqualTo(before.getSignature());
        assertThat(after.getEncodedSignedAttributes()).isEqualTo(before.getEncodedSignedAttributes());
        ContentInfo token = ContentInfo.getInstance(after.getUnsignedAttributes()
                .get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken).getAttrValues().getObjectAt(0));
        assertThat(new TimeStampToken(token).getTimeStampInfo().getMessageImprintDigest())
                .isEqualTo(DigestAlgorithm.SHA256.digest(before.getSignature()));
    }

    @Test
    void timestampingSomethingThatIsNotASignatureIsRefused() {
        assertThatThrownBy(() -> signer.addSignatureTimestamp(RECEIPT, digest -> {
            throw new AssertionError("nothing should be stamped");
        })).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFailingStreamFailsTheSignature() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("upload interrupted");
            }
        };

        assertThatThrownBy(() -> signer.signDetached(broken)).isInstanceOf(IOException.class).hasMessageContaining("upload interrupted");
    }

    private static SignerInformation onlySigner(CMSSignedData signed) {
        assertThat(signed.getSignerInfos().size()).isEqualTo(1);
        return signed.getSignerInfos().getSigners().iterator().next();
    }

    /** A long stream made up as it is read, so nothing holds it whole; counts what it delivered. */
    private static final class CountingStream extends InputStream {

        private final long size;
        private long delivered;

        CountingStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (delivered == size) {
                return -1;
            }
            int count = (int) Math.min(length, size - delivered);
            for (int i = 0; i < count; i++) {
                buffer[offset + i] = (byte) ((delivered + i) * 31);
            }
            delivered += count;
            return count;
        }
    }
}
