package org.evidencedesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code export CASE [--side S | --status S | --items P-001,P-002] [-o FILE]}: streams the case's bundle to a file
 * with a progress line. It is written under a temporary name beside the target and renamed only once every byte the
 * server announced has arrived, so a file of that name is always a whole bundle.
 */
final class ExportCommand {

    private static final Pattern FILENAME_UTF8 = Pattern.compile("filename\\*=UTF-8''([^;]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern FILENAME = Pattern.compile("filename=\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);

    private ExportCommand() {
    }

    static ExitCode run(Session session, List<String> arguments) {
        Options options = Options.parse(arguments, Set.of("--side", "--status", "--items", "--output"), Set.of(), Map.of("-o", "--output"));
        if (options.positional().size() != 1) {
            throw new CommandFailure(ExitCode.USAGE, "cli.usage.export");
        }
        long caseId = session.caseId(options.positional().get(0));
        Api api = session.api();
        String path = "/cases/" + caseId + "/bundle" + selection(api, caseId, options);
        HttpResponse<InputStream> response = api.stream(path, "application/vnd.etsi.asic-e+zip, application/zip, application/problem+json");
        if (response.statusCode() != 200) {
            try (InputStream body = response.body()) {
                throw new Answer(response.statusCode(), response.headers(), body.readNBytes(64 * 1024)).failure();
            } catch (IOException e) {
                throw new CommandFailure(ExitCode.UNAVAILABLE, "cli.server.unreachable", api.login().server(), Api.reason(e));
            }
        }
        Path target = options.value("--output").map(Path::of)
                .orElseGet(() -> Path.of(suggestedName(response).orElse("case-" + caseId + ".asice")));
        long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        long written = save(response, target, length, session);
        if (session.json()) {
            session.out().println(Json.write(Json.object().put("case", caseId).put("file", target.toAbsolutePath().toString()).put("size", written)));
        } else {
            session.out().println(session.texts().say("cli.export.done", target, Progress.size(written)));
        }
        return ExitCode.OK;
    }

    /** The query of the selection; exhibit numbers become the item ids the API takes. */
    private static String selection(Api api, long caseId, Options options) {
        List<String> chosen = new ArrayList<>();
        options.value("--side").ifPresent(side -> chosen.add("side=" + Api.encoded(side)));
        options.value("--status").ifPresent(status -> chosen.add("status=" + Api.encoded(status)));
        List<String> exhibits = options.values("--items");
        if (!exhibits.isEmpty()) {
            chosen.add("items=" + String.join(",", itemIds(api, caseId, exhibits)));
        }
        if (chosen.size() > 1) {
            throw new CommandFailure(ExitCode.USAGE, "cli.usage.exportSelection");
        }
        return chosen.isEmpty() ? "" : "?" + chosen.get(0);
    }

    private static List<String> itemIds(Api api, long caseId, List<String> exhibits) {
        Map<String, String> idByExhibit = new HashMap<>();
        for (JsonNode item : Pages.all(api, "/cases/" + caseId + "/items")) {
            idByExhibit.put(Json.text(item, "exhibit"), Json.text(item, "id"));
        }
        List<String> ids = new ArrayList<>();
        for (String exhibit : exhibits) {
            String id = idByExhibit.get(exhibit);
            if (id == null) {
                throw new CommandFailure(ExitCode.USAGE, "cli.export.unknownExhibit", exhibit, String.valueOf(caseId));
            }
            ids.add(id);
        }
        return ids;
    }

    private static long save(HttpResponse<InputStream> response, Path target, long length, Session session) {
        Path folder = Optional.ofNullable(target.toAbsolutePath().getParent()).orElse(Path.of("."));
        Path partial = null;
        try (InputStream body = response.body()) {
            partial = Files.createTempFile(folder, "." + target.getFileName(), ".part");
            long written = copy(body, partial, length, session);
            if (length >= 0 && written != length) {
                throw new CommandFailure(ExitCode.UNAVAILABLE, "cli.export.cut", String.valueOf(written), String.valueOf(length));
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return written;
        } catch (IOException e) {
            throw new CommandFailure(ExitCode.UNAVAILABLE, "cli.export.failed", target, Api.reason(e));
        } finally {
            deleteQuietly(partial);
        }
    }

    private static long copy(InputStream body, Path partial, long length, Session session) throws IOException {
        PrintStream line = session.progressOut();
        boolean redraw = session.terminal() && !session.json();
        byte[] buffer = new byte[1 << 16];
        long written = 0;
        long shownAt = 0;
        try (OutputStream out = Files.newOutputStream(partial)) {
            for (int read; (read = body.read(buffer)) != -1; ) {
                out.write(buffer, 0, read);
                written += read;
                if (redraw && written - shownAt >= (1 << 20)) {
                    shownAt = written;
                    line.print("\r" + progress(written, length, session.texts()));
                }
            }
        }
        line.print((redraw ? "\r" : "") + progress(written, length, session.texts()) + "\n");
        return written;
    }

    private static String progress(long written, long length, Texts texts) {
        return length > 0
                ? Progress.bar(written, length, 24) + " " + Progress.percent(written, length) + " " + texts.say("cli.export.progress", Progress.size(written), Progress.size(length))
                : texts.say("cli.export.progressUnknown", Progress.size(written));
    }

    /** The name the server suggests (the page's: case number and "evidence"), without any folder in it. */
    static Optional<String> suggestedName(HttpResponse<?> response) {
        Optional<String> disposition = response.headers().firstValue("Content-Disposition");
        Optional<String> name = disposition.flatMap(value -> group(FILENAME_UTF8.matcher(value)).map(encoded -> URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8)))
                .or(() -> disposition.flatMap(value -> group(FILENAME.matcher(value))));
        return name.map(value -> value.replaceAll("[/\\\\:\\x00-\\x1f]", "_").strip())
                .filter(value -> !value.isEmpty() && !value.startsWith("."));
    }

    private static Optional<String> group(Matcher matcher) {
        return matcher.find() ? Optional.of(matcher.group(1).strip()) : Optional.empty();
    }

    private static void deleteQuietly(Path partial) {
        if (partial != null) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                // a leftover .part file is harmless and says what it is
            }
        }
    }
}
