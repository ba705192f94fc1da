package org.evidencedesk.api;

import static io.restassured.RestAssured.given;

import io.restassured.builder.RequestSpecBuilder;
import io.restassured.specification.RequestSpecification;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.stream.Collectors;
import org.evidencedesk.identity.TokenScope;
import org.evidencedesk.shared.Sha256;
import org.evidencedesk.support.SharedServer;

/**
 * REST Assured calls of the API on the shared server, as a demo user (with the user's documented demo token), with a
 * token of chosen scopes, or anonymously.
 */
public final class ApiClient {

    public static final String DEMO_PASSWORD = "Demo-Evidence-2026";

    private ApiClient() {
    }

    /** The demo user's documented token: {@code edk_demo_<username>_Demo-Evidence-2026}. */
    public static String demoToken(String username) {
        return "edk_demo_" + username + "_" + DEMO_PASSWORD;
    }

    /** A request as the demo user, with every scope the user's role may hold. */
    public static RequestSpecification as(String username) {
        return withToken(demoToken(username));
    }

    /** A request with the given token. */
    public static RequestSpecification withToken(String token) {
        return given(base()).header("Authorization", "Bearer " + token);
    }

    /** A request without a token. */
    public static RequestSpecification anonymous() {
        return given(base());
    }

    /**
     * A request as the user with a fresh token that carries only these scopes, written into the server's database as
     * {@code AccessTokens} would write it (the scopes are still narrowed to the role's when it is used).
     */
    public static RequestSpecification withScopes(String username, TokenScope... scopes) {
        return withToken(newToken(username, scopes));
    }

    /** A fresh token of the user with only these scopes; its secret. */
    public static String newToken(String username, TokenScope... scopes) {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String secret = "edk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String codes = Arrays.stream(scopes).sorted().map(TokenScope::code).collect(Collectors.joining(","));
        try (Connection database = SharedServer.openDatabase();
             PreparedStatement insert = database.prepareStatement("insert into access_token (version, owner, name, secret_sha256, prefix,"
                     + " scopes, created_at, expires_on) values (0, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, username);
            insert.setString(2, "test " + codes);
            insert.setString(3, Sha256.hexOf(secret));
            insert.setString(4, secret.substring(0, 12));
            insert.setString(5, codes);
            insert.setTimestamp(6, Timestamp.from(Instant.now()));
            insert.setObject(7, LocalDate.now().plusDays(30));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not write a test token for " + username, e);
        }
        return secret;
    }

    /** The base URI of the API, e.g. {@code http://localhost:8181/api/v1}. */
    public static String apiBase() {
        return SharedServer.baseUrl() + "api/v1";
    }

    private static RequestSpecification base() {
        return new RequestSpecBuilder().setBaseUri(apiBase()).build();
    }

}
