package org.evidencedesk.cli;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The server, the token and the SHA-256 fingerprint of the server's root certificate pinned at login; the environment
 * ({@code EVIDENCE_DESK_SERVER}, {@code EVIDENCE_DESK_TOKEN}, {@code EVIDENCE_DESK_ROOT_SHA256}) overrides what is
 * stored, for CI. A pin belongs to its server: another server named in the environment starts without one.
 *
 * @param rootSha256 lower-case hex; null when nothing is pinned (a CI run that never logged in)
 */
record Login(String server, String token, String rootSha256) {

    static final String SERVER_VARIABLE = "EVIDENCE_DESK_SERVER";
    static final String TOKEN_VARIABLE = "EVIDENCE_DESK_TOKEN";
    static final String ROOT_VARIABLE = "EVIDENCE_DESK_ROOT_SHA256";

    Login {
        server = normalized(server);
    }

    static Optional<Login> resolve(Optional<Login> stored, Map<String, String> environment) {
        Optional<String> server = Optional.ofNullable(environment.get(SERVER_VARIABLE)).filter(value -> !value.isBlank())
                .or(() -> stored.map(Login::server)).map(Login::normalized);
        Optional<String> token = Optional.ofNullable(environment.get(TOKEN_VARIABLE)).filter(value -> !value.isBlank())
                .or(() -> stored.map(Login::token));
        if (server.isEmpty() || token.isEmpty()) {
            return Optional.empty();
        }
        String pin = Optional.ofNullable(environment.get(ROOT_VARIABLE)).filter(value -> !value.isBlank())
                .map(value -> value.replace(":", "").strip().toLowerCase(Locale.ROOT))
                .or(() -> stored.filter(login -> login.server().equals(server.get())).map(Login::rootSha256)).orElse(null);
        return Optional.of(new Login(server.get(), token.get().strip(), pin));
    }

    /** Without the trailing slash, so paths are appended alike whatever the user typed. */
    static String normalized(String server) {
        String value = server.strip();
        while (value.endsWith("/")) {
            value = value.substring(0, value.length() - 1);
        }
        return value;
    }

    Login pinned(String rootSha256) {
        return new Login(server, token, rootSha256);
    }

    /** Never the token: this is what may end up in a log. */
    @Override
    public String toString() {
        return "Login[" + server + "]";
    }
}
