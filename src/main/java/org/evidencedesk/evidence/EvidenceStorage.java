package org.evidencedesk.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import org.evidencedesk.shared.config.Settings;

/** The evidence store of this installation: {@code data/blobs}, content-addressed and write-once. */
@ApplicationScoped
public class EvidenceStorage {

    @Produces
    @ApplicationScoped
    BlobStore blobStore(Settings settings) {
        try {
            return new FileSystemBlobStore(settings.dataDirectory().resolve("blobs"), Clock.systemUTC(), Sm3Lanes.of(settings.sm3Lanes()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the evidence store under " + settings.dataDirectory(), e);
        }
    }
}
