package org.evidencedesk.rules;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.evidencedesk.dispute.IpType;
import org.evidencedesk.dispute.Side;
import org.evidencedesk.shared.config.ConfigurationException;

/**
 * Reads every rule file of a folder and checks it against {@code rule-set.schema.json} of the same folder,
 * then against what a schema cannot say (the enums of the code, showings the requirement names, one file per
 * id and version). Plain Java, no CDI: the launcher checks the folder before the server starts, the
 * application again when it starts, and tests call it directly. The first problem found stops loading with
 * a {@link ConfigurationException} whose one-line message names the file.
 */
public final class RuleSetFiles {

    public static final String SCHEMA_FILE = "rule-set.schema.json";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final Path directory;
    private final Schema schema;

    private RuleSetFiles(Path directory, Schema schema) {
        this.directory = directory;
        this.schema = schema;
    }

    /** Every rule set in the folder, ordered by id and version. */
    public static List<RuleSet> load(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new ConfigurationException("Rule sets folder " + directory.toAbsolutePath()
                    + " does not exist (set evidencedesk.rules.dir or EVIDENCEDESK_RULES_DIR, default config/rules).");
        }
        RuleSetFiles files = new RuleSetFiles(directory, schema(directory.resolve(SCHEMA_FILE)));
        return files.readAll();
    }

    private List<RuleSet> readAll() {
        Map<String, Path> fileOfKey = new HashMap<>();
        List<RuleSet> rules = new ArrayList<>();
        for (Path file : ruleFiles()) {
            RuleSet rule = read(file);
            Path earlier = fileOfKey.putIfAbsent(rule.key(), file);
            if (earlier != null) {
                throw problem(file, rule.key() + " is already defined by " + earlier.getFileName()
                        + "; a new version of a rule needs a new version number");
            }
            rules.add(rule);
        }
        if (rules.isEmpty()) {
            throw new ConfigurationException("Rule sets folder " + directory.toAbsolutePath() + " has no rule files (*.json).");
        }
        rules.sort(Comparator.comparing(RuleSet::id).thenComparingInt(RuleSet::version));
        return List.copyOf(rules);
    }

    private List<Path> ruleFiles() {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(path -> path.getFileName().toString().endsWith(".json"))
                    .filter(path -> !path.getFileName().toString().equals(SCHEMA_FILE))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new ConfigurationException("Cannot list rule sets folder " + directory.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    private static Schema schema(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigurationException("Rule sets folder " + file.getParent().toAbsolutePath() + " has no " + SCHEMA_FILE + ".");
        }
        try {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(parse(file));
        } catch (SchemaException e) {
            throw problem(file, "not a usable JSON Schema: " + oneLine(e.getMessage()));
        }
    }

    private RuleSet read(Path file) {
        JsonNode root = parse(file);
        List<Error> errors = schema.validate(root);
        if (!errors.isEmpty()) {
            throw problem(file, errors.stream().limit(3).map(RuleSetFiles::describe).collect(Collectors.joining("; "))
                    + (errors.size() > 3 ? " (and " + (errors.size() - 3) + " more)" : ""));
        }
        List<Showing> showings = showings(file, root.get("showings"));
        Requirement requirement = requirement(root.get("requirement"));
        checkRequirementNamesEachShowing(file, showings, requirement);
        return new RuleSet(root.get("id").asText(), root.get("version").intValue(),
                RuleStatus.valueOf(root.get("status").asText()), root.get("enabledByDefault").booleanValue(),
                RuleKind.valueOf(root.get("kind").asText()), text(root.get("citation")), text(root.get("title")),
                ipTypes(file, root.get("ipTypes")), showings, requirement, conduct(file, root.get("conduct")),
                root.has("burdenMovesTo") ? known(file, Side.class, root.get("burdenMovesTo").asText(), "side in burdenMovesTo") : null,
                text(root.get("consequence")), adoptedWording(root.get("onAdoption")),
                root.has("nonCompliance") ? root.get("nonCompliance").asText() : null);
    }

    private static JsonNode parse(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw problem(file, "not valid JSON: " + oneLine(e.getOriginalMessage()) + where(e.getLocation()));
        } catch (IOException e) {
            throw new ConfigurationException("Cannot read rule file " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    private static List<Showing> showings(Path file, JsonNode array) {
        List<Showing> showings = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode node : array) {
            String id = node.get("id").asText();
            if (!ids.add(id)) {
                throw problem(file, "showing '" + id + "' is listed twice");
            }
            showings.add(new Showing(id, text(node.get("text"))));
        }
        return showings;
    }

    /** The schema guarantees the shape: a showing id, or an object with exactly one of allOf and anyOf. */
    private static Requirement requirement(JsonNode node) {
        if (node.isTextual()) {
            return Requirement.showing(node.asText());
        }
        boolean all = node.has("allOf");
        List<Requirement> parts = new ArrayList<>();
        node.get(all ? "allOf" : "anyOf").forEach(part -> parts.add(requirement(part)));
        return all ? new Requirement.AllOf(parts) : new Requirement.AnyOf(parts);
    }

    private static void checkRequirementNamesEachShowing(Path file, List<Showing> showings, Requirement requirement) {
        Set<String> listed = showings.stream().map(Showing::id).collect(Collectors.toSet());
        for (String named : requirement.showingIds()) {
            if (!listed.contains(named)) {
                throw problem(file, "the requirement names showing '" + named + "', which is not in showings");
            }
        }
        for (String id : listed) {
            if (!requirement.showingIds().contains(id)) {
                throw problem(file, "showing '" + id + "' is not used by the requirement");
            }
        }
    }

    private static Set<IpType> ipTypes(Path file, JsonNode array) {
        Set<IpType> types = EnumSet.noneOf(IpType.class);
        array.forEach(node -> types.add(known(file, IpType.class, node.asText(), "IP type")));
        return types;
    }

    private static <E extends Enum<E>> E known(Path file, Class<E> type, String name, String what) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw problem(file, "unknown " + what + " '" + name + "' (known: "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")) + ")");
        }
    }

    /** The schema guarantees ISO-shaped dates; a day that does not exist, or from not before before, is refused here. */
    private static ConductWindow conduct(Path file, JsonNode node) {
        if (node == null) {
            return ConductWindow.ALWAYS;
        }
        try {
            return new ConductWindow(date(node.get("from")), date(node.get("before")));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw problem(file, "conduct: " + oneLine(e.getMessage()));
        }
    }

    private static LocalDate date(JsonNode node) {
        return node == null ? null : LocalDate.parse(node.asText());
    }

    private static AdoptedWording adoptedWording(JsonNode node) {
        return node == null ? null : new AdoptedWording(text(node.get("title")), text(node.get("consequence")));
    }

    private static LocalizedText text(JsonNode node) {
        return new LocalizedText(node.get("en").asText(), node.get("zh").asText());
    }

    private static String describe(Error error) {
        String location = error.getInstanceLocation() == null ? "" : error.getInstanceLocation().toString();
        String message = oneLine(error.getMessage());
        return message.startsWith(location) || location.isEmpty() ? message : location + ": " + message;
    }

    private static ConfigurationException problem(Path file, String problem) {
        return new ConfigurationException("Invalid rule file " + file.toAbsolutePath() + ": " + problem + ".");
    }

    private static String where(JsonLocation location) {
        return location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").trim();
    }
}
