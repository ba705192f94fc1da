package org.evidencedesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What one run of the load simulation does, read from the system properties that {@code bench/load} passes
 * (through the Gatling Maven plugin), so that the simulation itself has no defaults to drift from the script's.
 */
record LoadSettings(String url, Duration duration, Duration ramp, int browsers, int uploaders, int apiUsers, int tsaUsers,
                    Duration thinkMin, Duration thinkMax, String password, Path work) {

    static LoadSettings fromSystemProperties() {
        return new LoadSettings(
                required("load.url"),
                Duration.ofSeconds(number("load.duration")),
                Duration.ofSeconds(number("load.ramp")),
                (int) number("load.browsers"),
                (int) number("load.uploaders"),
                (int) number("load.apiUsers"),
                (int) number("load.tsaUsers"),
                Duration.ofMillis(number("load.thinkMinMs")),
                Duration.ofMillis(number("load.thinkMaxMs")),
                required("load.password"),
                Path.of(required("load.work")));
    }

    /** The lines of a file the script wrote into its work directory (one record a line, fields tab-separated). */
    List<String[]> records(String name) {
        try {
            return Files.readAllLines(work.resolve(name)).stream()
                    .filter(line -> !line.isBlank())
                    .map(line -> line.split("\t"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] bytes(String name) {
        try {
            return Files.readAllBytes(work.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String required(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("System property " + name + " is missing: run the simulation through bench/load");
        }
        return value;
    }

    private static long number(String name) {
        return Long.parseLong(required(name));
    }
}
