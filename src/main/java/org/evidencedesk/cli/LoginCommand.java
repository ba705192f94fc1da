package org.evidencedesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code login --server URL [--token T]} (the token from stdin when not given, so it stays out of the shell's history):
 * checks the token with {@code GET /me}, pins the server's root certificate and stores the login owner-only.
 * A server already pinned with another root is refused: a changed root is what an attacker would serve, and the
 * installation's root never changes (a key migration keeps it); {@code logout} first if it really did.
 */
final class LoginCommand {

    private LoginCommand() {
    }

    static ExitCode login(Session session, List<String> arguments) {
        Options options = Options.parse(arguments, Set.of("--server", "--token"), Set.of(), Map.of());
        if (!options.positional().isEmpty()) {
            throw new CommandFailure(ExitCode.USAGE, "cli.usage.login");
        }
        String server = options.value("--server")
                .or(() -> Optional.ofNullable(session.environment().get(Login.SERVER_VARIABLE)))
                .orElseThrow(() -> new CommandFailure(ExitCode.USAGE, "cli.usage.login"));
        String token = options.value("--token").orElseGet(() -> readToken(session));
        if (token.isBlank()) {
            throw new CommandFailure(ExitCode.USAGE, "cli.login.noToken");
        }
        Login login = new Login(server, token.strip(), null);
        if (!login.server().startsWith("https://") && !login.server().startsWith("http://")) {
            throw new CommandFailure(ExitCode.USAGE, "cli.server.badAddress", server);
        }
        Api api = new Api(login, session.texts());
        JsonNode me = api.getJson("/me").json();
        X509Certificate root = RootPin.served(api);
        String fingerprint = RootPin.fingerprint(root);
        Optional<String> pinned = session.config().load().filter(stored -> stored.server().equals(login.server()))
                .map(Login::rootSha256).filter(pin -> pin != null);
        if (pinned.isPresent() && !pinned.get().equalsIgnoreCase(fingerprint)) {
            throw new CommandFailure(ExitCode.FAILED, "cli.root.changed", login.server(), RootPin.colons(pinned.get()),
                    RootPin.colons(fingerprint));
        }
        session.config().store(login.pinned(fingerprint));
        session.out().println(session.texts().say("cli.login.done", login.server(), Json.text(me, "username"),
                joined(me.path("roles")), String.valueOf(Json.text(me, "tokenName")), joined(me.path("scopes")),
                String.valueOf(Json.text(me, "expiresOn"))));
        session.out().println(session.texts().say("cli.login.pinned", root.getSubjectX500Principal().getName(), RootPin.colons(fingerprint)));
        session.out().println(session.texts().say("cli.login.stored", session.config().path()));
        return ExitCode.OK;
    }

    static ExitCode logout(Session session, List<String> arguments) {
        if (!arguments.isEmpty()) {
            throw new CommandFailure(ExitCode.USAGE, "cli.usage.logout");
        }
        boolean deleted = session.config().delete();
        session.out().println(session.texts().say(deleted ? "cli.logout.done" : "cli.logout.none", session.config().path()));
        return ExitCode.OK;
    }

    private static String readToken(Session session) {
        java.io.Console console = System.console();
        if (console != null && session.terminal()) {
            char[] typed = console.readPassword("%s", session.texts().say("cli.login.prompt"));
            return typed == null ? "" : new String(typed);
        }
        try {
            String line = new BufferedReader(new InputStreamReader(session.in(), StandardCharsets.UTF_8)).readLine();
            return line == null ? "" : line;
        } catch (IOException e) {
            return "";
        }
    }

    private static String joined(JsonNode list) {
        List<String> values = new ArrayList<>();
        list.forEach(value -> values.add(value.asText()));
        return String.join(", ", values);
    }
}
