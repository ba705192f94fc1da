package org.evidencedesk.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.evidencedesk.demo.DemoCases;
import org.evidencedesk.demo.DemoDisclosures;
import org.evidencedesk.demo.DemoUsers;
import org.evidencedesk.disclosure.DeadlineWatch;
import org.evidencedesk.evidence.UploadDebris;
import org.evidencedesk.evidence.web.UploadSpool;
import org.evidencedesk.identity.BootstrapAdministrator;
import org.evidencedesk.rules.RuleCatalogue;
import org.evidencedesk.shared.config.DataDirectory;
import org.evidencedesk.shared.config.Settings;
import org.evidencedesk.shared.config.TemporaryDirectory;
import org.evidencedesk.shared.jobs.JobScheduler;
import org.evidencedesk.shared.persistence.CommitDurability;
import org.evidencedesk.shared.persistence.DatabaseMigration;
import org.evidencedesk.signing.SigningKeys;

/**
 * What happens once at deployment, in order: legal rule sets (a broken file stops here), data folder, schema, the
 * rule versions adopted by a recorded instrument (merged into the rule sets), commit durability (H2), temporary files
 * of interrupted uploads and exports, signing keys (created on first start), first administrator, demo data, what
 * lapsed while the server was down, the background jobs (among them the removal of unregistered blobs, due at every
 * start and nightly), the ready line.
 */
@ApplicationScoped
public class ApplicationStartup {

    private static final Logger LOG = Logger.getLogger(ApplicationStartup.class.getName());

    @Inject
    private Settings settings;

    @Inject
    private RuleCatalogue ruleCatalogue;

    @Inject
    private DatabaseMigration migration;

    @Inject
    private BootstrapAdministrator bootstrapAdministrator;

    @Inject
    private DemoUsers demoUsers;

    @Inject
    private DemoCases demoCases;

    @Inject
    private SigningKeys signingKeys;

    @Inject
    private JobScheduler jobs;

    @Inject
    private DeadlineWatch deadlineWatch;

    @Inject
    private DemoDisclosures demoDisclosures;

    @Inject
    private ReadyAnnouncement readyAnnouncement;

    @Inject
    private CommitDurability commitDurability;

    @Inject
    private UploadDebris uploadDebris;

    @Inject
    private TemporaryDirectory temporaryDirectory;

    /**
     * Runs the start-up steps; a step that fails stops the deployment, and is logged here first with its cause:
     * Payara Micro reports only that the context failed to start (a missing PDF font said nothing else).
     */
    void start(@Observes @Initialized(ApplicationScoped.class) Object context) {
        try {
            startSteps(context);
        } catch (RuntimeException | Error e) {
            LOG.log(Level.SEVERE, "Evidence Desk could not start: " + e, e);
            throw e;
        }
    }

    private void startSteps(Object context) {
        ruleCatalogue.all();
        DataDirectory.prepare(settings.dataDirectory());
        migration.migrate();
        ruleCatalogue.mergeAdoptions();
        commitDurability.configure();
        uploadDebris.start(UploadSpool.of(context));
        clearTemporaryDirectory();
        LOG.info(() -> "Signing keys ready; root certificate " + signingKeys.rootCertificate().getSubjectX500Principal());
        boolean firstStart = bootstrapAdministrator.createIfNoUsers();
        if (settings.demo()) {
            demoUsers.seed();
            demoCases.seed().ifPresent(demoDisclosures::seed);
        }
        deadlineWatch.start();
        jobs.start();
        readyAnnouncement.announceWhenServing(firstStart);
    }

    private void clearTemporaryDirectory() {
        try {
            int removed = temporaryDirectory.clearLeftovers();
            LOG.info(() -> "Temporary directory at start-up: " + removed
                    + " file(s) of exports or page drawings cut off by a stop removed");
        } catch (IOException e) {
            // Exports still work; what is left stays until a start can remove it.
            LOG.log(Level.WARNING, "Temporary directory at start-up: could not be cleared", e);
        }
    }
}
