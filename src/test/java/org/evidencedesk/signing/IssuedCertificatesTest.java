package org.evidencedesk.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.cert.X509Certificate;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.Test;

/** Only what this installation issued may be revoked: the credentials' certificates, never the root, nothing from elsewhere. */
class IssuedCertificatesTest {

    private final IssuedCertificates issued = new IssuedCertificates(TestKeys.SHARED);

    @Test
    void theThreeLeavesAreIssuedHereAndTheRootIsNot() {
        assertThat(issued.all()).containsExactly(TestKeys.SHARED.signing().certificate(),
                TestKeys.SHARED.timestamping().certificate(), TestKeys.SHARED.publicTimestamping().certificate());
        X509Certificate root = TestKeys.SHARED.rootCertificate();
        assertThat(issued.find(root.getIssuerX500Principal(), root.getSerialNumber())).isEmpty();
    }

    @Test
    void aLeafIsFoundByItsIssuerAndSerialHoweverTheIssuerIsSpelled() {
        X509Certificate signing = TestKeys.SHARED.signing().certificate();
        X500Principal respelled = new X500Principal(signing.getIssuerX500Principal().getName().replace(",", " ,  ")
                .toLowerCase(java.util.Locale.ROOT));

        assertThat(issued.find(respelled, signing.getSerialNumber())).contains(signing);
    }

    @Test
    void aCertificateOfAnotherAuthorityOrUnknownHereIsNotIssuedHere() throws Exception {
        X509Certificate foreign = TestKeys.another().signing().certificate();
        X509Certificate underOurRootButNotOurs = TestKeys.issuedUnderRoot("Stray", KeyUsage.digitalSignature).certificate();
        X509Certificate ours = TestKeys.SHARED.signing().certificate();

        assertThat(issued.find(foreign.getIssuerX500Principal(), foreign.getSerialNumber())).isEmpty();
        assertThat(issued.find(underOurRootButNotOurs.getIssuerX500Principal(), underOurRootButNotOurs.getSerialNumber())).isEmpty();
        assertThat(issued.find(new X500Principal("CN=Someone Else"), ours.getSerialNumber())).isEmpty();
    }
}
