package org.evidencedesk.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrustedPathsTest {

    private static final List<X509Certificate> CHAIN = TestKeys.SHARED.signing().chain();
    private static final X509Certificate LEAF = CHAIN.get(0);
    private static final Set<X509Certificate> ROOTS = Set.of(TestKeys.ROOT.certificate());

    @Test
    void aTrustedChainIsRememberedForEveryCopyOfTheSameCertificates() throws Exception {
        TrustedPaths paths = new TrustedPaths();
        Instant now = Instant.now();

        assertThat(paths.problem(copy(LEAF), copies(CHAIN), ROOTS, now)).isEmpty();
        assertThat(paths.problem(copy(LEAF), copies(CHAIN), ROOTS, now.plusSeconds(5))).isEmpty();

        assertThat(paths.remembered()).isEqualTo(1);
    }

    @Test
    void anInstantOutsideTheCertificatesValidityIsAskedAnew() {
        TrustedPaths paths = new TrustedPaths();

        assertThat(paths.problem(LEAF, CHAIN, ROOTS, Instant.now())).isEmpty();

        assertThat(paths.problem(LEAF, CHAIN, ROOTS, LEAF.getNotAfter().toInstant().plusSeconds(1))).isPresent();
        assertThat(paths.problem(LEAF, CHAIN, ROOTS, LEAF.getNotBefore().toInstant().minusSeconds(1))).isPresent();
    }

    @Test
    void theSameLeafWithoutItsAuthorityOrUnderAnotherRootIsNotTrustedAndNotRemembered() {
        TrustedPaths paths = new TrustedPaths();
        Instant now = Instant.now();
        assertThat(paths.problem(LEAF, CHAIN, ROOTS, now)).isEmpty();

        assertThat(paths.problem(LEAF, List.of(LEAF), ROOTS, now)).isPresent();
        assertThat(paths.problem(LEAF, CHAIN, Set.of(TestKeys.another().rootCertificate()), now)).isPresent();
        assertThat(paths.problem(LEAF, List.of(LEAF), ROOTS, now)).isPresent();

        assertThat(paths.remembered()).isEqualTo(1);
    }

    @Test
    void pastItsLimitATrustedChainIsStillTrustedButNotRemembered() {
        TrustedPaths paths = new TrustedPaths(1);
        Instant now = Instant.now();
        assertThat(paths.problem(LEAF, CHAIN, ROOTS, now)).isEmpty();

        assertThat(paths.problem(LEAF, List.of(LEAF, CHAIN.get(1), TestKeys.ROOT.certificate()), ROOTS, now)).isEmpty();

        assertThat(paths.remembered()).isEqualTo(1);
    }

    private static X509Certificate copy(X509Certificate certificate) throws CertificateException {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(certificate.getEncoded()));
    }

    private static List<X509Certificate> copies(List<X509Certificate> certificates) throws CertificateException {
        List<X509Certificate> copies = new ArrayList<>();
        for (X509Certificate certificate : certificates) {
            copies.add(copy(certificate));
        }
        return copies;
    }
}
