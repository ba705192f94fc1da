package org.evidencedesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code cases [--status S] [--query Q]} and {@code items CASE}: every page of the list, as a table, or with
 * {@code --json} as the API's JSON (an array of the list's items, exactly as the API gives each).
 */
final class ListCommands {

    private ListCommands() {
    }

    static ExitCode cases(Session session, List<String> arguments) {
        Options options = Options.parse(arguments, Set.of("--status", "--query"), Set.of(), Map.of("-q", "--query"));
        if (!options.positional().isEmpty()) {
            throw new CommandFailure(ExitCode.USAGE, "cli.usage.cases");
        }
        StringBuilder query = new StringBuilder("/cases?sort=FILED_AT&order=desc");
        options.value("--query").ifPresent(q -> query.append("&q=").append(Api.encoded(q)));
        options.values("--status").forEach(status -> query.append("&status=").append(Api.encoded(status)));
        List<JsonNode> cases = Pages.all(session.api(), query.toString());
        Texts texts = session.texts();
        Table table = new Table(List.of(texts.say("cli.column.id"), texts.say("cli.column.caseNumber"), texts.say("cli.column.status"),
                texts.say("cli.column.title"), texts.say("cli.column.filed")));
        for (JsonNode found : cases) {
            String number = Json.text(found, "displayNumber") != null ? Json.text(found, "displayNumber") : Json.text(found, "filingReference");
            String filed = Json.text(found, "filedAt");
            table.row(Arrays.asList(Json.text(found, "id"), number, Json.text(found, "status"), Json.text(found, "title"),
                    filed == null ? null : filed.substring(0, Math.min(10, filed.length()))));
        }
        print(session, cases, table);
        return ExitCode.OK;
    }

    static ExitCode items(Session session, List<String> arguments) {
        Options options = Options.parse(arguments, Set.of(), Set.of(), Map.of());
        if (options.positional().size() != 1) {
            throw new CommandFailure(ExitCode.USAGE, "cli.usage.items");
        }
        long caseId = session.caseId(options.positional().get(0));
        List<JsonNode> items = Pages.all(session.api(), "/cases/" + caseId + "/items");
        Texts texts = session.texts();
        Table table = new Table(List.of(texts.say("cli.column.id"), texts.say("cli.column.exhibit"), texts.say("cli.column.title"),
                texts.say("cli.column.file"), texts.say("cli.column.size"), texts.say("cli.column.status"), texts.say("cli.column.sha256")));
        for (JsonNode item : items) {
            String sha256 = Json.text(item, "sha256");
            table.row(Arrays.asList(Json.text(item, "id"), Json.text(item, "exhibit"), Json.text(item, "title"),
                    Json.text(item, "fileName"), item.has("size") ? Progress.size(item.get("size").asLong()) : null,
                    Json.text(item, "status"), sha256 == null ? null : sha256.substring(0, Math.min(12, sha256.length()))));
        }
        print(session, items, table);
        return ExitCode.OK;
    }

    private static void print(Session session, List<JsonNode> items, Table table) {
        if (session.json()) {
            session.out().println(Json.write(Json.mapper().valueToTree(items)));
        } else {
            session.out().print(table.render());
        }
    }
}
