package org.evidencedesk.api.openapi;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The OpenAPI document as the reference page lists it: its operations grouped by tag (in the document's order of
 * tags), each with what a client must know to call it. References into {@code components} are followed, so that the
 * page says "NotFound: No such object, or one the caller may not see" where the document says {@code $ref}.
 */
public record ApiReference(String title, String version, String description, List<Section> sections) {

    /** Operations without a tag; the page names the section in the reader's language. */
    public static final String UNTAGGED = "";

    private static final List<String> METHODS = List.of("get", "put", "post", "patch", "delete", "head", "options", "trace");

    public record Section(String tag, String description, List<Entry> operations) {
    }

    /** One operation; {@code scopes} is empty both for "any valid token" and for a public one ({@code needsToken} tells). */
    public record Entry(String method, String path, String operationId, String summary, String description,
                        boolean needsToken, List<String> scopes, List<Parameter> parameters, Optional<Body> body,
                        List<Answer> responses) {
    }

    public record Parameter(String name, String in, boolean required, String type, String description) {
    }

    public record Body(boolean required, String description, List<String> mediaTypes, String type) {
    }

    public record Answer(String status, String description, List<String> mediaTypes, String type) {
    }

    public ApiReference {
        sections = List.copyOf(sections);
    }

    public static ApiReference of(JsonObject document) {
        JsonObject info = object(document, "info");
        return new ApiReference(text(info, "title"), text(info, "version"), text(info, "description"), new Reader(document).sections());
    }

    /** Reads one document; it holds the document to follow its references. */
    private record Reader(JsonObject document) {

        List<Section> sections() {
            Map<String, List<Entry>> byTag = new LinkedHashMap<>();
            Map<String, String> tagDescriptions = new LinkedHashMap<>();
            for (JsonValue tag : array(document, "tags")) {
                String name = text(tag.asJsonObject(), "name");
                tagDescriptions.put(name, text(tag.asJsonObject(), "description"));
                byTag.put(name, new ArrayList<>());
            }
            JsonObject paths = object(document, "paths");
            paths.keySet().stream().sorted().forEach(path -> {
                JsonObject item = paths.getJsonObject(path);
                for (String method : METHODS) {
                    if (item.containsKey(method)) {
                        JsonObject operation = item.getJsonObject(method);
                        Entry entry = entry(method, path, item, operation);
                        List<String> tags = array(operation, "tags").stream().map(tag -> ((JsonString) tag).getString()).toList();
                        for (String tag : tags.isEmpty() ? List.of(UNTAGGED) : tags) {
                            byTag.computeIfAbsent(tag, name -> new ArrayList<>()).add(entry);
                        }
                    }
                }
            });
            return byTag.entrySet().stream().filter(tag -> !tag.getValue().isEmpty())
                    .map(tag -> new Section(tag.getKey(), tagDescriptions.getOrDefault(tag.getKey(), ""), tag.getValue()))
                    .toList();
        }

        private Entry entry(String method, String path, JsonObject item, JsonObject operation) {
            List<String> scopes = new ArrayList<>();
            JsonArray security = array(operation.containsKey("security") ? operation : document, "security");
            security.forEach(requirement -> requirement.asJsonObject().values()
                    .forEach(named -> named.asJsonArray().forEach(scope -> scopes.add(((JsonString) scope).getString()))));
            List<Parameter> parameters = new ArrayList<>();
            array(item, "parameters").forEach(parameter -> parameters.add(parameter(resolve(parameter.asJsonObject()))));
            array(operation, "parameters").forEach(parameter -> parameters.add(parameter(resolve(parameter.asJsonObject()))));
            Optional<Body> body = Optional.ofNullable(operation.getJsonObject("requestBody")).map(this::resolve)
                    .map(request -> new Body(request.getBoolean("required", false), text(request, "description"),
                            mediaTypes(request), contentType(request)));
            JsonObject responses = object(operation, "responses");
            List<Answer> answers = responses.keySet().stream().sorted(Comparator.naturalOrder())
                    .map(status -> answer(status, responses.getJsonObject(status))).toList();
            return new Entry(method.toUpperCase(Locale.ROOT), path, text(operation, "operationId"), text(operation, "summary"),
                    text(operation, "description"), !security.isEmpty(), List.copyOf(scopes), parameters, body, answers);
        }

        private Parameter parameter(JsonObject parameter) {
            return new Parameter(text(parameter, "name"), text(parameter, "in"), parameter.getBoolean("required", false),
                    type(parameter.getJsonObject("schema")), text(parameter, "description"));
        }

        private Answer answer(String status, JsonObject response) {
            JsonObject resolved = resolve(response);
            String name = response.containsKey("$ref") ? lastSegment(text(response, "$ref")) + ": " : "";
            return new Answer(status, name + text(resolved, "description"), mediaTypes(resolved), contentType(resolved));
        }

        private List<String> mediaTypes(JsonObject withContent) {
            return List.copyOf(object(withContent, "content").keySet());
        }

        /** The schema of the first media type; the API gives one schema for all of an operation's media types. */
        private String contentType(JsonObject withContent) {
            return object(withContent, "content").values().stream().map(JsonValue::asJsonObject)
                    .map(media -> type(media.getJsonObject("schema"))).filter(type -> !type.isEmpty()).findFirst().orElse("");
        }

        /** A schema in a few characters: its name, {@code X[]} for an array, else its type and format. */
        private String type(JsonObject schema) {
            if (schema == null) {
                return "";
            }
            if (schema.containsKey("$ref")) {
                return lastSegment(text(schema, "$ref"));
            }
            String type = text(schema, "type");
            if (type.equals("array")) {
                return type(schema.getJsonObject("items")) + "[]";
            }
            String format = text(schema, "format");
            return format.isEmpty() ? type : type + " (" + format + ")";
        }

        /** The object a local reference ({@code #/components/...}) names, or the object itself. */
        private JsonObject resolve(JsonObject maybeReference) {
            String reference = text(maybeReference, "$ref");
            if (!reference.startsWith("#/")) {
                return maybeReference;
            }
            JsonObject target = document;
            for (String part : reference.substring(2).split("/")) {
                target = object(target, part);
            }
            return target;
        }
    }

    private static String lastSegment(String reference) {
        return reference.substring(reference.lastIndexOf('/') + 1);
    }

    private static JsonObject object(JsonObject parent, String name) {
        JsonValue value = parent.get(name);
        return value instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
    }

    private static JsonArray array(JsonObject parent, String name) {
        JsonValue value = parent.get(name);
        return value instanceof JsonArray array ? array : JsonValue.EMPTY_JSON_ARRAY;
    }

    private static String text(JsonObject parent, String name) {
        JsonValue value = parent.get(name);
        return value instanceof JsonString string ? string.getString() : "";
    }
}
