package org.evidencedesk.shared.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Makes the configuration and the clock injectable; tests replace the clock to move time. */
@ApplicationScoped
public class SettingsProducer {

    @Produces
    @Singleton
    Settings settings() {
        return Settings.current();
    }

    @Produces
    @Singleton
    Clock clock(Settings settings) {
        return Clock.system(settings.timeZone());
    }
}
