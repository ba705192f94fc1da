package org.evidencedesk.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evidencedesk.bundle.verify.VerifyCommand;

/**
 * {@code java -jar evidence-desk-cli.jar <command>}: the Evidence Desk command-line client. Reads the global options
 * ({@code --lang en|zh}, default from the system's locale; {@code --json}; {@code --help}), runs the command and
 * exits with its {@link ExitCode}; {@code verify} is the verify command itself, with its own options and codes.
 */
public final class Cli {

    private Cli() {
    }

    public static void main(String[] arguments) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(List.of(arguments), System.getenv(), System.in, out, err, System.console() != null));
    }

    static int run(List<String> arguments, Map<String, String> environment, InputStream in, PrintStream out, PrintStream err,
                   boolean terminal) {
        List<String> rest = new ArrayList<>();
        String language = Locale.getDefault().getLanguage();
        boolean json = false;
        boolean help = false;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("--lang") && i + 1 < arguments.size()) {
                language = arguments.get(++i);
            } else if (argument.startsWith("--lang=")) {
                language = argument.substring("--lang=".length());
            } else if (argument.equals("--json")) {
                json = true;
            } else if (argument.equals("--help") || argument.equals("-h")) {
                help = true;
            } else {
                rest.add(argument);
            }
        }
        Texts texts = Texts.of(language);
        if (help || rest.isEmpty() || rest.get(0).equals("help")) {
            (help || !rest.isEmpty() ? out : err).println(texts.say("cli.help", SubmitCommand.DEFAULT_PARALLEL));
            return help || !rest.isEmpty() ? ExitCode.OK.code() : ExitCode.USAGE.code();
        }
        String command = rest.get(0);
        List<String> commandArguments = rest.subList(1, rest.size());
        if (command.equals("verify")) {
            return verify(commandArguments, texts, json, out, err);
        }
        Session session = new Session(texts, json, out, err, in, terminal, environment, ConfigFile.fromEnvironment(environment));
        try {
            return (switch (command) {
                case "login" -> LoginCommand.login(session, commandArguments);
                case "logout" -> LoginCommand.logout(session, commandArguments);
                case "cases" -> ListCommands.cases(session, commandArguments);
                case "items" -> ListCommands.items(session, commandArguments);
                case "submit" -> SubmitCommand.run(session, commandArguments);
                case "export" -> ExportCommand.run(session, commandArguments);
                default -> throw new CommandFailure(ExitCode.USAGE, "cli.usage.unknownCommand", command);
            }).code();
        } catch (CommandFailure failure) {
            err.println(texts.say(failure.phrase()));
            if (failure.exitCode() == ExitCode.USAGE) {
                err.println(texts.say("cli.usage.seeHelp"));
            }
            return failure.exitCode().code();
        }
    }

    /** The verify command as it is, in the user's language unless the arguments name one. */
    private static int verify(List<String> arguments, Texts texts, boolean json, PrintStream out, PrintStream err) {
        List<String> passed = new ArrayList<>(arguments);
        passed.add("--lang");
        passed.add(texts.language());
        if (json) {
            passed.add("--json");
        }
        return VerifyCommand.run(passed.toArray(String[]::new), out, err);
    }
}
