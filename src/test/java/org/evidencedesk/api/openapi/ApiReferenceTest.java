package org.evidencedesk.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiReferenceTest {

    private static final String DOCUMENT = """
            {"openapi": "3.0.3",
             "info": {"title": "Evidence Desk API", "version": "1", "description": "The API."},
             "tags": [{"name": "Cases", "description": "Cases."}, {"name": "Account", "description": "The caller."}],
             "paths": {
               "/api/v1/me": {"get": {"tags": ["Account"], "operationId": "getMe", "summary": "The caller",
                   "security": [{"token": []}],
                   "responses": {"200": {"description": "The caller.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Me"}}}},
                                 "401": {"$ref": "#/components/responses/Unauthorized"}}}},
               "/api/v1/cases/{caseId}/items": {"get": {"tags": ["Cases"], "operationId": "listItems", "summary": "Items",
                   "security": [{"token": ["read"]}],
                   "parameters": [{"name": "caseId", "in": "path", "required": true, "description": "The case.", "schema": {"type": "integer", "format": "int64"}},
                                  {"$ref": "#/components/parameters/page"}],
                   "responses": {"200": {"description": "The items.", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}}}}}}},
                 "put": {"operationId": "putThing", "summary": "Put",
                   "requestBody": {"required": true, "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}},
                   "responses": {"201": {"description": "Stored."}}}}},
             "components": {
               "parameters": {"page": {"name": "page", "in": "query", "description": "The page.", "schema": {"type": "integer", "format": "int32"}}},
               "responses": {"Unauthorized": {"description": "No valid token.", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}}
            """;

    private final ApiReference reference = ApiReference.of(parse(DOCUMENT));

    @Test
    void groupsOperationsByTagInTheDocumentsOrderOfTags() {
        assertThat(reference.title()).isEqualTo("Evidence Desk API");
        assertThat(reference.version()).isEqualTo("1");
        assertThat(reference.sections()).extracting(ApiReference.Section::tag).containsExactly("Cases", "Account", ApiReference.UNTAGGED);
        assertThat(reference.sections().get(0).operations()).extracting(ApiReference.Entry::operationId).containsExactly("listItems");
        assertThat(reference.sections().get(2).operations()).extracting(ApiReference.Entry::method).containsExactly("PUT");
    }

    @Test
    void tellsPublicFromAnyTokenFromAScope() {
        ApiReference.Entry me = operation("getMe");
        assertThat(me.needsToken()).isTrue();
        assertThat(me.scopes()).isEmpty();
        assertThat(operation("listItems").scopes()).containsExactly("read");
        assertThat(operation("putThing").needsToken()).isFalse();
    }

    @Test
    void followsReferencesToSharedParametersAndResponses() {
        ApiReference.Entry items = operation("listItems");
        assertThat(items.parameters()).containsExactly(
                new ApiReference.Parameter("caseId", "path", true, "integer (int64)", "The case."),
                new ApiReference.Parameter("page", "query", false, "integer (int32)", "The page."));
        assertThat(items.responses()).containsExactly(new ApiReference.Answer("200", "The items.", List.of("application/json"), "Item[]"));
        assertThat(operation("getMe").responses()).containsExactly(
                new ApiReference.Answer("200", "The caller.", List.of("application/json"), "Me"),
                new ApiReference.Answer("401", "Unauthorized: No valid token.", List.of("application/problem+json"), "Problem"));
    }

    @Test
    void describesTheRequestBody() {
        assertThat(operation("putThing").body()).hasValue(
                new ApiReference.Body(true, "", List.of("application/octet-stream"), "string (binary)"));
        assertThat(operation("getMe").body()).isEmpty();
    }

    private ApiReference.Entry operation(String id) {
        return reference.sections().stream().flatMap(section -> section.operations().stream())
                .filter(entry -> entry.operationId().equals(id)).findFirst().orElseThrow();
    }

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
