package org.evidencedesk.dispute;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.evidencedesk.shared.config.Settings;

/** Builds the deadline planner from the holiday files in {@code config/holidays} and the court's time zone. */
@ApplicationScoped
public class CourtCalendar {

    @Produces
    @Singleton
    WorkingCalendar workingCalendar() {
        return WorkingCalendar.load(Settings.configDirectory().resolve("holidays"));
    }

    @Produces
    @ApplicationScoped
    DeadlinePlanner planner(WorkingCalendar calendar, Settings settings) {
        return new DeadlinePlanner(calendar, settings.timeZone());
    }
}
