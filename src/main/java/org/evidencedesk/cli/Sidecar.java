package org.evidencedesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the submitter states about each file, from a sidecar beside the files: CSV with a header row (a {@code file}
 * column and the columns of {@link MetadataColumns}), or JSON, an object keyed by file name whose values are the
 * metadata JSON as the API takes it. A file is found by its path relative to the folder given, or else by its name.
 * A sidecar that cannot be read exactly is refused as a whole, before anything is sent.
 */
final class Sidecar {

    private final Map<String, ObjectNode> byName;

    private Sidecar(Map<String, ObjectNode> byName) {
        this.byName = byName;
    }

    static Sidecar none() {
        return new Sidecar(Map.of());
    }

    static Sidecar read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CommandFailure(ExitCode.USAGE, "cli.sidecar.unreadable", file, Api.reason(e));
        }
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json") ? fromJson(file, text) : fromCsv(file, text);
    }

    Optional<ObjectNode> metadataFor(String relativePath) {
        String path = relativePath.replace('\\', '/');
        String name = path.substring(path.lastIndexOf('/') + 1);
        return Optional.ofNullable(byName.get(path)).or(() -> Optional.ofNullable(byName.get(name))).map(ObjectNode::deepCopy);
    }

    private static Sidecar fromCsv(Path file, String text) {
        List<List<String>> rows = Csv.rows(text);
        if (rows.isEmpty() || !rows.get(0).stream().map(String::strip).toList().contains(MetadataColumns.FILE)) {
            throw new CommandFailure(ExitCode.USAGE, "cli.sidecar.noFileColumn", file);
        }
        List<String> header = rows.get(0).stream().map(String::strip).toList();
        for (String column : header) {
            if (!MetadataColumns.known(column)) {
                throw new CommandFailure(ExitCode.USAGE, "cli.sidecar.unknownColumn", file, column);
            }
        }
        Map<String, ObjectNode> byName = new HashMap<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            if (cells.size() != header.size()) {
                throw new CommandFailure(ExitCode.USAGE, "cli.sidecar.row", file, String.valueOf(r + 1),
                        String.valueOf(header.size()), String.valueOf(cells.size()));
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                row.put(header.get(c), cells.get(c));
            }
            add(byName, file, row.get(MetadataColumns.FILE).strip(), MetadataColumns.metadata(row));
        }
        return new Sidecar(byName);
    }

    private static Sidecar fromJson(Path file, String text) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new CommandFailure(ExitCode.USAGE, "cli.sidecar.json", file, String.valueOf(e.getOriginalMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new CommandFailure(ExitCode.USAGE, "cli.sidecar.json", file, "{\"file name\": {...}}");
        }
        Map<String, ObjectNode> byName = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = root.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getValue().isObject()) {
                throw new CommandFailure(ExitCode.USAGE, "cli.sidecar.json", file, field.getKey());
            }
            add(byName, file, field.getKey(), (ObjectNode) field.getValue());
        }
        return new Sidecar(byName);
    }

    private static void add(Map<String, ObjectNode> byName, Path file, String name, ObjectNode metadata) {
        String key = name.replace('\\', '/');
        if (key.isEmpty() || byName.putIfAbsent(key, metadata) != null) {
            throw new CommandFailure(ExitCode.USAGE, "cli.sidecar.duplicate", file, name);
        }
    }
}
