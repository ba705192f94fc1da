package org.evidencedesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What the server answered: the status, the headers and the whole body (JSON, a receipt, a small binary). A refusal
 * is read as the API's problem+json (RFC 9457), whose detail is already in the language the client asked for.
 */
record Answer(int status, HttpHeaders headers, byte[] body) {

    boolean ok() {
        return status >= 200 && status < 300;
    }

    JsonNode json() {
        try {
            return Json.mapper().readTree(body);
        } catch (IOException e) {
            throw new CommandFailure(ExitCode.UNAVAILABLE, "cli.server.unexpected", String.valueOf(status), String.valueOf(e.getMessage()));
        }
    }

    /** The problem's message key ({@code api.notFound}, ...), when the body is a problem. */
    Optional<String> problemKey() {
        return problem().map(problem -> Json.text(problem, "key"));
    }

    /** This answer, when it is a success; else the refusal, as the failure the command ends with. */
    Answer orFail() {
        if (ok()) {
            return this;
        }
        throw failure();
    }

    CommandFailure failure() {
        String said = problem().map(problem -> Optional.ofNullable(Json.text(problem, "detail")).orElse(Json.text(problem, "title")))
                .orElseGet(() -> new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8).strip());
        return new CommandFailure(ExitCode.forStatus(status), "cli.server.refused", String.valueOf(status), said);
    }

    private Optional<JsonNode> problem() {
        boolean problemJson = headers.firstValue("Content-Type").filter(type -> type.contains("json")).isPresent();
        if (!problemJson) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(Json.mapper().readTree(body)).filter(JsonNode::isObject);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
