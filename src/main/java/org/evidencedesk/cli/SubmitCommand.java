package org.evidencedesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code submit CASE FOLDER|FILE... [--metadata sidecar.csv|.json] [--parallel N]}: submits every file, N at a time,
 * each resumable on its own ({@link Submission}), and ends with a summary of what is on record and whether each
 * receipt verified. It ends {@link ExitCode#OK} only when every file is registered with a receipt that proves it.
 */
final class SubmitCommand {

    static final int DEFAULT_PARALLEL = 4;
    private static final int MOST_PARALLEL = 16;

    private SubmitCommand() {
    }

    static ExitCode run(Session session, List<String> arguments) {
        Options options = Options.parse(arguments, Set.of("--metadata", "--parallel"), Set.of(), Map.of());
        List<String> positional = options.positional();
        if (positional.size() < 2) {
            throw new CommandFailure(ExitCode.USAGE, "cli.usage.submit");
        }
        long caseId = session.caseId(positional.get(0));
        int parallel = parallel(options);
        Optional<Path> sidecarFile = options.value("--metadata").map(Path::of);
        Sidecar sidecar = sidecarFile.map(Sidecar::read).orElseGet(Sidecar::none);
        List<LocalFile> files = FileSelection.of(positional.subList(1, positional.size()), sidecarFile);

        Api api = session.api();
        requireScope(api, "submit");
        api.getJson("/cases/" + caseId);
        X509Certificate root = RootPin.pinned(api);
        ReceiptCheck receipts = new ReceiptCheck(root);
        long bytes = files.stream().mapToLong(LocalFile::size).sum();
        Progress progress = Progress.to(session.progressOut(), session.terminal() && !session.json(), session.texts(), files.size(), bytes);
        List<SubmittedFile> results = submitAll(new Submission(api, caseId, receipts, progress, session.texts()), files, sidecar, parallel);
        progress.close();

        if (session.json()) {
            session.out().println(Json.write(json(caseId, results)));
        } else {
            session.out().print(summary(results, session.texts()));
        }
        return results.stream().allMatch(SubmittedFile::proven) ? ExitCode.OK : ExitCode.FAILED;
    }

    /** Refuses up front a token that could not submit a single file, rather than failing every file alike. */
    private static void requireScope(Api api, String scope) {
        JsonNode scopes = api.getJson("/me").json().path("scopes");
        for (JsonNode held : scopes) {
            if (held.asText().equals(scope)) {
                return;
            }
        }
        throw new CommandFailure(ExitCode.NOT_AUTHORIZED, "cli.scope.missing", scope);
    }

    private static List<SubmittedFile> submitAll(Submission submission, List<LocalFile> files, Sidecar sidecar, int parallel) {
        ExecutorService senders = Executors.newFixedThreadPool(parallel, runnable -> {
            Thread thread = new Thread(runnable, "submit");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<SubmittedFile>> pending = new ArrayList<>();
            for (LocalFile file : files) {
                pending.add(senders.submit(() -> submission.submit(file, sidecar.metadataFor(file.relativePath()))));
            }
            List<SubmittedFile> results = new ArrayList<>();
            for (Future<SubmittedFile> result : pending) {
                results.add(result.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailure(ExitCode.UNAVAILABLE, "cli.interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CommandFailure failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            senders.shutdownNow();
        }
    }

    private static int parallel(Options options) {
        String value = options.value("--parallel").orElse(String.valueOf(DEFAULT_PARALLEL));
        try {
            int parallel = Integer.parseInt(value);
            if (parallel >= 1 && parallel <= MOST_PARALLEL) {
                return parallel;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new CommandFailure(ExitCode.USAGE, "cli.usage.parallel", value, String.valueOf(MOST_PARALLEL));
    }

    static ObjectNode json(long caseId, List<SubmittedFile> results) {
        ObjectNode json = Json.object();
        json.put("case", caseId);
        ArrayNode files = json.putArray("files");
        results.forEach(result -> files.add(result.json()));
        return json;
    }

    static String summary(List<SubmittedFile> results, Texts texts) {
        Table table = new Table(List.of(texts.say("cli.column.file"), texts.say("cli.column.exhibit"), texts.say("cli.column.sha256"),
                texts.say("cli.column.receipt"), texts.say("cli.column.state")));
        StringBuilder problems = new StringBuilder();
        for (SubmittedFile result : results) {
            table.row(java.util.Arrays.asList(result.file(), result.exhibit(),
                    result.sha256() == null ? null : result.sha256().substring(0, 12),
                    result.state() == SubmittedFile.State.FAILED ? null : texts.say(result.receiptVerified() ? "cli.yes" : "cli.no"),
                    Outcome.state(result, texts)));
            if (result.message() != null) {
                problems.append(result.file()).append(": ").append(result.message()).append('\n');
            }
        }
        long proven = results.stream().filter(SubmittedFile::proven).count();
        return "\n" + table.render() + problems + texts.say("cli.submit.done", String.valueOf(proven), String.valueOf(results.size())) + "\n";
    }
}
