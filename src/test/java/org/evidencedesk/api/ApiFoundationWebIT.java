package org.evidencedesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.evidencedesk.identity.TokenScope;
import org.evidencedesk.shared.Sha256;
import org.evidencedesk.support.SharedServer;
import org.evidencedesk.support.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API's authentication and error conventions, on the shared server: a token and nothing else opens the API,
 * the API never opens a page, and every refusal is an RFC 9457 problem in the caller's language.
 */
@ExtendWith(SharedServer.class)
class ApiFoundationWebIT {

    @Test
    void aDemoTokenNamesItsOwnerAndTheScopesTheRoleMayHold() {
        ApiClient.as("counsel").get("/me").then()
                .statusCode(200)
                .contentType(containsString("application/json"))
                .header("Set-Cookie", equalTo(null))
                .body("username", equalTo("counsel"))
                .body("roles", hasItems("COUNSEL"))
                .body("scopes", equalTo(java.util.List.of("read", "submit", "export")));
        ApiClient.as("judge").get("/me").then().statusCode(200)
                .body("scopes", equalTo(java.util.List.of("read", "submit", "export", "court")));
    }

    @Test
    void withoutATokenTheAnswerIs401AsAProblemWithABearerChallenge() {
        ApiClient.anonymous().get("/me").then()
                .statusCode(401)
                .contentType(startsWith("application/problem+json"))
                .header("WWW-Authenticate", equalTo("Bearer realm=\"evidence-desk\""))
                .body("status", equalTo(401))
                .body("key", equalTo("api.token.missing"))
                .body("type", equalTo("urn:evidence-desk:problem:api.token.missing"))
                .body("title", equalTo("Not authenticated"))
                .body("instance", equalTo("/api/v1/me"));
    }

    @Test
    void anUnknownTokenIsRefusedAsInvalidInTheLanguageAsked() {
        ApiClient.withToken("edk_not-a-token").header("Accept-Language", "zh-CN,zh;q=0.9").get("/me").then()
                .statusCode(401)
                .header("WWW-Authenticate", containsString("error=\"invalid_token\""))
                .header("Content-Language", equalTo("zh-CN"))
                .body("key", equalTo("api.token.invalid"))
                .body("title", equalTo("未认证"))
                .body("detail", containsString("访问令牌无效"));
    }

    @Test
    void revokedAndExpiredTokensAreRefusedAlike() throws Exception {
        String revoked = ApiClient.newToken("counsel", TokenScope.READ);
        String expired = ApiClient.newToken("counsel", TokenScope.READ);
        ApiClient.withToken(revoked).get("/me").then().statusCode(200);
        ApiClient.withToken(expired).get("/me").then().statusCode(200);
        try (Connection database = SharedServer.openDatabase();
             PreparedStatement revoke = database.prepareStatement("update access_token set revoked_at = current_timestamp where secret_sha256 = ?");
             PreparedStatement expire = database.prepareStatement("update access_token set expires_on = ? where secret_sha256 = ?")) {
            revoke.setString(1, Sha256.hexOf(revoked));
            revoke.executeUpdate();
            expire.setObject(1, LocalDate.now().minusDays(2));
            expire.setString(2, Sha256.hexOf(expired));
            expire.executeUpdate();
        }
        ApiClient.withToken(revoked).get("/me").then().statusCode(401).body("key", equalTo("api.token.invalid"));
        ApiClient.withToken(expired).get("/me").then().statusCode(401).body("key", equalTo("api.token.invalid"));
    }

    @Test
    void aTokenNarrowsToItsScopes() {
        ApiClient.withScopes("judge", TokenScope.READ).get("/me").then().statusCode(200)
                .body("scopes", equalTo(java.util.List.of("read")));
    }

    @Test
    void theApiIgnoresThePageSession() throws Exception {
        WebClient browser = new WebClient(SharedServer.baseUrl());
        browser.login("counsel", ApiClient.DEMO_PASSWORD);
        assertThat(browser.sessionId()).isPresent();

        HttpResponse<String> call = browser.get("api/v1/me");

        assertThat(call.statusCode()).as("a session cookie alone never opens the API (no CSRF through it)").isEqualTo(401);
        assertThat(call.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void aTokenNeverOpensAPageNorAdministration() throws Exception {
        WebClient client = new WebClient(SharedServer.baseUrl());
        Map<String, String> bearer = Map.of("Authorization", "Bearer " + ApiClient.demoToken("demo-admin"));

        HttpResponse<String> home = client.get("home.xhtml", bearer);
        HttpResponse<String> users = client.get("admin/users.xhtml", bearer);

        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).contains("/login.xhtml"));
        assertThat(users.statusCode()).isEqualTo(302);
        assertThat(users.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).contains("/login.xhtml"));
    }

    /**
     * Another spelling of an operation's address (a trailing slash) is not found for every caller, whatever its token
     * or capacity, anonymous included, in the caller's language: the gates in front of the API match the written
     * addresses only (ApiPathGate).
     */
    @Test
    void anotherSpellingOfAnAddressIsNotFoundForEveryCaller() {
        for (String path : List.of("/me/", "/cases/", "/notices/")) {
            for (String user : List.of("counsel", "defence", "clerk", "judge")) {
                ApiClient.as(user).get(path).then()
                        .statusCode(404)
                        .contentType(startsWith("application/problem+json"))
                        .body("key", equalTo("api.notFound"));
            }
            ApiClient.anonymous().header("Accept-Language", "zh-CN").get(path).then()
                    .statusCode(404)
                    .header("Content-Language", "zh-CN")
                    .body("key", equalTo("api.notFound"));
        }
    }

    @Test
    void anUnknownOperationIsAProblemToo() {
        ApiClient.as("counsel").get("/no-such-thing").then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("key", equalTo("api.notFound"));
        ApiClient.as("counsel").delete("/me").then()
                .statusCode(405)
                .header("Allow", not(equalTo(null)))
                .body("key", equalTo("api.status.405.detail"));
    }
}
