package org.evidencedesk.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The stored login, {@code ~/.config/evidence-desk/config.properties} ({@code $XDG_CONFIG_HOME} when set,
 * {@code EVIDENCE_DESK_CONFIG} naming the file itself). It holds a token, so it is never readable by anyone but its
 * owner, not even for a moment: the folder is created 700 (an existing {@code evidence-desk} folder is closed to 700
 * first; a folder {@code EVIDENCE_DESK_CONFIG} points into is the user's choice and left as it is) and the file is
 * written under a temporary name created 600, then moved over the old one.
 */
final class ConfigFile {

    static final String PATH_VARIABLE = "EVIDENCE_DESK_CONFIG";
    private static final String FOLDER = "evidence-desk";
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private final Path file;

    ConfigFile(Path file) {
        this.file = file.toAbsolutePath();
    }

    static ConfigFile fromEnvironment(Map<String, String> environment) {
        return new ConfigFile(location(environment, Path.of(System.getProperty("user.home"))));
    }

    static Path location(Map<String, String> environment, Path home) {
        String override = environment.get(PATH_VARIABLE);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String xdg = environment.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".config");
        return base.resolve(FOLDER).resolve("config.properties");
    }

    Path path() {
        return file;
    }

    Optional<Login> load() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new CommandFailure(ExitCode.USAGE, "cli.config.unreadable", file, Api.reason(e));
        }
        String server = properties.getProperty("server");
        String token = properties.getProperty("token");
        if (server == null || token == null) {
            return Optional.empty();
        }
        return Optional.of(new Login(server, token, properties.getProperty("rootSha256")));
    }

    void store(Login login) {
        Properties properties = new Properties();
        properties.setProperty("server", login.server());
        properties.setProperty("token", login.token());
        if (login.rootSha256() != null) {
            properties.setProperty("rootSha256", login.rootSha256());
        }
        try {
            Path folder = ownerOnlyFolder(file.getParent());
            Path temporary = POSIX
                    ? Files.createTempFile(folder, ".config", ".tmp", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                    : Files.createTempFile(folder, ".config", ".tmp");
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                properties.store(writer, "Evidence Desk command-line client: keep this file to yourself, it holds a token");
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(temporary);
                throw e;
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new CommandFailure(ExitCode.USAGE, "cli.config.unwritable", file, Api.reason(e));
        }
    }

    /** Deletes the stored login; false when there was none. */
    boolean delete() {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path ownerOnlyFolder(Path folder) throws IOException {
        if (!POSIX) {
            return Files.createDirectories(folder);
        }
        FileAttribute<?> ownerOnly = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));
        if (Files.isDirectory(folder)) {
            if (folder.getFileName().toString().equals(FOLDER)) {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            }
            return folder;
        }
        // Parents made here (e.g. ~/.config) are the user's too; createDirectories gives each the attribute.
        return Files.createDirectories(folder, ownerOnly);
    }
}
