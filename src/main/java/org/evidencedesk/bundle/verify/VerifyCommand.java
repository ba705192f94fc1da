package org.evidencedesk.bundle.verify;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.ResourceBundle;
import java.util.Set;
import org.evidencedesk.shared.Phrase;

/**
 * {@code java -jar evidence-desk-verify.jar bundle.asice [--trust root.pem [--court-root court-root.pem]] [--lang zh] [--json]}:
 * prints the report (as JSON with {@code --json}) and
 * exits 0 when every check passed, 1 when one failed (or the file is no bundle), 2 when it was called wrongly.
 * It applies the public page's caps on entries, manifest items and custody lines (a hostile bundle is as hostile
 * offline), which the person running it may raise for their own machine with {@code --max-entries},
 * {@code --max-items} and {@code --max-log-lines}; it has no time budget (Ctrl-C stops it). Started without a choice
 * of garbage collector, it runs in a second JVM with the serial one ({@link SerialCollectorLaunch}).
 */
public final class VerifyCommand {

    static final int VERIFIED = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private VerifyCommand() {
    }

    public static void main(String[] arguments) {
        OptionalInt elsewhere = SerialCollectorLaunch.runAgain(arguments);
        if (elsewhere.isPresent()) {
            System.exit(elsewhere.getAsInt());
        }
        System.exit(run(arguments, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8)));
    }

    public static int run(String[] arguments, PrintStream out, PrintStream err) {
        Path bundle = null;
        Path trust = null;
        Path courtRoot = null;
        Locale locale = Locale.ENGLISH;
        boolean json = false;
        VerificationLimits limits = VerificationLimits.STANDARD;
        for (int i = 0; i < arguments.length; i++) {
            String argument = arguments[i];
            if (argument.startsWith("--max-") && i + 1 < arguments.length) {
                int value;
                try {
                    value = Integer.parseInt(arguments[++i]);
                } catch (NumberFormatException e) {
                    return usage(err, locale);
                }
                if (value < 1) {
                    return usage(err, locale);
                }
                switch (argument) {
                    case "--max-entries" -> limits = limits.withEntries(value);
                    case "--max-items" -> limits = limits.withManifestItems(value);
                    case "--max-log-lines" -> limits = limits.withCustodyLines(value);
                    default -> {
                        return usage(err, locale);
                    }
                }
            } else if (argument.equals("--trust") && i + 1 < arguments.length) {
                trust = Path.of(arguments[++i]);
            } else if (argument.equals("--json")) {
                json = true;
            } else if (argument.equals("--court-root") && i + 1 < arguments.length) {
                courtRoot = Path.of(arguments[++i]);
            } else if (argument.equals("--lang") && i + 1 < arguments.length) {
                locale = language(arguments[++i]);
            } else if (!argument.startsWith("--") && bundle == null) {
                bundle = Path.of(argument);
            } else {
                return usage(err, locale);
            }
        }
        if (bundle == null) {
            return usage(err, locale);
        }
        ResourceBundle messages = Phrase.messages(locale);
        if (!Files.isRegularFile(bundle)) {
            err.println(ReportText.message(messages, "verify.command.noSuchFile", bundle.toString()));
            return USAGE;
        }
        Optional<X509Certificate> root = Optional.empty();
        if (trust != null) {
            try {
                root = Optional.of(BundleVerifier.certificateFrom(Files.readAllBytes(trust)));
            } catch (IOException | CertificateException e) {
                err.println(ReportText.message(messages, "verify.command.badRoot", trust.toString(), String.valueOf(e.getMessage())));
                return USAGE;
            }
        }
        Set<X509Certificate> courtRoots = Set.of();
        if (courtRoot != null) {
            try {
                courtRoots = Set.of(BundleVerifier.certificateFrom(Files.readAllBytes(courtRoot)));
            } catch (IOException | CertificateException e) {
                err.println(ReportText.message(messages, "verify.command.badRoot", courtRoot.toString(), String.valueOf(e.getMessage())));
                return USAGE;
            }
        }
        // On the reader's own machine every core checks items: the report is the same as one thread's.
        BundleReport report = new BundleVerifier(Clock.systemUTC(), limits, Runtime.getRuntime().availableProcessors())
                .verify(bundle, root, courtRoots);
        out.print(json ? ReportJson.render(report, messages) : ReportText.render(report, messages));
        return report.passed() ? VERIFIED : FAILED;
    }

    /** {@code zh}, {@code zh-CN}, {@code zh_CN}: Simplified Chinese; anything else: English. */
    static Locale language(String tag) {
        return tag.toLowerCase(Locale.ROOT).startsWith("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    private static int usage(PrintStream err, Locale locale) {
        ResourceBundle messages = Phrase.messages(locale);
        err.println(ReportText.message(messages, "verify.command.usage"));
        err.println(ReportText.message(messages, "verify.command.caps", String.valueOf(VerificationLimits.MAX_ENTRIES),
                String.valueOf(VerificationLimits.MAX_MANIFEST_ITEMS), String.valueOf(VerificationLimits.MAX_CUSTODY_LINES)));
        return USAGE;
    }
}
