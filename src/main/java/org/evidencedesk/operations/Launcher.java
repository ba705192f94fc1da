package org.evidencedesk.operations;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.evidencedesk.documents.DocumentFont;
import org.evidencedesk.identity.BootstrapAdministrator;
import org.evidencedesk.identity.PasswordPolicy;
import org.evidencedesk.rules.RuleSetFiles;
import org.evidencedesk.shared.BusinessException;
import org.evidencedesk.shared.config.ConfigurationException;
import org.evidencedesk.shared.config.DataDirectory;
import org.evidencedesk.shared.config.Setting;
import org.evidencedesk.shared.config.Settings;
import org.evidencedesk.signing.ExternalAuthority;

/**
 * Checks the configuration before Payara Micro starts, so that a bad value stops start-up with one
 * clear line instead of a deployment failure. On success it writes the resolved settings the server
 * needs as a system-properties file (owner-only, it may hold the database password) and prints the
 * arguments of the {@code java} command that starts Payara Micro, one per line, for {@code ./run}.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        try {
            Path target = Path.of(args.length > 0 ? args[0] : "target");
            prepare(Settings.current(), target).forEach(System.out::println);
        } catch (ConfigurationException e) {
            System.err.println("Evidence Desk cannot start: " + e.getMessage());
            System.exit(2);
        }
    }

    static List<String> prepare(Settings settings, Path target) {
        settings.timeZone();
        settings.defaultLocale();
        settings.rulingsLocale();
        settings.uploadLimitBytes();
        settings.sm3Lanes();
        settings.loginChecks();
        settings.loginWaiting();
        settings.anonymousSessions();
        settings.tsaRefusalPause();
        settings.loginBusyPause();
        settings.verifierBundleLimitBytes();
        settings.diskReserveBytes();
        settings.tsaRateLimit();
        settings.ocspRateLimit();
        settings.verifyRateLimit();
        settings.loginRateLimit();
        settings.unregisteredBlobGrace();
        settings.sha256EndOfLife();
        settings.heap();
        settings.caseNumberPattern();
        settings.sweepTime();
        settings.renewalTime();
        settings.renewalMargin();
        settings.tsaTrust();
        settings.tsaPin();
        settings.tsaPolicy();
        settings.pkiPublicBaseUrl();
        settings.pkiLeafValidity();
        settings.pkiRenewBefore();
        ExternalAuthority.configured(settings);
        checkPdfFont(settings);
        checkAdminPassword(settings);
        RuleSetFiles.load(settings.rulesDirectory());
        int port = settings.httpPort();
        Path dataDirectory = DataDirectory.prepare(settings.dataDirectory());
        checkPortFree(port);
        checkDatabase(settings);
        Path systemProperties = writeSystemProperties(settings, dataDirectory.resolve("run"));
        Path payaraRoot = clearPayaraRoot(dataDirectory.resolve("payara"));
        List<String> command = new ArrayList<>(List.of("-Xmx" + settings.heap(), "-Dfile.encoding=UTF-8",
                "-Dsun.stdout.encoding=UTF-8"));
        command.addAll(threadPriorities());
        command.addAll(List.of(
                "-jar", target.resolve("payara-micro.jar").toAbsolutePath().toString(),
                "--deploy", target.resolve("evidence-desk.war").toAbsolutePath().toString(),
                "--contextroot", "/",
                "--port", String.valueOf(port),
                "--systemproperties", systemProperties.toString(),
                // Clustering and the data grid are off: one server, no shared sessions or caches.
                "--nocluster", "--nohazelcast",
                // The HTTP listeners read at most 1 MiB of a refused body before closing the connection (see the file).
                "--prebootcommandfile", Settings.configDirectory().resolve("payara-preboot.asadmin").toString(),
                "--rootdir", payaraRoot.toString()));
        return List.copyOf(command);
    }

    /**
     * JVM flags that make the lowest Java priority Linux's lowest, nice 19, and every other priority nice 0, as without
     * them. Threads of the lowest priority (the uploads' hashing, see {@code HashingThreads}) then get the processor
     * mostly when nothing else wants it: the scheduler weighs a nice-19 thread at 15 against 1,024 for the others.
     * (The password checks ran at nice 10 in the sixteenth round; see {@code PasswordCheckThreads} for why no longer.)
     * Without the policy flag the JVM ignores Java priorities on Linux; with it alone, its compiler and collector
     * threads would take nice -4 when run as root. Run by another user than root, the JVM warns at start that
     * priority changes may be ignored: lowering a thread's is allowed to anyone, so the hashing threads still yield.
     */
    static List<String> threadPriorities() {
        List<String> flags = new ArrayList<>(List.of("-XX:ThreadPriorityPolicy=1", "-XX:JavaPriority1_To_OSPriority=19"));
        for (int priority = Thread.MIN_PRIORITY + 1; priority <= Thread.MAX_PRIORITY; priority++) {
            flags.add("-XX:JavaPriority" + priority + "_To_OSPriority=0");
        }
        return flags;
    }

    /**
     * Empties Payara Micro's root directory of the previous run, its logs excepted. Payara records every deployment in
     * the root directory's domain.xml and loads it again at the next start before {@code --deploy} replaces it: on a
     * reused root directory the WAR was deployed twice, which doubled the time to a restart (issue 16). Payara Micro
     * unpacks what it needs afresh, as on a first start.
     */
    static Path clearPayaraRoot(Path root) {
        try {
            if (Files.isDirectory(root)) {
                try (Stream<Path> entries = Files.list(root)) {
                    for (Path entry : entries.filter(entry -> !entry.getFileName().toString().equals("logs")).toList()) {
                        deleteTree(entry);
                    }
                }
            }
            return root;
        } catch (IOException e) {
            throw new ConfigurationException("Cannot clear Payara Micro's folder " + root + ": " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path path) throws IOException {
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> children = Files.list(path)) {
                for (Path child : children.toList()) {
                    deleteTree(child);
                }
            }
        }
        Files.deleteIfExists(path);
    }

    static void checkAdminPassword(Settings settings) {
        settings.adminPassword().ifPresent(password -> {
            try {
                PasswordPolicy.check(password, BootstrapAdministrator.USERNAME);
            } catch (BusinessException e) {
                throw new ConfigurationException(Setting.ADMIN_PASSWORD.environmentName() + " is too weak: it needs at least "
                        + PasswordPolicy.MIN_LENGTH + " characters, must not be a common password and must not contain '"
                        + BootstrapAdministrator.USERNAME + "'.");
            }
        });
    }

    /** The font must not only exist but be one PDFBox can embed, with Chinese glyphs, or every ruling would fail. */
    static void checkPdfFont(Settings settings) {
        try {
            DocumentFont.at(settings.pdfFont());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("The PDF font " + e.getMessage() + " (" + Setting.PDF_FONT.key()
                    + "): install Debian's fonts-wqy-zenhei or set " + Setting.PDF_FONT.environmentName() + " to another TrueType font.");
        }
    }

    static void checkPortFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            throw new ConfigurationException("HTTP port " + port + " (" + Setting.HTTP_PORT.key() + ", "
                    + Setting.HTTP_PORT.environmentName() + ") is already in use: stop what holds it or choose another port.");
        }
    }

    static void checkDatabase(Settings settings) {
        String url = settings.databaseUrl();
        settings.database();
        DriverManager.setLoginTimeout(10);
        try (Connection connection = DriverManager.getConnection(url, settings.databaseUser(), settings.databasePassword())) {
            connection.isValid(5);
        } catch (SQLException e) {
            throw new ConfigurationException("Cannot connect to the database at " + url + " as '" + settings.databaseUser()
                    + "': " + firstLine(e.getMessage()));
        }
    }

    private static Path writeSystemProperties(Settings settings, Path runDirectory) {
        Properties properties = new Properties();
        properties.setProperty(Setting.DATA_DIR.key(), settings.dataDirectory().toString());
        properties.setProperty(Setting.DB_URL.key(), settings.databaseUrl());
        properties.setProperty(Setting.DB_USER.key(), settings.databaseUser());
        properties.setProperty(Setting.DB_PASSWORD.key(), settings.databasePassword());
        properties.setProperty(Settings.DATASOURCE_CLASS_PROPERTY, settings.database().dataSourceClass());
        properties.setProperty(Setting.HTTP_PORT.key(), String.valueOf(settings.httpPort()));
        properties.setProperty(Settings.CONFIG_DIR_PROPERTY, Settings.configDirectory().toString());
        properties.setProperty(Setting.RULES_DIR.key(), settings.rulesDirectory().toString());
        Path file = runDirectory.resolve("system.properties");
        try {
            Files.createDirectories(runDirectory);
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.TRUNCATE_EXISTING)) {
                properties.store(out, "Written by Evidence Desk at start-up; do not edit, change config/ or the environment instead.");
            }
            return file;
        } catch (IOException e) {
            throw new ConfigurationException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail given by the driver";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
