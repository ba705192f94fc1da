package org.evidencedesk.shared.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The folder that holds everything Evidence Desk keeps; created on first start, checked on every start. */
public final class DataDirectory {

    private DataDirectory() {
    }

    public static Path prepare(Path directory) {
        try {
            Files.createDirectories(directory);
            Path probe = Files.createTempFile(directory, ".write-check", ".tmp");
            Files.delete(probe);
            return directory;
        } catch (IOException | SecurityException e) {
            throw new ConfigurationException("Data directory " + directory + " (" + Setting.DATA_DIR.key() + ", "
                    + Setting.DATA_DIR.environmentName() + ") is not writable: " + describe(e));
        }
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : " " + message);
    }
}
