package org.evidencedesk.signing;

import static org.assertj.core.api.Assertions.assertThat;

import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.SignerInformationVerifier;
import org.junit.jupiter.api.Test;

class SignerVerifiersTest {

    @Test
    void everyCopyOfACertificateGetsTheVerifierMadeForTheFirst() throws Exception {
        SignerVerifiers verifiers = new SignerVerifiers();

        SignerInformationVerifier first = verifiers.of(holder(TestKeys.SHARED.signing()));
        SignerInformationVerifier again = verifiers.of(holder(TestKeys.SHARED.signing()));
        SignerInformationVerifier other = verifiers.of(holder(TestKeys.SHARED.timestamping()));

        assertThat(again).isSameAs(first);
        assertThat(other).isNotSameAs(first);
        assertThat(verifiers.kept()).isEqualTo(2);
    }

    @Test
    void pastItsLimitEachCertificateGetsAVerifierOfItsOwnAndNoneIsKept() throws Exception {
        SignerVerifiers verifiers = new SignerVerifiers(2);
        verifiers.of(holder(TestKeys.SHARED.signing()));
        verifiers.of(holder(TestKeys.SHARED.timestamping()));

        SignerInformationVerifier third = verifiers.of(holder(TestKeys.SHARED.publicTimestamping()));

        assertThat(third).isNotNull().isNotSameAs(verifiers.of(holder(TestKeys.SHARED.publicTimestamping())));
        assertThat(verifiers.kept()).isEqualTo(2);
    }

    private static X509CertificateHolder holder(Credential credential) throws Exception {
        return new X509CertificateHolder(credential.certificate().getEncoded());
    }
}
