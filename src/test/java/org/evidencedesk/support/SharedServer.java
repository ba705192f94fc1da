package org.evidencedesk.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One Payara Micro running the built war for every web and browser test of the run: started by the
 * first test class that needs it, stopped when the test JVM ends. A deployment costs about 50 s here,
 * so the web tests share this one instead of deploying per class.
 */
public final class SharedServer implements BeforeAllCallback {

    public static final String ADMIN_PASSWORD = "Root-Of-Trust-Test-2026";
    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(4);
    private static final Path TARGET = Path.of(System.getProperty("project.build.directory", "target")).toAbsolutePath();

    private static Instance instance;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (SharedServer.class) {
            if (instance == null) {
                instance = Instance.start();
                Runtime.getRuntime().addShutdownHook(new Thread(instance::stop));
            }
        }
    }

    /** The server's base URL, ending in a slash. */
    public static String baseUrl() {
        if (instance == null) {
            throw new IllegalStateException("Annotate the test class with @ExtendWith(SharedServer.class)");
        }
        return instance.baseUrl;
    }

    public static Path dataDirectory() {
        return instance.dataDirectory;
    }

    /** The server's log so far, for a failing test to show. */
    public static String log() throws IOException {
        return Files.readString(instance.log);
    }

    private static final class Instance {
        private final Process process;
        private final String baseUrl;
        private final Path dataDirectory;
        private final Path log;

        private Instance(Process process, String baseUrl, Path dataDirectory, Path log) {
            this.process = process;
            this.baseUrl = baseUrl;
            this.dataDirectory = dataDirectory;
            this.log = log;
        }

        static Instance start() throws IOException, InterruptedException {
            Path root = TARGET.resolve("web-it");
            deleteRecursively(root);
            Path dataDirectory = Files.createDirectories(root.resolve("data"));
            int port = freePort();
            Path properties = writeSystemProperties(root, dataDirectory, port);
            Path log = root.resolve("server.log");
            Process process = new ProcessBuilder(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-Dfile.encoding=UTF-8",
                    "-jar", TARGET.resolve("payara-micro.jar").toString(),
                    "--deploy", TARGET.resolve("evidence-desk.war").toString(),
                    "--contextroot", "/",
                    "--port", String.valueOf(port),
                    "--nocluster",
                    "--systemproperties", properties.toString(),
                    "--rootdir", root.resolve("payara").toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            Instance instance = new Instance(process, "http://localhost:" + port + "/", dataDirectory, log);
            instance.awaitReady();
            return instance;
        }

        private static Path writeSystemProperties(Path root, Path dataDirectory, int port) throws IOException {
            Properties properties = new Properties();
            properties.setProperty("evidencedesk.data.dir", dataDirectory.toString());
            properties.setProperty("evidencedesk.db.url", "jdbc:h2:file:" + dataDirectory.resolve("db/evidencedesk"));
            properties.setProperty("evidencedesk.db.user", "sa");
            properties.setProperty("evidencedesk.db.password", "");
            properties.setProperty("evidencedesk.db.datasource-class", "org.h2.jdbcx.JdbcDataSource");
            properties.setProperty("evidencedesk.http.port", String.valueOf(port));
            properties.setProperty("evidencedesk.admin.password", ADMIN_PASSWORD);
            properties.setProperty("evidencedesk.demo", "true");
            Path file = root.resolve("system.properties");
            try (OutputStream out = Files.newOutputStream(file)) {
                properties.store(out, "web tests");
            }
            return file;
        }

        private void awaitReady() throws IOException, InterruptedException {
            Instant giveUp = Instant.now().plus(STARTUP_LIMIT);
            while (Instant.now().isBefore(giveUp)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Payara Micro exited during start-up:\n" + Files.readString(log));
                }
                String sofar = Files.readString(log);
                if (sofar.contains("failed due to previous errors") || sofar.contains("Exception while loading the app")) {
                    stop();
                    throw new IllegalStateException("The application failed to deploy:\n" + Files.readString(log));
                }
                if (answers(baseUrl + "health/ready")) {
                    return;
                }
                TimeUnit.MILLISECONDS.sleep(500);
            }
            stop();
            throw new IllegalStateException("Payara Micro did not become ready within " + STARTUP_LIMIT + ":\n" + Files.readString(log));
        }

        private static boolean answers(String url) {
            try {
                HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
                connection.setConnectTimeout(1000);
                connection.setReadTimeout(5000);
                return connection.getResponseCode() == 200;
            } catch (IOException e) {
                return false;
            }
        }

        void stop() {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }

        private static void deleteRecursively(Path root) throws IOException {
            if (Files.exists(root)) {
                try (var paths = Files.walk(root)) {
                    paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
        }
    }
}
