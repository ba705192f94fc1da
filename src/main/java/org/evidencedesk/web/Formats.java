package org.evidencedesk.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.evidencedesk.shared.config.Settings;

/** Shows instants as date and time in the court's time zone, the same way on every page. */
@Named
@RequestScoped
public class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    private Settings settings;

    public String dateTime(Instant instant) {
        return instant == null ? "—" : DATE_TIME.format(instant.atZone(settings.timeZone()));
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(settings.timeZone()));
    }
}
