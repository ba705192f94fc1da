package org.evidencedesk.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.evidencedesk.shared.StaleFiles;
import org.evidencedesk.shared.config.Settings;

/**
 * Clears what interrupted and abandoned uploads leave on the data disk, at start-up and as the background job
 * {@link UploadDebrisJob} (at every start and every night at 03:30 court time): the store's temporary files and the
 * servlet container's of uploads cut off mid-way (a crash, a client gone), and blobs uploaded but never submitted, once no evidence or ruling names them and their grace
 * period ({@code evidencedesk.blobs.unregistered.grace}) has passed, with the API's submissions whose metadata never came. Without it, any counsel could fill the disk
 * by uploading without submitting. Each run ends with one log line saying what it removed.
 */
@ApplicationScoped
public class UploadDebris {

    private static final Logger LOG = Logger.getLogger(UploadDebris.class.getName());
    /** Uploads in progress write continually: a temporary file untouched this long belongs to none. */
    private static final Duration TEMPORARY_AGE = Duration.ofMinutes(10);
    /** The servlet container's name for the file of an uploaded part (Payara's PartItem: upload_UID_counter.tmp). */
    private static final String CONTAINER_PART = "upload_*_*.tmp";
    private static final int PAGE = 500;

    @Inject
    private BlobStore blobs;

    @Inject
    private UnregisteredBlobRemoval removal;

    @Inject
    private KeyedSubmissions submissions;

    @Inject
    private Settings settings;

    @Inject
    private Clock clock;

    private volatile Optional<Path> containerTemporary = Optional.empty();

    /** What one run removed. */
    public record Removed(int temporaryFiles, int blobs, long blobBytes) {
    }

    /**
     * Called once at start-up with the directory where the servlet container spools uploads: temporary files are
     * swept now, before the first upload arrives. Unregistered blobs (a walk over the whole store) are left to
     * {@link UploadDebrisJob}, due at every start and every night.
     */
    public void start(Optional<Path> containerTemporaryDirectory) {
        containerTemporary = containerTemporaryDirectory.map(path -> path.toAbsolutePath().normalize());
        int swept = sweepTemporaryFiles();
        LOG.info(() -> "Upload debris at start-up: " + swept + " temporary file(s) of interrupted uploads removed");
    }

    /** Removes temporary files and unregistered blobs past their age; logs and returns what went. */
    public Removed run() {
        Duration grace = settings.unregisteredBlobGrace();
        int temporary = sweepTemporaryFiles();
        Instant cutoff = clock.instant().minus(grace);
        // Submissions by key whose metadata never came go first: their content is then debris like any other upload's.
        int forgotten = submissions.forgetReceivedBefore(cutoff);
        int removed = 0;
        long bytes = 0;
        for (BlobStore.Kept blob : unnamedCandidates(cutoff)) {
            Optional<Long> size = removeQuietly(blob, cutoff);
            if (size.isPresent()) {
                removed++;
                bytes += size.get();
            }
        }
        // Rows of uploads that evidence now names, or whose file the store no longer has: settled the same way.
        String after = "";
        for (List<String> page = removal.rowsBefore(cutoff, after, PAGE); !page.isEmpty(); page = removal.rowsBefore(cutoff, after, PAGE)) {
            for (String sha256 : page) {
                removeQuietly(new BlobStore.Kept(sha256, cutoff, 0), cutoff);
                after = sha256;
            }
        }
        Removed result = new Removed(temporary, removed, bytes);
        LOG.info(() -> "Upload debris: " + result.temporaryFiles() + " temporary file(s) and " + result.blobs()
                + " unregistered blob(s) (" + Bytes.readable(result.blobBytes()) + ") removed, " + forgotten
                + " keyed submission(s) without metadata forgotten; grace " + grace);
        return result;
    }

    /** Blobs last written before the cutoff that nothing names, read without locks (each is checked again under one). */
    private List<BlobStore.Kept> unnamedCandidates(Instant cutoff) {
        try (Stream<BlobStore.Kept> kept = blobs.kept()) {
            return kept.filter(blob -> blob.writtenAt().isBefore(cutoff))
                    .filter(blob -> !removal.named(blob.sha256()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("The evidence store could not be listed", e);
        }
    }

    private Optional<Long> removeQuietly(BlobStore.Kept blob, Instant cutoff) {
        try {
            return removal.removeIfUnregistered(blob.sha256(), blob.writtenAt(), blob.size(), cutoff);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Upload debris: blob " + blob.sha256() + " left in place for now", e);
            return Optional.empty();
        }
    }

    /** The store's own temporary files and the container's spooled parts, untouched for the temporary age or the grace. */
    private int sweepTemporaryFiles() {
        Duration age = min(TEMPORARY_AGE, settings.unregisteredBlobGrace());
        try {
            int removed = blobs.sweepTemporaryFiles(age);
            if (containerTemporary.isPresent()) {
                removed += sweepContainerParts(containerTemporary.get(), clock.instant().minus(age));
            }
            return removed;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Upload debris: temporary files could not all be swept", e);
            return 0;
        }
    }

    /** Only files named as the container names uploaded parts, directly in its directory: nothing else there is ours. */
    static int sweepContainerParts(Path directory, Instant cutoff) throws IOException {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        return StaleFiles.removeWrittenBefore(directory, CONTAINER_PART, cutoff);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
