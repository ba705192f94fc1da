package org.evidencedesk.bundle.verify;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Runs the verify command again in a JVM of its own with the serial collector, when whoever started it chose no
 * collector. A verification is seconds of hashing and signature checks on every core, allocating about 1 GB of
 * short-lived objects. On any machine with two cores and 2 GB the JVM picks G1, whose young generation grew to
 * 470 MB for the 2 GiB bundle and whose barriers and concurrent work took a share of both cores: that bundle took
 * 6.2-6.5 s with G1 and 5.0-5.3 s with the serial collector on 2 cores (docs/benchmarks.md).
 * <p>
 * The verification is the same code either way. The second JVM gets the first one's options and the same arguments,
 * shares its terminal, and its exit code is the command's. A collector chosen on the command line
 * ({@code -XX:+UseG1GC}, say), a first JVM that has the serial collector already (the JVM's own choice on one core),
 * one with an agent (a debugger or profiler, which the second JVM would load again: a debugger's port taken, a
 * profiler's file written twice), or one that cannot start another, verifies in the first JVM.
 */
final class SerialCollectorLaunch {

    /** Set in the second JVM, so that it never starts a third. */
    static final String RELAUNCHED = "evidencedesk.verify.relaunched";
    /** What the serial collector calls its young generation's collector (the JVM picks it itself on one core). */
    private static final String SERIAL_YOUNG = "Copy";
    /** A collector chosen, or an agent (a debugger, a profiler) watching this JVM, which a second one would load again. */
    private static final Pattern STAY = Pattern.compile("-XX:[+-]Use\\w*GC|-agentlib:.*|-agentpath:.*|-javaagent:.*");

    private SerialCollectorLaunch() {
    }

    /**
     * Runs the command in a second JVM and returns its exit code, or nothing when it is to run in this one.
     */
    static OptionalInt runAgain(String[] arguments) {
        Optional<List<String>> command;
        try {
            boolean serialAlready = System.getProperty(RELAUNCHED) != null || ManagementFactory.getGarbageCollectorMXBeans()
                    .stream().anyMatch(collector -> collector.getName().equals(SERIAL_YOUNG));
            command = command(javaBinary(), ManagementFactory.getRuntimeMXBean().getInputArguments(), serialAlready,
                    System.getProperty("java.class.path", ""), arguments);
        } catch (LinkageError | SecurityException e) {
            // A runtime without java.management, or one that forbids looking: verify here.
            return OptionalInt.empty();
        }
        if (command.isEmpty()) {
            return OptionalInt.empty();
        }
        Process process;
        try {
            process = new ProcessBuilder(command.get()).inheritIO().start();
        } catch (IOException | SecurityException e) {
            return OptionalInt.empty();
        }
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        try {
            return OptionalInt.of(process.waitFor());
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
            return OptionalInt.of(VerifyCommand.USAGE);
        }
    }

    /** The second JVM's command line, or nothing when this JVM verifies. */
    static Optional<List<String>> command(String javaBinary, List<String> jvmOptions, boolean serialAlready,
                                          String classPath, String[] arguments) {
        boolean stay = jvmOptions.stream().anyMatch(option -> STAY.matcher(option).matches());
        if (serialAlready || stay || classPath.isBlank()) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(javaBinary);
        command.addAll(jvmOptions);
        command.addAll(List.of("-XX:+UseSerialGC", "-D" + RELAUNCHED + "=true", "-cp", classPath,
                VerifyCommand.class.getName()));
        command.addAll(List.of(arguments));
        return Optional.of(command);
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
