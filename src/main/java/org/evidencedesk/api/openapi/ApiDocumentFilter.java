package org.evidencedesk.api.openapi;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.tags.Tag;
import org.evidencedesk.api.ApiApplication;

/**
 * Makes the document Payara Micro builds a valid description of the API and nothing else (named in
 * {@code META-INF/microprofile-config.properties} as {@code mp.openapi.filter}):
 * <ul>
 *   <li>only {@code /api/v1}: Payara would add any other Jakarta REST path of the server;</li>
 *   <li>path templates without their regular expressions ({@code {caseId: \d+}} is {@code {caseId}}), path parameters
 *       required, as OpenAPI demands; a reference to a shared parameter without the defaults Payara writes beside it;</li>
 *   <li>schemas without the zero and {@code false} values Payara writes for every keyword a record's component did not
 *       set ({@code maxProperties: 0} would say an object has no properties, {@code multipleOf: 0} is no number's multiple), and an array whose element type Payara
 *       could not tell says "any" rather than "an array of arrays"; each tag once, though several classes name it;</li>
 *   <li>one server, this one ({@code /}), instead of the addresses Payara saw at deployment; no {@code endpoints}, a
 *       field of Payara's own that OpenAPI does not have;</li>
 *   <li>the answers that no resource method gives itself but every call may get: 429 from the token's rate limit
 *       ({@link org.evidencedesk.api.ApiAuthentication}, so only where a token is needed) and 500 from the last-resort
 *       mapper.</li>
 * </ul>
 */
public class ApiDocumentFilter implements OASFilter {

    static final String API_PATHS = "/" + ApiApplication.PATH + "/";

    private static final Logger LOG = Logger.getLogger(ApiDocumentFilter.class.getName());
    private static final Pattern PARAMETER_PATTERN = Pattern.compile("\\{\\s*([\\w.-]+)\\s*:[^}]*}");

    @Override
    public Parameter filterParameter(Parameter parameter) {
        if (parameter.getRef() != null) {
            return OASFactory.createParameter().ref(parameter.getRef());
        }
        if (parameter.getIn() == Parameter.In.PATH) {
            parameter.setRequired(true);
        }
        return parameter;
    }

    @Override
    public Schema filterSchema(Schema schema) {
        unsetIf(schema.getMaxProperties(), 0, schema::setMaxProperties);
        unsetIf(schema.getMinProperties(), 0, schema::setMinProperties);
        unsetIf(schema.getMinLength(), 0, schema::setMinLength);
        if (schema.getMultipleOf() != null && schema.getMultipleOf().signum() == 0) {
            schema.setMultipleOf(null);
        }
        unsetIf(schema.getExclusiveMaximum(), false, schema::setExclusiveMaximum);
        unsetIf(schema.getExclusiveMinimum(), false, schema::setExclusiveMinimum);
        unsetIf(schema.getUniqueItems(), false, schema::setUniqueItems);
        unsetIf(schema.getNullable(), false, schema::setNullable);
        unsetIf(schema.getReadOnly(), false, schema::setReadOnly);
        unsetIf(schema.getWriteOnly(), false, schema::setWriteOnly);
        unsetIf(schema.getDeprecated(), false, schema::setDeprecated);
        Schema items = schema.getItems();
        if (items != null && items.getType() == Schema.SchemaType.ARRAY && items.getItems() == null && items.getRef() == null) {
            schema.setItems(OASFactory.createSchema());
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI document) {
        document.setServers(List.of(OASFactory.createServer().url("/").description("This server.")));
        withoutPayaraEndpoints(document);
        withEachTagOnce(document);
        if (document.getPaths() == null) {
            return;
        }
        Map<String, PathItem> paths = Map.copyOf(document.getPaths().getPathItems());
        paths.forEach((path, item) -> {
            document.getPaths().removePathItem(path);
            if (path.startsWith(API_PATHS)) {
                document.getPaths().addPathItem(PARAMETER_PATTERN.matcher(path).replaceAll("{$1}"), item);
                item.getOperations().values().forEach(this::addCommonAnswers);
            }
        });
    }

    private void addCommonAnswers(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            return;
        }
        boolean needsToken = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (needsToken && !responses.hasAPIResponse("429")) {
            responses.addAPIResponse("429", OASFactory.createAPIResponse().ref("TooManyRequests"));
        }
        if (!responses.hasAPIResponse("500")) {
            responses.addAPIResponse("500", OASFactory.createAPIResponse().ref("ServerError"));
        }
    }

    /**
     * Payara lists a tag once for every resource class that names it; OpenAPI wants each name once. The first one with
     * a description is kept.
     */
    private static void withEachTagOnce(OpenAPI document) {
        if (document.getTags() == null) {
            return;
        }
        Map<String, Tag> byName = new LinkedHashMap<>();
        for (Tag tag : document.getTags()) {
            Tag kept = byName.get(tag.getName());
            if (kept == null || (kept.getDescription() == null && tag.getDescription() != null)) {
                byName.put(tag.getName(), tag);
            }
        }
        document.setTags(new ArrayList<>(byName.values()));
    }

    /** Leaves out a keyword that Payara set to its "not set" value. */
    private static <T> void unsetIf(T value, T notSet, Consumer<T> setter) {
        if (notSet.equals(value)) {
            setter.accept(null);
        }
    }

    /**
     * Payara's model has a field {@code endpoints} outside the OpenAPI interface, which it would print unless empty
     * (it copies the map, so it must not be null).
     */
    private static void withoutPayaraEndpoints(OpenAPI document) {
        try {
            document.getClass().getMethod("setEndpoints", Map.class).invoke(document, new TreeMap<String, Object>());
        } catch (NoSuchMethodException e) {
            // Another implementation: it has no such field.
        } catch (IllegalAccessException | InvocationTargetException e) {
            LOG.log(Level.WARNING, "Could not leave Payara's endpoints out of the OpenAPI document", e);
        }
    }
}
