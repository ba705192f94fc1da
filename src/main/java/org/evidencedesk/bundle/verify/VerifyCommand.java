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
        for (int i = 0; i < arguments.length; i++) {
            String argument = arguments[i];
            if (argument.equals("--trust") && i + 1 < arguments.length) {
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
        BundleReport report = new BundleVerifier(Clock.systemUTC()).verify(bundle, root);
        out.print(ReportText.render(report, messages(locale)));
        return report.passed() ? VERIFIED : FAILED;
    }

    private static int usage(PrintStream err) {
        err.println("Usage: java -jar evidence-desk-verify.jar BUNDLE.asice [--trust ROOT.pem] [--lang en|zh]");
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
