package org.evidencedesk.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.bouncycastle.asn1.x509.Extension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The issuing CAs' CRLs and the root's, each checked by {@code openssl crl -verify} against its issuer. */
class AuthorityRevocationListsTest {

    @TempDir
    Path directory;

    private final InMemoryRevocations revocations = new InMemoryRevocations();
    private final IssuingAuthorities authorities = TestKeys.sharedAuthorities();
    private AuthorityRevocationLists crls;

    @BeforeEach
    void publishTheRootsFirstCrl() {
        Path keys = directory.resolve("keys");
        RootAuthority.create(directory.resolve("root"), TestKeys.ROOT, Clock.systemUTC()).publishTo(keys);
        crls = new AuthorityRevocationLists(authorities, revocations, keys.resolve(KeysDirectory.ROOT_CRL_FILE), Clock.systemUTC());
    }

    @Test
    void anIssuingCasCrlIsSignedByItListsNothingAtFirstAndLastsAWeek() throws Exception {
        X509CRL crl = crls.of(TestKeys.SIGNING_CA);

        assertThat(crl.getIssuerX500Principal()).isEqualTo(TestKeys.SIGNING_CA.certificate().getSubjectX500Principal());
        assertThat(crl.getRevokedCertificates()).isNull();
        assertThat(Duration.between(crl.getThisUpdate().toInstant(), crl.getNextUpdate().toInstant())).isEqualTo(Duration.ofDays(7));
        assertThat(crl.getExtensionValue(Extension.authorityKeyIdentifier.getId())).isNotNull();
        assertThat(RevocationLists.number(crl)).isPositive();
        OpensslCommand.Result verified = opensslVerify(crl, TestKeys.SIGNING_CA.certificate());
        assertThat(verified.output()).contains("verify OK");
        assertThat(verified.succeeded()).isTrue();
    }

    @Test
    void aRevocationShowsAtOnceWithItsReasonAndANewerNumber() throws Exception {
        X509CRL before = crls.of(TestKeys.SIGNING_CA);
        Instant revokedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        revocations.revoke(TestKeys.SHARED.signing().certificate(), revokedAt, RevocationReason.KEY_COMPROMISE);

        X509CRL after = crls.of(TestKeys.SIGNING_CA);

        X509CRLEntry entry = after.getRevokedCertificate(TestKeys.SHARED.signing().certificate());
        assertThat(entry).isNotNull();
        assertThat(entry.getRevocationDate().toInstant()).isEqualTo(revokedAt);
        assertThat(RevocationLists.number(after)).isGreaterThan(RevocationLists.number(before));
        assertThat(crls.of(TestKeys.TIMESTAMPING_CA).getRevokedCertificates()).as("the other CA's list").isNull();
        OpensslCommand.Result verified = opensslVerify(after, TestKeys.SIGNING_CA.certificate());
        assertThat(verified.succeeded()).as(verified.output()).isTrue();
        assertThat(verified.output()).contains("Serial Number: " + TestKeys.SHARED.signing().certificate().getSerialNumber().toString(16)
                .toUpperCase(), "Key Compromise");
    }

    @Test
    void anUnchangedCrlIsNotSignedAgainWithinTheHour() {
        assertThat(crls.of(TestKeys.TIMESTAMPING_CA)).isSameAs(crls.of(TestKeys.TIMESTAMPING_CA));
    }

    @Test
    void aCrlSignedByAnotherKeyFailsOpensslsCheck() throws Exception {
        OpensslCommand.Result verified = opensslVerify(crls.of(TestKeys.SIGNING_CA), TestKeys.TIMESTAMPING_CA.certificate());

        assertThat(verified.succeeded()).as(verified.output()).isFalse();
    }

    /** The root's CRL is signed by the ./pki command only; the server publishes the file and numbers carry on from it. */
    @Test
    void theRootsCrlIsReadFromTheKeysFolderAndKeepsItsEntriesWhenSignedAgain() throws Exception {
        X509CRL first = crls.bySlug(AuthorityAddresses.ROOT_SLUG).orElseThrow();
        assertThat(RevocationLists.number(first)).isEqualTo(BigInteger.ONE);
        assertThat(opensslVerify(first, TestKeys.ROOT.certificate()).succeeded()).isTrue();

        RootAuthority root = RootAuthority.open(directory.resolve("root"));
        root.signCrl(List.of(new Revocation(TestKeys.ROOT.certificate().getSubjectX500Principal(),
                TestKeys.TIMESTAMPING_CA.certificate().getSerialNumber(), Instant.now(), RevocationReason.CA_COMPROMISE)), Clock.systemUTC());
        X509CRL third = root.signCrl(List.of(), Clock.systemUTC());

        assertThat(RevocationLists.number(third)).isEqualTo(BigInteger.valueOf(3));
        assertThat(third.getRevokedCertificate(TestKeys.TIMESTAMPING_CA.certificate())).as("carried over").isNotNull();
        OpensslCommand.Result verified = opensslVerify(third, TestKeys.ROOT.certificate());
        assertThat(verified.succeeded()).as(verified.output()).isTrue();
        assertThat(verified.output()).contains("CA Compromise");
    }

    @Test
    void theRootsCrlIsParsedOnceWhileUnchangedAndReadAgainOnceRepublished() {
        X509CRL first = crls.root().orElseThrow();
        assertThat(crls.root().orElseThrow()).as("unchanged file").isSameAs(first);

        RootAuthority root = RootAuthority.open(directory.resolve("root"));
        root.signCrl(List.of(), Clock.systemUTC());
        root.publishTo(directory.resolve("keys"));

        assertThat(RevocationLists.number(crls.root().orElseThrow())).isEqualTo(BigInteger.TWO);
    }

    @Test
    void theCrlOfAnUnknownSlugIsNone() {
        assertThat(crls.bySlug("no-such-ca")).isEmpty();
        assertThat(crls.bySlug("document-signing-ca")).isPresent();
    }

    private OpensslCommand.Result opensslVerify(X509CRL crl, X509Certificate issuer) throws Exception {
        Path crlFile = Files.write(directory.resolve("list.crl"), crl.getEncoded());
        Path issuerFile = Files.write(directory.resolve("issuer.pem"), KeysDirectory.pem(issuer));
        return OpensslCommand.run(directory, "crl", "-inform", "DER", "-in", crlFile.toString(), "-CAfile", issuerFile.toString(),
                "-verify", "-noout", "-text");
    }
}
