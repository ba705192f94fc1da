package org.evidencedesk.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One Payara Micro process running the built war on a free port, for tests that talk to the application
 * over HTTP: {@link SharedServer} keeps one for the whole run; a test that must restart the server starts
 * its own.
 */
public final class ServerProcess {

    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(8);
    private static final Path TARGET = Path.of(System.getProperty("project.build.directory", "target")).toAbsolutePath();

    private final Process process;
    private final String baseUrl;
    private final String httpsBaseUrl;
    private final Path dataDirectory;
    private final Path log;
    /** Where this start's lines begin in the log file, which a later start on the same root appends to. */
    private final long logStart;

    private ServerProcess(Process process, String baseUrl, String httpsBaseUrl, Path dataDirectory, Path log,
                          long logStart) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.httpsBaseUrl = httpsBaseUrl;
        this.dataDirectory = dataDirectory;
        this.log = log;
        this.logStart = logStart;
    }

    /**
     * Starts Payara Micro with the built war, the demo data and the test administrator password, keeping
     * everything under {@code root}; with {@code fresh}, whatever an earlier run left there is removed first.
     */
    public static ServerProcess start(Path root, boolean fresh) throws IOException, InterruptedException {
        return start(root, fresh, Map.of());
    }

    /**
     * As {@link #start(Path, boolean)}, with some settings other than the tests' usual ones; an empty value unsets
     * one (an empty {@code evidencedesk.admin.password} has the administrator's password generated).
     */
    public static ServerProcess start(Path root, boolean fresh, Map<String, String> settings) throws IOException, InterruptedException {
        if (fresh) {
            deleteRecursively(root);
        }
        // As ./run does (Launcher.clearPayaraRoot): Payara Micro's own folder of the last start would make it load the
        // application it kept there before deploying the war again, a second deployment.
        deleteRecursively(root.resolve("payara"));
        Path dataDirectory = Files.createDirectories(root.resolve("data"));
        int port = freePort();
        int httpsPort = freePort();
        Path properties = writeSystemProperties(root, dataDirectory, port, settings);
        Path log = root.resolve("server.log");
        long logBefore = Files.exists(log) ? Files.size(log) : 0;
        Process process = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Dfile.encoding=UTF-8",
                "-jar", TARGET.resolve("payara-micro.jar").toString(),
                "--deploy", TARGET.resolve("evidence-desk.war").toString(),
                "--contextroot", "/",
                "--port", String.valueOf(port),
                // Payara Micro's own self-signed certificate: enough for the tests of what changes over HTTPS.
                "--sslport", String.valueOf(httpsPort),
                "--nocluster",
                "--prebootcommandfile", Path.of("config", "payara-preboot.asadmin").toAbsolutePath().toString(),
                "--systemproperties", properties.toString(),
                "--rootdir", root.resolve("payara").toString()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        ServerProcess instance = new ServerProcess(process, "http://localhost:" + port + "/",
                "https://localhost:" + httpsPort + "/", dataDirectory, log, logBefore);
        instance.awaitReady();
        return instance;
    }

    private static Path writeSystemProperties(Path root, Path dataDirectory, int port, Map<String, String> settings)
            throws IOException {
        Properties properties = new Properties();
        properties.setProperty("evidencedesk.data.dir", dataDirectory.toString());
        properties.setProperty("evidencedesk.db.url", databaseUrl(dataDirectory));
        properties.setProperty("evidencedesk.db.user", "sa");
        properties.setProperty("evidencedesk.db.password", "");
        properties.setProperty("evidencedesk.db.datasource-class", "org.h2.jdbcx.JdbcDataSource");
        properties.setProperty("evidencedesk.http.port", String.valueOf(port));
        properties.setProperty("evidencedesk.admin.password", SharedServer.ADMIN_PASSWORD);
        properties.setProperty("evidencedesk.demo", "true");
        // The suite logs in and stamps many times from 127.0.0.1: limits generous enough never to be met.
        // ThrottleWebIT proves the limits on a server of its own with low ones.
        properties.setProperty("evidencedesk.ratelimit.tsa", "100000/min");
        properties.setProperty("evidencedesk.ratelimit.ocsp", "100000/min");
        properties.setProperty("evidencedesk.ratelimit.verify", "100000/min");
        properties.setProperty("evidencedesk.ratelimit.login", "100000/min");
        properties.setProperty("evidencedesk.ratelimit.api", "100000/min");
        // Below the 900 MB proof of the bad-input corpus, which the verifier must refuse from its headers.
        properties.setProperty("evidencedesk.verify.bundle.limit", "512MiB");
        properties.putAll(settings);
        Path file = root.resolve("system.properties");
        try (OutputStream out = Files.newOutputStream(file)) {
            properties.store(out, "web tests");
        }
        return file;
    }

    /**
     * The H2 file database, opened so that a second process can connect while the server has it open (the first
     * to open it serves it to the others over TCP): tests change it directly the way another node would.
     */
    private static String databaseUrl(Path dataDirectory) {
        return "jdbc:h2:file:" + dataDirectory.resolve("db/evidencedesk") + ";AUTO_SERVER=TRUE";
    }

    /** A connection to the server's database, from outside the server (as another node would have). */
    public Connection openDatabase() throws SQLException {
        return DriverManager.getConnection(databaseUrl(dataDirectory), "sa", "");
    }

    /**
     * Waits until Payara Micro says it is ready and the application answers. Both: had Payara Micro kept an earlier
     * deployment in its folder, it would start that one, which answers, and then deploy the war it was given again,
     * taking the application away for a moment (a 503).
     */
    private void awaitReady() throws IOException, InterruptedException {
        Instant giveUp = Instant.now().plus(STARTUP_LIMIT);
        while (Instant.now().isBefore(giveUp)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited during start-up:\n" + log());
            }
            String sofar = log();
            if (sofar.contains("failed due to previous errors") || sofar.contains("Exception while loading the app")) {
                stop();
                throw new IllegalStateException("The application failed to deploy:\n" + log());
            }
            // Health may answer before the application's pages do: wait for both.
            if (sofar.contains(") ready in ") && answers(baseUrl + "health/ready") && answers(baseUrl + "login.xhtml")) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        stop();
        throw new IllegalStateException("Payara Micro did not become ready within " + STARTUP_LIMIT + ":\n" + log());
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

    public void stop() {
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

    /** Kills the server at once (SIGKILL), as a crash or a pulled plug would stop it: nothing of it runs on. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
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

    public String baseUrl() {
        return baseUrl;
    }

    /** The same application over HTTPS, with a self-signed certificate. */
    public String httpsBaseUrl() {
        return httpsBaseUrl;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** The context's temporary directory: the container spools uploads there, and the verifier makes its folders. */
    public Path contextTemporaryDirectory() {
        return dataDirectory.resolveSibling("payara/generated/jsp/evidence-desk");
    }

    /** What bundle exports spool while they stream (their parts and custody log): {@code tmp} in the data directory. */
    public List<Path> exportSpool() throws IOException {
        Path temporary = dataDirectory.resolve("tmp");
        if (!Files.isDirectory(temporary)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(temporary)) {
            return files.filter(file -> file.getFileName().toString().matches("(bundle-parts|custody-log)-.*"))
                    .toList();
        }
    }

    /** What this start of the server has logged so far: an earlier start's lines in the same file are not part of it. */
    public String log() throws IOException {
        byte[] whole = Files.readAllBytes(log);
        int from = (int) Math.min(logStart, whole.length);
        return new String(whole, from, whole.length - from, StandardCharsets.UTF_8);
    }

    /**
     * The server's heap in use right after a full collection, in bytes: {@code jcmd GC.run}, then the sum of the
     * "used" figures of {@code GC.heap_info}'s heap lines (one line for G1, one per generation for the others).
     */
    public long heapUsedAfterFullGc() throws IOException, InterruptedException {
        jcmd("GC.run");
        long usedKiB = 0;
        for (String line : jcmd("GC.heap_info").lines().toList()) {
            java.util.regex.Matcher used = java.util.regex.Pattern.compile("total \\d+K, used (\\d+)K").matcher(line);
            if (used.find() && !line.contains("Metaspace") && !line.contains("class space")) {
                usedKiB += Long.parseLong(used.group(1));
            }
        }
        if (usedKiB == 0) {
            throw new IllegalStateException("No heap figures from jcmd GC.heap_info");
        }
        return usedKiB * 1024;
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(process.pid()), command).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!jcmd.waitFor(60, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed: " + output);
        }
        return output;
    }
}
