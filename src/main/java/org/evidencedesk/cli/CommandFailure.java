package org.evidencedesk.cli;

import java.util.Arrays;
import java.util.List;
import org.evidencedesk.shared.Phrase;

/**
 * Why a command stops, as a sentence said in the user's language when it is printed, and the exit code it ends with.
 * A server's problem detail arrives already in that language and is carried as the argument of {@code cli.server}.
 */
public final class CommandFailure extends RuntimeException {

    private final transient Phrase phrase;
    private final ExitCode exitCode;

    public CommandFailure(ExitCode exitCode, String key, Object... arguments) {
        this(exitCode, new Phrase(key, texts(arguments)), null);
    }

    CommandFailure(ExitCode exitCode, Phrase phrase, Throwable cause) {
        super(phrase.toString(), cause);
        this.phrase = phrase;
        this.exitCode = exitCode;
    }

    public Phrase phrase() {
        return phrase;
    }

    public ExitCode exitCode() {
        return exitCode;
    }

    private static List<Object> texts(Object... arguments) {
        return Arrays.stream(arguments).map(argument -> argument instanceof Phrase ? argument : (Object) String.valueOf(argument)).toList();
    }
}
