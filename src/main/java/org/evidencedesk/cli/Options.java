package org.evidencedesk.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command's arguments: options that take a value ({@code --status S} or {@code --status=S}, repeatable), flags,
 * and the positional arguments in order. An option the command does not know is a usage error, never ignored.
 */
final class Options {

    private final Map<String, List<String>> values = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();

    private Options() {
    }

    /** @param aliases short names for options ({@code -o} for {@code --output}) */
    static Options parse(List<String> arguments, Set<String> valued, Set<String> flags, Map<String, String> aliases) {
        Options options = new Options();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (!argument.startsWith("-") || argument.equals("-")) {
                options.positional.add(argument);
                continue;
            }
            String name = argument;
            String value = null;
            int equals = argument.indexOf('=');
            if (argument.startsWith("--") && equals > 0) {
                name = argument.substring(0, equals);
                value = argument.substring(equals + 1);
            }
            name = aliases.getOrDefault(name, name);
            if (flags.contains(name) && value == null) {
                options.values.computeIfAbsent(name, n -> new ArrayList<>()).add("true");
            } else if (valued.contains(name)) {
                if (value == null) {
                    if (i + 1 >= arguments.size()) {
                        throw new CommandFailure(ExitCode.USAGE, "cli.usage.needsValue", name);
                    }
                    value = arguments.get(++i);
                }
                options.values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            } else {
                throw new CommandFailure(ExitCode.USAGE, "cli.usage.unknownOption", argument);
            }
        }
        return options;
    }

    List<String> positional() {
        return List.copyOf(positional);
    }

    Optional<String> value(String name) {
        List<String> given = values(name);
        return given.isEmpty() ? Optional.empty() : Optional.of(given.get(given.size() - 1));
    }

    /** Every value given, a comma-separated value counting as several. */
    List<String> values(String name) {
        List<String> all = new ArrayList<>();
        for (String value : values.getOrDefault(name, List.of())) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    all.add(part.strip());
                }
            }
        }
        return all;
    }

    boolean flag(String name) {
        return values.containsKey(name);
    }
}
