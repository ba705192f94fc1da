package org.evidencedesk.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.cert.X509CertificateHolder;
import org.junit.jupiter.api.Test;

class ConvertedCertificatesTest {

    @Test
    void everyCopyOfACertificateGetsTheCertificateConvertedForTheFirst() throws Exception {
        ConvertedCertificates certificates = new ConvertedCertificates();

        X509Certificate first = certificates.of(holder(TestKeys.SHARED.signing()));
        X509Certificate again = certificates.of(holder(TestKeys.SHARED.signing()));
        X509Certificate other = certificates.of(holder(TestKeys.SHARED.timestamping()));

        assertThat(first.getEncoded()).isEqualTo(TestKeys.SHARED.signing().certificate().getEncoded());
        assertThat(again).isSameAs(first);
        assertThat(other.getEncoded()).isEqualTo(TestKeys.SHARED.timestamping().certificate().getEncoded());
        assertThat(certificates.kept()).isEqualTo(2);
    }

    @Test
    void aCertificateWithAChangedSignatureIsNotTakenForTheOneKept() throws Exception {
        ConvertedCertificates certificates = new ConvertedCertificates();
        byte[] encoded = TestKeys.SHARED.signing().certificate().getEncoded();
        X509Certificate kept = certificates.of(new X509CertificateHolder(encoded));
        byte[] changed = Arrays.copyOf(encoded, encoded.length);
        changed[changed.length - 1] ^= 1;

        X509Certificate other = certificates.of(new X509CertificateHolder(Certificate.getInstance(changed)));

        assertThat(other).isNotSameAs(kept);
        assertThat(other.getEncoded()).isEqualTo(changed);
    }

    @Test
    void aCertificateJavaCannotReadIsRefusedAsCertificateException() throws Exception {
        ConvertedCertificates certificates = new ConvertedCertificates();
        X509CertificateHolder holder = holder(TestKeys.SHARED.signing());
        X509CertificateHolder unreadable = new X509CertificateHolder(Certificate.getInstance(
                holder.toASN1Structure().toASN1Primitive())) {
            @Override
            public byte[] getEncoded() {
                return new byte[] {0x30, 0x03, 0x02, 0x01, 0x01};
            }
        };

        assertThatThrownBy(() -> certificates.of(unreadable)).isInstanceOf(CertificateException.class);
    }

    private static X509CertificateHolder holder(Credential credential) throws Exception {
        return new X509CertificateHolder(credential.certificate().getEncoded());
    }
}
