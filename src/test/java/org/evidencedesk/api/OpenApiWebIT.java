package org.evidencedesk.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.evidencedesk.support.SharedServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API's OpenAPI document at {@code /openapi} is valid, open to anyone, and complete: every operation the code
 * serves (found in the resource classes, {@link ServedOperations}) is in it and nothing else, each with an id, a
 * summary, a tag, the scope its code requires, its path parameters, and the problem answers that apply to it. This is
 * the guard that keeps every resource added later documented. The reference page shows what the document says.
 */
@ExtendWith(SharedServer.class)
class OpenApiWebIT {

    private static final String PROBLEM = "application/problem+json";
    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}/]+)}");

    private static String yaml;
    private static OpenAPI document;
    private static Map<String, ServedOperations.Served> served;

    @BeforeAll
    static void fetch() {
        yaml = documentAnswer(Map.of()).asString();
        document = parsed(yaml);
        served = ServedOperations.find();
    }

    @Test
    void anyoneMayReadTheDocumentAsYamlOrJson() {
        Response asYaml = documentAnswer(Map.of());
        assertThat(asYaml.contentType()).as("YAML by default").doesNotContain("json");
        assertThat(asYaml.asString()).startsWith("openapi: 3.0.3");

        Response byQuery = given().redirects().follow(false).queryParam("format", "JSON").get(SharedServer.baseUrl() + "openapi");
        Response byAccept = documentAnswer(Map.of("Accept", "application/json"));
        for (Response json : List.of(byQuery, byAccept)) {
            assertThat(json.statusCode()).isEqualTo(200);
            assertThat(json.contentType()).startsWith("application/json");
            assertThat(operations(parsed(json.asString()))).isEqualTo(operations(document));
        }
    }

    @Test
    void theSharedPartsDescribeTheApiItsTokenAndItsProblems() {
        assertThat(document.getOpenapi()).isEqualTo("3.0.3");
        assertThat(document.getInfo().getTitle()).isEqualTo("Evidence Desk API");
        assertThat(document.getInfo().getVersion()).isEqualTo("1");
        assertThat(document.getInfo().getDescription()).as("English, then a Chinese paragraph")
                .contains("personal access token").containsPattern("\\p{IsHan}{4}");

        SecurityScheme token = document.getComponents().getSecuritySchemes().get("token");
        assertThat(token.getType()).isEqualTo(SecurityScheme.Type.HTTP);
        assertThat(token.getScheme()).isEqualTo("bearer");
        assertThat(token.getDescription()).contains("`read`", "`submit`", "`export`", "`court`");

        Schema<?> problem = document.getComponents().getSchemas().get("Problem");
        assertThat(problem.getProperties()).containsOnlyKeys("type", "title", "status", "detail", "key", "instance");
        assertThat(problem.getRequired()).containsExactlyInAnyOrder("type", "title", "status", "detail", "key");
    }

    @Test
    void onlyTheApiIsDocumented() {
        assertThat(document.getPaths()).isNotEmpty();
        assertThat(document.getPaths().keySet()).allSatisfy(path -> assertThat(path).startsWith("/api/v1/"));
    }

    @Test
    void everyServedOperationIsDocumentedAndNothingElse() {
        assertThat(served).as("the foundation's own operation, found in the code").containsKey("GET /api/v1/me");
        assertThat(operations(document).keySet()).isEqualTo(new TreeSet<>(served.keySet()));
    }

    @Test
    void everyOperationSaysWhoMayCallItAndWhatItAnswers() {
        SoftAssertions softly = new SoftAssertions();
        Map<String, String> operationIds = new HashMap<>();
        operations(document).forEach((name, operation) -> {
            String id = operation.getOperationId();
            softly.assertThat(id).as("%s: operationId", name).isNotBlank();
            String earlier = operationIds.putIfAbsent(String.valueOf(id), name);
            softly.assertThat(earlier).as("%s: operationId %s is also %s's", name, id, earlier).isNull();
            softly.assertThat(operation.getSummary()).as("%s: summary", name).isNotBlank();
            softly.assertThat(operation.getTags()).as("%s: a tag, which groups it on the reference page", name).isNotEmpty();
            Optional.ofNullable(served.get(name)).ifPresent(code -> {
                checkSecurity(softly, name, operation, code);
                checkResponses(softly, name, operation, code);
            });
            checkPathParameters(softly, name, operation);
        });
        softly.assertAll();
    }

    @Test
    void anyoneMayReadTheReferencePageWhichListsEveryOperation() {
        Response english = given().redirects().follow(false).header("Accept-Language", "en-US").get(SharedServer.baseUrl() + "api.xhtml");
        assertThat(english.statusCode()).as("no login needed").isEqualTo(200);
        String page = english.asString();
        assertThat(page).contains("API reference", "Evidence Desk API, version 1", "Any valid access token.", "/api/v1/me",
                "The caller and their token");
        operations(document).forEach((name, operation) -> assertThat(page).as(name)
                .contains("id=\"" + operation.getOperationId() + "\"")
                .contains(operation.getSummary()));

        String chinese = given().header("Accept-Language", "zh-CN").get(SharedServer.baseUrl() + "api.xhtml").asString();
        assertThat(chinese).contains("接口说明", "任何有效的访问令牌。", "/api/v1/me");
    }

    /** The scopes the method's code requires ({@code caller.require(...)}), and no requirement at all when it is public. */
    private static void checkSecurity(SoftAssertions softly, String name, Operation operation, ServedOperations.Served code) {
        List<SecurityRequirement> security = Optional.ofNullable(operation.getSecurity()).orElse(List.of());
        if (code.isPublic()) {
            softly.assertThat(security).as("%s is @Public: no security requirement", name).isEmpty();
            return;
        }
        softly.assertThat(security).as("%s: one security requirement, naming the scheme \"token\"", name).hasSize(1)
                .allSatisfy(requirement -> assertThat(requirement).containsOnlyKeys("token"));
        Set<String> documented = new TreeSet<>();
        security.forEach(requirement -> requirement.values().forEach(documented::addAll));
        softly.assertThat(documented).as("%s: the scopes its code requires", name).isEqualTo(code.scopes());
    }

    private static void checkResponses(SoftAssertions softly, String name, Operation operation, ServedOperations.Served code) {
        Map<String, ApiResponse> responses = Optional.ofNullable(operation.getResponses()).map(Map::copyOf).orElse(Map.of());
        softly.assertThat(responses.keySet()).as("%s: a success answer", name).anyMatch(status -> status.matches("[23]\\d\\d"));
        if (!code.isPublic()) {
            softly.assertThat(responses).as("%s: 401 without a valid token", name).containsKey("401");
            softly.assertThat(responses).as("%s: 429 past the token's rate limit", name).containsKey("429");
        }
        if (!code.scopes().isEmpty()) {
            softly.assertThat(responses).as("%s: 403 without the scope %s", name, code.scopes()).containsKey("403");
        }
        if (name.contains("{")) {
            softly.assertThat(responses).as("%s: 404 for what the caller may not see", name).containsKey("404");
        }
        responses.forEach((status, response) -> {
            if (status.matches("[45]\\d\\d")) {
                MediaType problem = Optional.ofNullable(resolve(response).getContent()).map(content -> content.get(PROBLEM)).orElse(null);
                softly.assertThat(problem).as("%s: %s answers %s", name, status, PROBLEM).isNotNull();
                if (problem != null) {
                    softly.assertThat(problem.getSchema().get$ref()).as("%s: %s is a Problem", name, status).isEqualTo(PROBLEM_SCHEMA);
                }
            }
        });
    }

    private static void checkPathParameters(SoftAssertions softly, String name, Operation operation) {
        Matcher placeholders = PATH_PARAMETER.matcher(name);
        while (placeholders.find()) {
            String placeholder = placeholders.group(1);
            Optional<Parameter> parameter = Optional.ofNullable(operation.getParameters()).orElse(List.of()).stream()
                    .filter(candidate -> "path".equals(candidate.getIn()) && placeholder.equals(candidate.getName())).findFirst();
            softly.assertThat(parameter).as("%s: path parameter %s", name, placeholder).isPresent();
            parameter.ifPresent(found -> softly.assertThat(found.getDescription()).as("%s: %s's description", name, placeholder).isNotBlank());
        }
    }

    private static ApiResponse resolve(ApiResponse response) {
        if (response.get$ref() == null) {
            return response;
        }
        String name = response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1);
        return Optional.ofNullable(document.getComponents().getResponses()).map(shared -> shared.get(name))
                .orElseThrow(() -> new AssertionError("no shared response " + response.get$ref()));
    }

    private static Response documentAnswer(Map<String, String> headers) {
        Response answer = given().redirects().follow(false).headers(headers).get(SharedServer.baseUrl() + "openapi");
        assertThat(answer.statusCode()).as("GET /openapi without login").isEqualTo(200);
        return answer;
    }

    /** The document as the reference parser reads it, which must have nothing to say about it. */
    private static OpenAPI parsed(String text) {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, options);
        assertThat(result.getMessages()).as("the parser's messages on the document").isEmpty();
        assertThat(result.getOpenAPI()).isNotNull();
        return result.getOpenAPI();
    }

    /** Each documented operation by "METHOD /path". */
    private static Map<String, Operation> operations(OpenAPI api) {
        Map<String, Operation> operations = new TreeMap<>();
        Optional.ofNullable(api.getPaths()).orElseGet(io.swagger.v3.oas.models.Paths::new).forEach((path, item) -> {
            for (Map.Entry<PathItem.HttpMethod, Operation> operation : item.readOperationsMap().entrySet()) {
                operations.put(operation.getKey().name() + " " + path, operation.getValue());
            }
        });
        return operations;
    }
}
