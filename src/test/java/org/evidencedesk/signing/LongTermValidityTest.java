package org.evidencedesk.signing;

import static org.assertj.core.api.Assertions.assertThat;

import eu.europa.esig.dss.diagnostic.CertificateRevocationWrapper;
import eu.europa.esig.dss.diagnostic.DiagnosticData;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.enumerations.SubIndication;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.evidencedesk.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signatures outlive their certificates (issue 14, "What must show"): an installation with 30-day leaves signs a
 * receipt at CAdES-BASELINE-LTA; the clock moves past the leaves' expiry, the start-up rotation issues fresh ones and
 * the archive time-stamp is renewed with the fresh time-stamping leaf before the old one expires, as the renewal job
 * does; the old signing leaf is revoked afterwards. The EU DSS validator, the root its only anchor and nothing
 * fetched, validating as of the moved clock, still says TOTAL_PASSED with the original time as the best signature
 * time. A leaf revoked while still valid: what it signed before still passes, what it signed after does not.
 * Everything is real: keys from {@link KeysDirectory}, tokens from the built-in authority, OCSP answers and CRLs from
 * the installation's issuing CAs; only the record of revocations is kept in memory instead of in the database.
 */
class LongTermValidityTest {

    private static final byte[] RECEIPT = "{\"case\":\"(2026) Jing 73 Min Chu 14\",\"exhibit\":\"P-001\"}"
            .getBytes(StandardCharsets.UTF_8);
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    private static final Duration LEAF_VALIDITY = Duration.ofDays(30);
    private static final Duration RENEW_BEFORE = Duration.ofDays(7);
    /** Far enough that only certificate expiry, not SHA-256's end of life, drives renewal here. */
    private static final Instant SHA256_END = Instant.parse("2030-12-31T00:00:00Z");

    @TempDir
    Path data;

    private final MutableClock clock = new MutableClock(T0, ZoneOffset.UTC);
    private final InMemoryRevocations revocations = new InMemoryRevocations();

    @Test
    void aReceiptSignedBeforeItsCertificatesExpiredPassesAfterRotationRenewalAndRevocation() {
        Start first = start();
        Credential oldSigning = first.installed.keys().signing();
        X509Certificate oldStamping = first.installed.keys().timestamping().certificate();
        assertThat(oldSigning.certificate().getNotAfter().toInstant()).isEqualTo(T0.plus(LEAF_VALIDITY));
        assertThat(oldStamping.getNotAfter().toInstant()).isEqualTo(T0.plus(LEAF_VALIDITY));

        clock.advance(Duration.ofDays(1));
        Instant signedAt = clock.instant();
        byte[] receipt = first.signer.signDetached(RECEIPT);
        EuValidator.Verdict fresh = first.judge().at(clock.instant()).validate(receipt, RECEIPT).print("receipt at T0+1d, as signed");
        assertThat(fresh.indication()).isEqualTo(Indication.TOTAL_PASSED);

        // A week before the leaves' end: the start-up rotation replaces them, and the renewal job renews the receipt
        // because its newest time-stamp's certificate expires before the next run could.
        clock.advance(Duration.ofDays(24));
        Start rotated = start();
        X509Certificate freshStamping = rotated.installed.keys().timestamping().certificate();
        assertThat(rotated.installed.keys().signing().certificate()).isNotEqualTo(oldSigning.certificate());
        assertThat(freshStamping).isNotEqualTo(oldStamping);
        assertThat(rotated.installed.authorities().issued()).as("the old leaves are kept, retired")
                .contains(oldSigning.certificate(), oldStamping);
        assertThat(rotated.archive.renewBy(receipt)).isEqualTo(oldStamping.getNotAfter().toInstant());
        byte[] renewed = rotated.archive.renew(receipt, RECEIPT);
        assertThat(rotated.archive.renewBy(renewed)).isEqualTo(freshStamping.getNotAfter().toInstant());

        // Past the old leaves' expiry.
        clock.advance(Duration.ofDays(6));
        assertThat(clock.instant()).isAfter(oldSigning.certificate().getNotAfter().toInstant()).isAfter(oldStamping.getNotAfter().toInstant());
        Start later = start();
        assertThat(later.installed.keys().timestamping().certificate()).as("no second rotation").isEqualTo(freshStamping);
        EuValidator judge = later.judge().at(clock.instant());
        EuValidator.Verdict lapsed = judge.validate(receipt, RECEIPT).print("receipt at T0+31d, NOT renewed");
        // Its archive time-stamp's certificate has expired too, so nothing proves the signature existed while its
        // certificate was valid (EN 319 102-1, 5.6.2.4): DSS cannot decide.
        assertThat(lapsed.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(lapsed.subIndication()).contains(SubIndication.OUT_OF_BOUNDS_NOT_REVOKED);
        EuValidator.Verdict kept = judge.validate(renewed, RECEIPT).print("receipt at T0+31d, renewed at T0+25d");
        assertThat(kept.indication()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(kept.level()).isEqualTo(SignatureLevel.CAdES_BASELINE_LTA);
        assertThat(kept.timestampCount()).isEqualTo(3);
        assertThat(bestSignatureTime(kept)).as("the signature-time-stamp's time").isEqualTo(signedAt);
        assertThat(kept.fetchesRefused()).isZero();

        // The old signing leaf revoked after its expiry, and the validator told so by its CA's OCSP answer and the CRLs.
        clock.advance(Duration.ofDays(1));
        revocations.revoke(oldSigning.certificate(), clock.instant(), RevocationReason.KEY_COMPROMISE);
        clock.advance(Duration.ofDays(1));
        ValidationData revoked = later.validation.forChain(oldSigning.chain());
        EuValidator.Verdict afterRevocation = later.judge().at(clock.instant()).knowing(revoked).validate(renewed, RECEIPT)
                .print("receipt at T0+33d, renewed, its signing leaf revoked at T0+32d (key compromise)");
        assertThat(signerRevocationSeen(afterRevocation)).as("DSS read the revocation")
                .contains(T0.plus(Duration.ofDays(32)) + " KEY_COMPROMISE");
        assertThat(afterRevocation.indication()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(afterRevocation.level()).isEqualTo(SignatureLevel.CAdES_BASELINE_LTA);
        assertThat(bestSignatureTime(afterRevocation)).isEqualTo(signedAt);
    }

    @Test
    void aLeafRevokedWhileValidKeepsWhatItSignedBeforeAndFailsWhatItSignsAfter() {
        Start installation = start();
        Credential signing = installation.installed.keys().signing();

        clock.advance(Duration.ofDays(1));
        Instant signedAt = clock.instant();
        byte[] before = installation.signer.signDetached(RECEIPT);

        clock.advance(Duration.ofDays(1));
        revocations.revoke(signing.certificate(), clock.instant(), RevocationReason.KEY_COMPROMISE);

        // Whoever holds the compromised key signs on: the signature embeds its CA's answer, "revoked".
        clock.advance(Duration.ofDays(1));
        byte[] after = installation.signer.signDetached(RECEIPT);

        clock.advance(Duration.ofHours(1));
        EuValidator judge = installation.judge().at(clock.instant());
        EuValidator.Verdict refused = judge.validate(after, RECEIPT).print("receipt signed T0+3d by the leaf revoked at T0+2d");
        assertThat(signerRevocationSeen(refused)).contains(T0.plus(Duration.ofDays(2)) + " KEY_COMPROMISE");
        assertThat(refused.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(refused.subIndication()).contains(SubIndication.REVOKED_NO_POE);
        assertThat(refused.fetchesRefused()).isZero();

        EuValidator.Verdict kept = judge.knowing(installation.validation.forChain(signing.chain())).validate(before, RECEIPT)
                .print("receipt signed T0+1d, leaf revoked T0+2d (key compromise), validated T0+3d knowing it");
        assertThat(signerRevocationSeen(kept)).as("DSS read the revocation").contains(T0.plus(Duration.ofDays(2)) + " KEY_COMPROMISE");
        assertThat(kept.indication()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(kept.level()).isEqualTo(SignatureLevel.CAdES_BASELINE_LTA);
        assertThat(bestSignatureTime(kept)).as("the time-stamps prove it existed before the revocation").isEqualTo(signedAt);
    }

    /** The revocation of the signing certificate that DSS found, if any: its time and reason, as DSS read them. */
    private static Optional<String> signerRevocationSeen(EuValidator.Verdict verdict) {
        DiagnosticData diagnostic = verdict.reports().getDiagnosticData();
        return diagnostic.getSignatureById(diagnostic.getFirstSignatureId()).getSigningCertificate().getCertificateRevocationData()
                .stream().filter(CertificateRevocationWrapper::isRevoked)
                .map(revocation -> revocation.getRevocationDate().toInstant() + " " + revocation.getReason()).findFirst();
    }

    private static Instant bestSignatureTime(EuValidator.Verdict verdict) {
        Date best = verdict.reports().getSimpleReport().getBestSignatureTime(verdict.reports().getSimpleReport().getFirstSignatureId());
        return best.toInstant();
    }

    /** The installation as {@link SigningConfiguration} wires it at a start, over its keys folder at the clock's time. */
    private Start start() {
        return new Start(data.resolve("keys"), clock, revocations);
    }

    private static final class Start {

        private final InstalledKeys installed;
        private final ValidationDataSource validation;
        private final CadesArchiveTimestamps archive;
        private final LongTermSigner signer;

        Start(Path keys, Clock clock, RevocationRegistry revocations) {
            char[] password = KeysDirectory.passwordFor(keys, Optional.empty());
            installed = new KeysDirectory(clock, AuthorityAddresses.LOCAL, LEAF_VALIDITY, RENEW_BEFORE)
                    .loadOrCreateInstallation(keys, password);
            IssuingAuthorities authorities = installed.authorities();
            validation = new AuthorityValidationData(authorities, new OcspResponder(authorities, revocations, clock),
                    new AuthorityRevocationLists(authorities, revocations, keys.resolve(KeysDirectory.ROOT_CRL_FILE), clock));
            Timestamper timestamper = new BouncyCastleTimestampAuthority(installed.keys().timestamping(),
                    new FileSerialNumbers(keys.resolve(KeysDirectory.SERIAL_FILE), clock), clock, TimestampPolicy.EVIDENCE);
            archive = new CadesArchiveTimestamps(timestamper, validation, SHA256_END);
            signer = new CadesLongTermSigner(new CmsSigner(installed.keys().signing(), clock), timestamper, archive);
        }

        EuValidator judge() {
            return new EuValidator(installed.keys().rootCertificate());
        }
    }
}
