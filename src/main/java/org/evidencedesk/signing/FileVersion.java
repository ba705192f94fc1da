package org.evidencedesk.signing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;

/**
 * Which version of a file is on disk, cheaply (one attribute read): a rotation of the keystore, or a new root CRL
 * from {@code ./pki}, writes a new file and moves it over the old one, so its modification time and its identity
 * change. What reads such a file while the server runs compares versions and reloads only when it changed.
 */
final class FileVersion {

    private FileVersion() {
    }

    /** The file's version, or empty if it cannot be read now (then what was loaded stays in use). */
    static Optional<Object> of(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return Optional.of(attributes.fileKey() == null ? attributes.lastModifiedTime()
                    : List.of(attributes.lastModifiedTime(), attributes.fileKey()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
