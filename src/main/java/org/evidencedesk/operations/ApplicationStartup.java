package org.evidencedesk.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.evidencedesk.dispute.DemoCases;
import org.evidencedesk.identity.BootstrapAdministrator;
import org.evidencedesk.identity.DemoUsers;
import org.evidencedesk.shared.config.DataDirectory;
import org.evidencedesk.shared.config.Settings;
import org.evidencedesk.shared.persistence.DatabaseMigration;

/** What happens once at deployment, in order: data folder, schema, first administrator, demo data, the ready line. */
@ApplicationScoped
public class ApplicationStartup {

    @Inject
    private Settings settings;

    @Inject
    private DatabaseMigration migration;

    @Inject
    private BootstrapAdministrator bootstrapAdministrator;

    @Inject
    private DemoUsers demoUsers;

    @Inject
    private DemoCases demoCases;

    @Inject
    private ReadyAnnouncement readyAnnouncement;

    void start(@Observes @Initialized(ApplicationScoped.class) Object context) {
        DataDirectory.prepare(settings.dataDirectory());
        migration.migrate();
        boolean firstStart = bootstrapAdministrator.createIfNoUsers();
        if (settings.demo()) {
            demoUsers.seed();
            demoCases.seed();
        }
        readyAnnouncement.announceWhenServing(firstStart);
    }
}
