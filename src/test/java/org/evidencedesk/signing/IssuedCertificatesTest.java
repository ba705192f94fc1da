package org.evidencedesk.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.junit.jupiter.api.Test;

/**
 * Only leaves this installation issued may be revoked: the current ones and the retired ones its CAs still answer
 * for; never the issuing CAs nor the root, nothing from elsewhere.
 */
class IssuedCertificatesTest {

    private final IssuedCertificates issued = new IssuedCertificates(TestKeys.sharedAuthorities());

    @Test
    void theLeavesAreIssuedHereAndTheCasAndRootAreNot() {
        assertThat(issued.all()).containsExactlyInAnyOrder(TestKeys.SHARED.signing().certificate(),
                TestKeys.SHARED.timestamping().certificate(), TestKeys.SHARED.publicTimestamping().certificate());
        for (X509Certificate authority : List.of(TestKeys.SHARED.rootCertificate(), TestKeys.SIGNING_CA.certificate(),
                TestKeys.TIMESTAMPING_CA.certificate())) {
            assertThat(issued.find(authority.getIssuerX500Principal(), authority.getSerialNumber())).isEmpty();
        }
    }

    @Test
    void aRetiredLeafIsStillIssuedHere() {
        X509Certificate retired = new LocalCertificateAuthority(Clock.systemUTC()).issueSigning(TestKeys.SIGNING_CA).certificate();
        IssuingAuthorities withRetired = new IssuingAuthorities(TestKeys.ROOT.certificate(),
                List.of(TestKeys.SIGNING_CA, TestKeys.TIMESTAMPING_CA), List.of(TestKeys.SHARED.signing().certificate(), retired));

        assertThat(new IssuedCertificates(withRetired).find(retired.getIssuerX500Principal(), retired.getSerialNumber()))
                .contains(retired);
    }

    @Test
    void aLeafIsFoundByItsIssuerAndSerialHoweverTheIssuerIsSpelled() {
        X509Certificate signing = TestKeys.SHARED.signing().certificate();
        X500Principal respelled = new X500Principal(signing.getIssuerX500Principal().getName().replace(",", " ,  ")
                .toLowerCase(java.util.Locale.ROOT));

        assertThat(issued.find(respelled, signing.getSerialNumber())).contains(signing);
    }

    @Test
    void aCertificateOfAnotherAuthorityIsNotIssuedHere() {
        X509Certificate foreign = TestKeys.another().signing().certificate();
        X509Certificate ours = TestKeys.SHARED.signing().certificate();

        assertThat(issued.find(foreign.getIssuerX500Principal(), foreign.getSerialNumber())).isEmpty();
        assertThat(issued.find(new X500Principal("CN=Someone Else"), ours.getSerialNumber())).isEmpty();
    }
}
