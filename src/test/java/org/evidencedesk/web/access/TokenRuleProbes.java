package org.evidencedesk.web.access;

import static org.evidencedesk.web.access.Capacity.CLERK;
import static org.evidencedesk.web.access.MatrixObjects.TRADE_SECRET_CASE;

import io.restassured.specification.RequestSpecification;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import org.evidencedesk.api.ApiClient;
import org.evidencedesk.identity.TokenScope;
import org.evidencedesk.shared.Sha256;
import org.evidencedesk.support.SharedServer;
import org.evidencedesk.support.WebClient;

/**
 * The rules of the tokens themselves: a token never opens a page or administration (only the form login does), a
 * page session never opens the API (so no other site can make a browser call it: no CSRF), a revoked, expired or
 * unknown token opens nothing, and a token without an operation's scope is refused it.
 */
public final class TokenRuleProbes {

    static final String HOME_WITH_TOKEN = "GET /home.xhtml with the capacity's API token and no session";
    static final String ADMIN_WITH_TOKEN = "GET /admin/users.xhtml with the capacity's API token and no session";
    static final String ME_WITH_SESSION = "GET /me with the capacity's page session and no token";
    static final String SUBMIT_WITH_SESSION = "PUT /cases/{trade-secret case}/submissions/{key} with metadata, with the capacity's page session and no token";
    static final String ME_REVOKED = "GET /me with the capacity's token revoked";
    static final String ME_EXPIRED = "GET /me with the capacity's token expired";
    static final String ME_UNKNOWN = "GET /me with an unknown token";
    static final String CASE_WITHOUT_SCOPE = "GET /cases/{trade-secret case} with a token of the submit scope only";

    private final Matrix matrix;
    private final ApiAnswers answers;

    public TokenRuleProbes(Matrix matrix, ApiAnswers answers) {
        this.matrix = matrix;
        this.answers = answers;
    }

    public void register(Map<String, Probe> probes) {
        long tradeSecret = matrix.objects().id(TRADE_SECRET_CASE);
        probes.put(HOME_WITH_TOKEN, who -> pageWithToken(who, "home.xhtml"));
        probes.put(ADMIN_WITH_TOKEN, who -> pageWithToken(who, "admin/users.xhtml"));
        probes.put("API " + ME_WITH_SESSION, who -> answers.answer(call(ME_WITH_SESSION), who, sessionOnly(who).get("/me")));
        probes.put("API " + SUBMIT_WITH_SESSION, who -> ApiProbes.act(
                () -> "items " + matrix.desk().items(matrix.client(CLERK), tradeSecret).size(),
                () -> ApiProbes.submit(sessionOnly(who), "/cases/" + tradeSecret + "/submissions/matrix-session-" + System.nanoTime(), who, true)));
        probes.put("API " + ME_REVOKED, who -> answers.answer(call(ME_REVOKED), who, withEndedToken(who, "revoked_at = current_timestamp").get("/me")));
        probes.put("API " + ME_EXPIRED, who -> answers.answer(call(ME_EXPIRED), who, withEndedToken(who, "expires_on = ?").get("/me")));
        probes.put("API " + ME_UNKNOWN, who -> answers.answer(call(ME_UNKNOWN), who, ApiClient.withToken(unknownToken()).get("/me")));
        probes.put("API " + CASE_WITHOUT_SCOPE, who -> answers.answer(call(CASE_WITHOUT_SCOPE), who,
                (who.loggedIn() ? ApiClient.withScopes(who.username(), TokenScope.SUBMIT) : ApiClient.anonymous()).get("/cases/" + tradeSecret)));
    }

    private static ApiCall call(String call) {
        return new ApiCall(call, "token");
    }

    /** A page asked for with a bearer token and no session (the anonymous visitor's token is unknown). */
    private Observed pageWithToken(Capacity who, String page) throws Exception {
        String token = who.loggedIn() ? matrix.token(who) : unknownToken();
        HttpResponse<String> answer = new WebClient(SharedServer.baseUrl()).get(page, Map.of("Authorization", "Bearer " + token));
        return switch (answer.statusCode()) {
            case 302, 303 -> Answers.redirect(answer);
            case 403 -> Observed.as(Outcome.DENIED, "403");
            default -> Observed.unexpected(answer.statusCode() + ": the token opened " + page);
        };
    }

    /** An API request with the capacity's page session cookie and no token. */
    private RequestSpecification sessionOnly(Capacity who) {
        RequestSpecification request = ApiClient.anonymous();
        return matrix.client(who).sessionId().map(session -> request.cookie("JSESSIONID", session)).orElse(request);
    }

    /** A request with a fresh token of the capacity, ended in the database as the column's update says; none for the anonymous visitor. */
    private static RequestSpecification withEndedToken(Capacity who, String ending) throws Exception {
        if (!who.loggedIn()) {
            return ApiClient.anonymous();
        }
        String token = ApiClient.newToken(who.username(), TokenScope.READ);
        try (Connection database = SharedServer.openDatabase();
             PreparedStatement end = database.prepareStatement("update access_token set " + ending + " where secret_sha256 = ?")) {
            int parameter = 1;
            if (ending.contains("?")) {
                end.setObject(parameter++, LocalDate.now().minusDays(2));
            }
            end.setString(parameter, Sha256.hexOf(token));
            end.executeUpdate();
        }
        return ApiClient.withToken(token);
    }

    private static String unknownToken() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return "edk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
