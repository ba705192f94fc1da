package org.evidencedesk.operations;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.evidencedesk.demo.DemoUsers;
import org.evidencedesk.identity.BootstrapAdministrator;
import org.evidencedesk.shared.config.Settings;

/**
 * Logs where to go and how to log in as the last line of start-up. Payara Micro prints its own
 * banner after deployment ends, so the line waits until the login page actually answers.
 */
@ApplicationScoped
public class ReadyAnnouncement {

    private static final Logger LOG = Logger.getLogger(ReadyAnnouncement.class.getName());
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private Settings settings;

    void announceWhenServing(boolean firstStart) {
        String base = "http://localhost:" + settings.httpPort() + "/";
        executor.execute(() -> {
            if (awaitLoginPage(base)) {
                LOG.info(message(base, firstStart));
            }
        });
    }

    private String message(String base, boolean firstStart) {
        String login = firstStart
                ? "log in as '" + BootstrapAdministrator.USERNAME + "' with the password printed above"
                : "log in with your account (first administrator: '" + BootstrapAdministrator.USERNAME + "')";
        String demo = settings.demo() ? "; demo users clerk, judge, counsel, defence, investigator, demo-admin, password "
                + DemoUsers.PASSWORD : "";
        return "Evidence Desk is ready at " + base + " - " + login + demo + ".";
    }

    private static boolean awaitLoginPage(String base) {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(giveUp)) {
            if (answers(base + "login.xhtml")) {
                return true;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private static boolean answers(String url) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(5000);
            try {
                return connection.getResponseCode() == HttpURLConnection.HTTP_OK;
            } finally {
                connection.disconnect();
            }
        } catch (IOException e) {
            return false;
        }
    }
}
