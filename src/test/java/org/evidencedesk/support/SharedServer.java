package org.evidencedesk.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One Payara Micro running the built war for every web and browser test of the run: started by the
 * first test class that needs it, stopped when the test JVM ends. A deployment costs about 50 s here,
 * so the web tests share this one instead of deploying per class.
 */
public final class SharedServer implements BeforeAllCallback {

    public static final String ADMIN_PASSWORD = "Root-Of-Trust-Test-2026";
    private static final Path TARGET = Path.of(System.getProperty("project.build.directory", "target")).toAbsolutePath();

    private static ServerProcess instance;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (SharedServer.class) {
            if (instance == null) {
                instance = ServerProcess.start(TARGET.resolve("web-it"), true);
                Runtime.getRuntime().addShutdownHook(new Thread(instance::stop));
            }
        }
    }

    /** The server's base URL, ending in a slash. */
    public static String baseUrl() {
        if (instance == null) {
            throw new IllegalStateException("Annotate the test class with @ExtendWith(SharedServer.class)");
        }
        return instance.baseUrl();
    }

    /** The server's HTTPS base URL (a self-signed certificate; see {@link WebClient#overHttps}), ending in a slash. */
    public static String httpsBaseUrl() {
        baseUrl();
        return instance.httpsBaseUrl();
    }

    /** A connection to the server's database from this JVM, standing in for another node of a cluster. */
    public static Connection openDatabase() throws SQLException {
        baseUrl();
        return instance.openDatabase();
    }

    public static Path dataDirectory() {
        return instance.dataDirectory();
    }

    /** See {@link ServerProcess#contextTemporaryDirectory()}. */
    public static Path contextTemporaryDirectory() {
        return instance.contextTemporaryDirectory();
    }

    /** See {@link ServerProcess#exportSpool()}. */
    public static List<Path> exportSpool() throws IOException {
        return instance.exportSpool();
    }

    /** How many error traces the server has written ({@code logs/errors} in its data directory, one file each). */
    public static long errorTraces() throws IOException {
        Path traces = dataDirectory().resolve("logs/errors");
        if (!Files.isDirectory(traces)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(traces)) {
            return files.count();
        }
    }

    /** The server's log so far, for a failing test to show. */
    public static String log() throws IOException {
        return instance.log();
    }

    /** The shared server's heap in use after a full collection, in bytes. */
    public static long heapUsedAfterFullGc() throws IOException, InterruptedException {
        baseUrl();
        return instance.heapUsedAfterFullGc();
    }
}
