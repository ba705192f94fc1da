package org.evidencedesk.bundle.verification;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.Part;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * One verification's uploads, kept in a folder of their own and removed when it is closed, whatever the verification
 * did. The folder lies in the context's temporary directory (under the data directory), where the container wrote
 * each part of a page's upload while parsing the request, so {@link #take(Part, String)} renames rather than copies;
 * a raw body of the API is written there as it arrives ({@link #receive}).
 */
public final class VerificationFolder implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(VerificationFolder.class.getName());
    /** The name every verification folder starts with, so that one left by a crash can be recognised. */
    public static final String PREFIX = "evidence-desk-verify-";

    private final Path location;
    private final Path folder;

    private VerificationFolder(Path location, Path folder) {
        this.location = location;
        this.folder = folder;
    }

    public static VerificationFolder create(ServletContext context) throws IOException {
        Path location = ((File) context.getAttribute(ServletContext.TEMPDIR)).toPath().toAbsolutePath().normalize();
        return new VerificationFolder(location, Files.createTempDirectory(location, PREFIX));
    }

    /** Moves the part's content here under {@code name} (Payara renames its temporary file, or copies across disks). */
    public Path take(Part part, String name) throws IOException {
        Path target = folder.resolve(name);
        part.write(location.relativize(target).toString());
        if (!Files.isRegularFile(target)) {
            throw new IOException("The servlet container did not move the upload to " + target);
        }
        return target;
    }

    /** Writes what the stream still holds here under {@code name}; the caller limits the stream. */
    public Path receive(InputStream body, String name) throws IOException {
        Path target = folder.resolve(name);
        Files.copy(body, target);
        return target;
    }

    @Override
    public void close() {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.warning(() -> "Could not remove the verification folder " + folder + ": " + e);
        }
    }
}
