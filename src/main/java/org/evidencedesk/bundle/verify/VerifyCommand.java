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
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * {@code java -jar evidence-desk-verify.jar bundle.asice [--trust root.pem] [--lang zh]}: prints the report and
 * exits 0 when every check passed, 1 when one failed (or the file is no bundle), 2 when it was called wrongly.
 * It applies the public page's caps on entries, manifest items and custody lines (a hostile bundle is as hostile
 * offline), which the person running it may raise for their own machine with {@code --max-entries},
 * {@code --max-items} and {@code --max-log-lines}; it has no time budget (Ctrl-C stops it).
 */
public final class VerifyCommand {

    static final int VERIFIED = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private VerifyCommand() {
    }

    public static void main(String[] arguments) {
        System.exit(run(arguments, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8)));
    }

    static int run(String[] arguments, PrintStream out, PrintStream err) {
        Path bundle = null;
        Path trust = null;
        Locale locale = Locale.ENGLISH;
        VerificationLimits limits = VerificationLimits.STANDARD;
        for (int i = 0; i < arguments.length; i++) {
            String argument = arguments[i];
            if (argument.startsWith("--max-") && i + 1 < arguments.length) {
                int value;
                try {
                    value = Integer.parseInt(arguments[++i]);
                } catch (NumberFormatException e) {
                    return usage(err);
                }
                if (value < 1) {
                    return usage(err);
                }
                switch (argument) {
                    case "--max-entries" -> limits = limits.withEntries(value);
                    case "--max-items" -> limits = limits.withManifestItems(value);
                    case "--max-log-lines" -> limits = limits.withCustodyLines(value);
                    default -> {
                        return usage(err);
                    }
                }
            } else if (argument.equals("--trust") && i + 1 < arguments.length) {
                trust = Path.of(arguments[++i]);
            } else if (argument.equals("--lang") && i + 1 < arguments.length) {
                locale = arguments[++i].startsWith("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
            } else if (!argument.startsWith("--") && bundle == null) {
                bundle = Path.of(argument);
            } else {
                return usage(err);
            }
        }
        if (bundle == null) {
            return usage(err);
        }
        if (!Files.isRegularFile(bundle)) {
            err.println("No such file: " + bundle);
            return USAGE;
        }
        Optional<X509Certificate> root = Optional.empty();
        if (trust != null) {
            try {
                root = Optional.of(BundleVerifier.certificateFrom(Files.readAllBytes(trust)));
            } catch (IOException | CertificateException e) {
                err.println("Cannot read the trusted root " + trust + ": " + e.getMessage());
                return USAGE;
            }
        }
        BundleReport report = new BundleVerifier(Clock.systemUTC(), limits).verify(bundle, root);
        out.print(ReportText.render(report, messages(locale)));
        return report.passed() ? VERIFIED : FAILED;
    }

    private static int usage(PrintStream err) {
        err.println("Usage: java -jar evidence-desk-verify.jar BUNDLE.asice [--trust ROOT.pem] [--lang en|zh]"
                + " [--max-entries N] [--max-items N] [--max-log-lines N]");
        err.println("  caps (default " + VerificationLimits.MAX_ENTRIES + " archive entries, " + VerificationLimits.MAX_MANIFEST_ITEMS
                + " manifest items, " + VerificationLimits.MAX_CUSTODY_LINES + " custody log lines) refuse hostile bundles;"
                + " raise them only for a bundle you have reason to trust");
        return USAGE;
    }

    private static ResourceBundle messages(Locale locale) {
        try {
            return ResourceBundle.getBundle("org.evidencedesk.web.messages", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            return ResourceBundle.getBundle("org.evidencedesk.web.messages", Locale.ROOT);
        }
    }
}
