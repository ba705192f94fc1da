package org.evidencedesk.signing;

import static org.assertj.core.api.Assertions.assertThat;

import org.bouncycastle.cert.X509CertificateHolder;
import org.junit.jupiter.api.Test;

class KeptPerCertificateTest {

    @Test
    void theFirstValueKeptForACertificateStaysAndEveryCopyOfTheCertificateFindsIt() throws Exception {
        KeptPerCertificate<String> kept = new KeptPerCertificate<>(4);

        assertThat(kept.keep(holder(TestKeys.SHARED.signing()), "first")).isEqualTo("first");
        assertThat(kept.keep(holder(TestKeys.SHARED.signing()), "second")).isEqualTo("second");

        assertThat(kept.get(holder(TestKeys.SHARED.signing()))).isEqualTo("first");
        assertThat(kept.get(holder(TestKeys.SHARED.timestamping()))).isNull();
        assertThat(kept.size()).isEqualTo(1);
    }

    @Test
    void pastItsLimitNothingMoreIsKept() throws Exception {
        KeptPerCertificate<String> kept = new KeptPerCertificate<>(2);
        kept.keep(holder(TestKeys.SHARED.signing()), "signing");
        kept.keep(holder(TestKeys.SHARED.timestamping()), "timestamping");

        assertThat(kept.keep(holder(TestKeys.SHARED.publicTimestamping()), "public")).isEqualTo("public");

        assertThat(kept.get(holder(TestKeys.SHARED.publicTimestamping()))).isNull();
        assertThat(kept.get(holder(TestKeys.SHARED.signing()))).isEqualTo("signing");
        assertThat(kept.size()).isEqualTo(2);
    }

    private static X509CertificateHolder holder(Credential credential) throws Exception {
        return new X509CertificateHolder(credential.certificate().getEncoded());
    }
}
