package org.evidencedesk.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.BEROctetString;
import org.bouncycastle.asn1.BERSequence;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.junit.jupiter.api.Test;

class BerShapeTest {

    private static final int DEPTH = 16;

    @Test
    void realRequestsPass() throws Exception {
        CertificateID id = new CertificateID(new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1),
                new X509CertificateHolder(TestKeys.SIGNING_CA.certificate().getEncoded()), BigInteger.valueOf(0x1234));
        byte[] ocsp = new OCSPReqBuilder().addRequest(id).addRequest(id).build().getEncoded();
        TimeStampRequestGenerator stamps = new TimeStampRequestGenerator();
        stamps.setCertReq(true);
        byte[] timestamp = stamps.generate(DigestAlgorithm.SHA256.identifier(), new byte[32], BigInteger.TEN).getEncoded();

        assertThat(BerShape.isOneElement(ocsp, DEPTH)).isTrue();
        assertThat(BerShape.isOneElement(timestamp, DEPTH)).isTrue();
        assertThat(BerShape.isOneElement(TestKeys.ROOT.certificate().getEncoded(), DEPTH)).as("a certificate").isTrue();
    }

    @Test
    void indefiniteLengthsAndHighTagNumbersPass() throws Exception {
        byte[] ber = new BERSequence(new BEROctetString(new byte[3000])).getEncoded(ASN1Encoding.BER);
        byte[] highTag = new DERTaggedObject(false, 200, new ASN1ObjectIdentifier("1.2.3")).getEncoded();

        assertThat(ber[1] & 0xff).as("indefinite length").isEqualTo(0x80);
        assertThat(BerShape.isOneElement(ber, DEPTH)).isTrue();
        assertThat(BerShape.isOneElement(highTag, DEPTH)).isTrue();
    }

    @Test
    void nestingIsAllowedUpToTheDepthAndRefusedBeyond() {
        assertThat(BerShape.isOneElement(HostileEncodings.nestedDefiniteSequences(DEPTH), DEPTH)).isTrue();
        assertThat(BerShape.isOneElement(HostileEncodings.nestedIndefiniteSequences(DEPTH), DEPTH)).isTrue();
        assertThat(BerShape.isOneElement(HostileEncodings.nestedDefiniteSequences(DEPTH + 1), DEPTH)).isFalse();
        assertThat(BerShape.isOneElement(HostileEncodings.nestedIndefiniteSequences(DEPTH + 1), DEPTH)).isFalse();
    }

    /** What makes Bouncy Castle's recursive parser overflow the stack is read here without recursion, and refused. */
    @Test
    void thousandsOfLevelsAreRefusedWithoutRunningOutOfStack() {
        assertThat(BerShape.isOneElement(HostileEncodings.nestedIndefiniteSequences(4000), DEPTH)).isFalse();
        assertThat(BerShape.isOneElement(HostileEncodings.nestedDefiniteSequences(4000), DEPTH)).isFalse();
        assertThat(BerShape.isOneElement(HostileEncodings.nestedIndefiniteSequences(4000), Integer.MAX_VALUE))
                .as("well formed, however deep, when no depth is too deep").isTrue();
    }

    @Test
    void whatIsNotExactlyOneWellFormedElementIsRefused() {
        byte[] valid = HostileEncodings.nestedDefiniteSequences(3);
        byte[][] malformed = {
            null,
            new byte[0],
            {0x30},                                   // no length
            {0x30, 0x05, 0x02, 0x01},                 // content shorter than its length
            Arrays.copyOf(valid, valid.length + 1),   // trailing byte
            {0x30, 0x00, 0x30, 0x00},                 // two elements
            {0x30, 0x02, 0x30, 0x02, 0x05, 0x00},     // a child longer than its parent
            {0x04, (byte) 0x80, 0x00, 0x00},          // a primitive of indefinite length
            {0x30, (byte) 0x80, 0x30, 0x00},          // an indefinite length never ended
            {0x30, 0x02, 0x00, 0x00},                 // end-of-contents inside a definite length
            {0x00, 0x00},                             // end-of-contents alone
            {0x30, (byte) 0x85, 0, 0, 0, 0, 1, 0},    // a length of five bytes
            {0x30, (byte) 0x84, (byte) 0x80, 0, 0, 0}, // a length past 2^31
            {0x30, (byte) 0xff},                      // a reserved length
            {0x1f},                                   // a high tag number cut off
            {0x1f, (byte) 0x81, (byte) 0x81, (byte) 0x81, (byte) 0x81, 0x01, 0x00}, // a tag number past 2^28
        };
        for (byte[] bytes : malformed) {
            assertThat(BerShape.isOneElement(bytes, DEPTH)).as(bytes == null ? "null" : Arrays.toString(bytes)).isFalse();
        }
    }
}
