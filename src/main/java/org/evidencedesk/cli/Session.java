package org.evidencedesk.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;

/**
 * One run of the client: the user's language, whether {@code --json} was asked for, where output goes, whether it is
 * a terminal, the environment and the stored login.
 */
record Session(Texts texts, boolean json, PrintStream out, PrintStream err, InputStream in, boolean terminal,
               Map<String, String> environment, ConfigFile config) {

    /** The login to use: the stored one with the environment's overrides; a command that needs one ends without it. */
    Login login() {
        Optional<Login> login = Login.resolve(config.load(), environment);
        return login.orElseThrow(() -> new CommandFailure(ExitCode.NOT_AUTHORIZED, "cli.login.needed"));
    }

    Api api() {
        return new Api(login(), texts);
    }

    /** Where progress goes: stdout, unless stdout carries the {@code --json} answer. */
    PrintStream progressOut() {
        return json ? err : out;
    }

    /** A case's id, from a positional argument. */
    long caseId(String argument) {
        try {
            long id = Long.parseLong(argument.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new CommandFailure(ExitCode.USAGE, "cli.usage.caseId", argument);
    }
}
