package org.evidencedesk.signing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;
import java.util.List;
import java.util.logging.Logger;
import org.evidencedesk.shared.config.Settings;
import org.evidencedesk.shared.jobs.BackgroundJob;
import org.evidencedesk.shared.jobs.JobSchedule;

/**
 * The daily look at the signing and time-stamping certificates: one with less than
 * {@code evidencedesk.pki.renew-before} left is replaced in the keystore by a fresh one from its issuing CA, the old
 * one kept as retired. The evidence time-stamping certificate is used from the next token ({@link EvidenceTimestampAuthority});
 * for the signing and public time-stamping certificates the running server goes on with the ones it loaded, still valid
 * for months, and uses the new ones from its next start, which the log line says.
 */
@ApplicationScoped
public class CertificateRenewalJob implements BackgroundJob {

    private static final Logger LOG = Logger.getLogger(CertificateRenewalJob.class.getName());
    private static final LocalTime DAILY = LocalTime.of(4, 0);

    @Inject
    private Settings settings;

    @Inject
    private Clock clock;

    @Override
    public String name() {
        return "certificate-renewal";
    }

    @Override
    public JobSchedule schedule() {
        return JobSchedule.dailyAt(DAILY, clock.getZone());
    }

    @Override
    public void run() {
        Path directory = SigningConfiguration.keysDirectory(settings);
        List<String> renewed = new KeysDirectory(clock, new AuthorityAddresses(settings.pkiPublicBaseUrl()), settings.pkiLeafValidity(),
                settings.pkiRenewBefore()).renewLeaves(directory, KeysDirectory.passwordFor(directory, settings.keystorePassword()));
        if (renewed.contains(SigningKeyStore.TIMESTAMPING_ALIAS)) {
            LOG.info("Evidence is stamped with the renewed time-stamping certificate from its next token");
        }
        List<String> atRestart = renewed.stream().filter(alias -> !SigningKeyStore.TIMESTAMPING_ALIAS.equals(alias)).toList();
        if (!atRestart.isEmpty()) {
            LOG.warning("Renewed the certificates " + atRestart + " in the keystore: restart the server to sign and answer /tsa with"
                    + " them (the current ones stay valid until then)");
        }
    }
}
