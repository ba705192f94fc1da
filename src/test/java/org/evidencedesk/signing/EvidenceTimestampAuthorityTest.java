package org.evidencedesk.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;
import org.evidencedesk.shared.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evidence authority of a running server stamps with the certificate the keystore holds now: after the
 * certificate-renewal job's rotation (the real {@link KeysDirectory#renewLeaves}) the next token is signed by the new
 * certificate, with no restart, and its serials go on; a keystore that cannot be read leaves the loaded one in use.
 * The OCSP responder answers for the rotated leaf as soon as it is in the keystore ("unknown" before this change).
 */
class EvidenceTimestampAuthorityTest {

    private static final char[] PASSWORD = "correct horse battery".toCharArray();
    private static final byte[] DIGEST = Sha256.of(new byte[] {1, 2, 3});

    @TempDir
    Path temp;

    @Test
    void aRotatedCertificateSignsTheNextTokenWithoutARestart() throws Exception {
        Path keys = temp.resolve("keys");
        SigningKeys started = new KeysDirectory(Clock.systemUTC()).loadOrCreate(keys, PASSWORD);
        EvidenceTimestampAuthority authority = authority(keys, started);
        TimeStampToken before = parse(authority.stamp(DIGEST));
        assertThat(before.getSID().getSerialNumber()).isEqualTo(started.timestamping().certificate().getSerialNumber());

        // The daily job, at a time when every leaf has less than renew-before left (ten minutes on, so the new ones end later).
        Clock later = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(10));
        List<String> renewed = new KeysDirectory(later, AuthorityAddresses.LOCAL, LocalCertificateAuthority.DEFAULT_LEAF_VALIDITY,
                LocalCertificateAuthority.DEFAULT_LEAF_VALIDITY.plusDays(1)).renewLeaves(keys, PASSWORD);
        assertThat(renewed).contains(SigningKeyStore.TIMESTAMPING_ALIAS);

        TimeStampToken after = parse(authority.stamp(DIGEST));
        X509Certificate rotated = authority.certificate();
        assertThat(rotated).isNotEqualTo(started.timestamping().certificate());
        assertThat(rotated.getNotAfter()).isAfter(started.timestamping().certificate().getNotAfter());
        assertThat(after.getSID().getSerialNumber()).isEqualTo(rotated.getSerialNumber());
        assertThat(after.getTimeStampInfo().getSerialNumber()).isGreaterThan(before.getTimeStampInfo().getSerialNumber());
        // The token's signature is the new key's (validate throws otherwise), under the same issuing CA.
        after.validate(new JcaSimpleSignerInfoVerifierBuilder().build(rotated));
        assertThat(rotated.getIssuerX500Principal()).isEqualTo(started.timestamping().certificate().getIssuerX500Principal());
    }

    @Test
    void theOcspResponderAnswersForALeafRotatedWhileTheServerRunsFromTheKeystore() throws Exception {
        Path keys = temp.resolve("keys");
        InstalledKeys started = new KeysDirectory(Clock.systemUTC()).loadOrCreateInstallation(keys, PASSWORD);
        Path keystore = keys.resolve(KeysDirectory.KEYSTORE_FILE);
        OcspResponder fixed = new OcspResponder(started.authorities(), new InMemoryRevocations(), Clock.systemUTC());
        OcspResponder current = new OcspResponder(new KeystoreAuthorities(keystore,
                file -> SigningKeyStore.authorities(file, PASSWORD, started.keys().rootCertificate()), started.authorities()),
                new InMemoryRevocations(), Clock.systemUTC());

        new KeysDirectory(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(10)), AuthorityAddresses.LOCAL,
                LocalCertificateAuthority.DEFAULT_LEAF_VALIDITY, LocalCertificateAuthority.DEFAULT_LEAF_VALIDITY.plusDays(1))
                .renewLeaves(keys, PASSWORD);
        X509Certificate rotated = SigningKeyStore.load(keystore, PASSWORD, SigningKeyStore.TIMESTAMPING_ALIAS,
                SigningKeyStore.PUBLIC_TIMESTAMPING_ALIAS, SigningKeyStore.SIGNING_ALIAS).timestamping().certificate();

        assertThat(status(fixed.statusOf(rotated))).as("the view loaded at start").isInstanceOf(UnknownStatus.class);
        assertThat(status(current.statusOf(rotated))).as("the keystore's view").isNull(); // null is "good" (RFC 6960 4.2.1)
        assertThat(status(current.statusOf(started.keys().timestamping().certificate()))).as("the retired one").isNull();
    }

    @Test
    void aKeystoreThatCannotBeReadLeavesTheLoadedCertificateInUse() throws Exception {
        Path keys = temp.resolve("keys");
        SigningKeys started = new KeysDirectory(Clock.systemUTC()).loadOrCreate(keys, PASSWORD);
        EvidenceTimestampAuthority authority = authority(keys, started);
        Path keystore = keys.resolve(KeysDirectory.KEYSTORE_FILE);
        Path damaged = temp.resolve("damaged");
        Files.write(damaged, new byte[] {0x30, 0x03, 0x02, 0x01, 0x00});
        Files.move(damaged, keystore, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        TimeStampToken token = parse(authority.stamp(DIGEST));

        assertThat(token.getSID().getSerialNumber()).isEqualTo(started.timestamping().certificate().getSerialNumber());
        assertThat(authority.certificate()).isEqualTo(started.timestamping().certificate());
    }

    private static EvidenceTimestampAuthority authority(Path keys, SigningKeys started) {
        return EvidenceTimestampAuthority.inKeystore(keys.resolve(KeysDirectory.KEYSTORE_FILE), PASSWORD, started.timestamping(),
                new FileSerialNumbers(keys.resolve(KeysDirectory.SERIAL_FILE), Clock.systemUTC()), Clock.systemUTC());
    }

    private static Object status(byte[] ocspResponse) throws Exception {
        BasicOCSPResp basic = (BasicOCSPResp) new OCSPResp(ocspResponse).getResponseObject();
        return basic.getResponses()[0].getCertStatus();
    }

    private static TimeStampToken parse(TimestampToken token) throws TSPException, IOException {
        return new TimeStampToken(ContentInfo.getInstance(token.encoded()));
    }
}
