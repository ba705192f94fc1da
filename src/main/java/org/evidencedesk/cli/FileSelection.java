package org.evidencedesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files a {@code submit} names: each file given, and every regular file under each folder given (hidden files and
 * the metadata sidecar left out), in the order of their relative paths, so every run sees them the same way.
 */
final class FileSelection {

    private FileSelection() {
    }

    static List<LocalFile> of(List<String> arguments, Optional<Path> sidecar) {
        List<LocalFile> files = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Optional<Path> excluded = sidecar.map(path -> path.toAbsolutePath().normalize());
        for (String argument : arguments) {
            Path given = Path.of(argument).toAbsolutePath().normalize();
            List<LocalFile> found;
            if (Files.isDirectory(given)) {
                found = under(given, excluded);
            } else if (Files.isRegularFile(given)) {
                found = List.of(file(given, given.getFileName().toString()));
            } else {
                throw new CommandFailure(ExitCode.USAGE, "cli.submit.noSuchFile", argument);
            }
            for (LocalFile file : found) {
                if (!seen.add(file.relativePath())) {
                    throw new CommandFailure(ExitCode.USAGE, "cli.submit.sameName", file.relativePath());
                }
                files.add(file);
            }
        }
        if (files.isEmpty()) {
            throw new CommandFailure(ExitCode.USAGE, "cli.submit.nothing");
        }
        return files;
    }

    private static List<LocalFile> under(Path folder, Optional<Path> excluded) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(path -> excluded.map(sidecar -> !sidecar.equals(path)).orElse(true))
                    .filter(path -> !hidden(folder.relativize(path)))
                    .map(path -> file(path, folder.relativize(path).toString().replace('\\', '/')))
                    .sorted(Comparator.comparing(LocalFile::relativePath))
                    .toList();
        } catch (IOException e) {
            throw new CommandFailure(ExitCode.USAGE, "cli.submit.unreadableFolder", folder, Api.reason(e));
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static LocalFile file(Path path, String relativePath) {
        try {
            return new LocalFile(path, relativePath, Files.size(path));
        } catch (IOException e) {
            throw new CommandFailure(ExitCode.USAGE, "cli.submit.noSuchFile", path);
        }
    }
}
