package org.evidencedesk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.evidencedesk.shared.Sha256;

/**
 * A file to submit: where it is, its path relative to the folder it was found in (what the sidecar and the
 * idempotency key name it by; its name alone when it was given as a file), and its size.
 */
record LocalFile(Path path, String relativePath, long size) {

    String name() {
        return path.getFileName().toString();
    }

    /** Its SHA-256 in lower-case hex, read from disk in blocks, never the whole file in memory. */
    String sha256() throws IOException {
        MessageDigest digest = Sha256.newDigest();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(path)) {
            for (int read; (read = in.read(buffer)) != -1; ) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
