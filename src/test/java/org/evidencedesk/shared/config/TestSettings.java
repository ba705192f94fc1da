package org.evidencedesk.shared.config;

import java.util.Map;
import java.util.Properties;

/** Settings for tests outside this package: the embedded defaults, with only the given values set. */
public final class TestSettings {

    private TestSettings() {
    }

    public static Settings of(Map<String, String> values) {
        Properties system = new Properties();
        system.putAll(values);
        return Settings.resolve(new Properties(), Map.of(), system);
    }
}
