package org.evidencedesk.signing;

import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.evidencedesk.shared.config.ConfigurationException;
import org.evidencedesk.shared.config.Settings;

/**
 * The {@code ./pki} command: the root's jobs, run by an operator with the root's folder at hand, and the import of a
 * court's own signing certificate. Folders default to those of the configured data directory; the
 * server's keystore password is the configured one or the one kept beside it, like the server's.
 * Exit codes: 0 done, 1 refused or failed (the message says why), 2 wrong usage.
 */
public final class PkiCommand {

    static final String USAGE = """
            Usage: ./pki <command> [options]

            The jobs that need the root CA's key, which the running server never opens. Stop the server first (or
            restart it afterwards): it reads its keystore at start.

              init-root [--root DIR]
                  Make a new root CA in DIR (its keystore root-ca.p12, the password file root-ca.password, root-ca.pem
                  and its first CRL root-ca.crl). For a key ceremony before the first start; then run issue-ca.
              issue-ca [--role document-signing|time-stamping|both] [--root DIR] [--keys DIR]
                  Issue a new issuing CA of the role (default both) under the root, and new leaves under it; the old
                  leaves and CAs stay in the keystore so that what they signed still verifies. Without a keystore in
                  the keys folder, creates it with both CAs and all leaves.
              root-crl [--revoke CA-SLUG [--reason key-compromise|ca-compromise|superseded|cessation-of-operation]]
                       [--root DIR] [--keys DIR]
                  Sign the root's next CRL (due yearly), optionally revoking an issuing CA (e.g. document-signing-ca),
                  and publish it into the keys folder, where the server serves it as /pki/root-ca.crl.
              migrate [--root DIR] [--keys DIR]
                  Move an older installation's online root key out of the server's keystore into DIR (the same root
                  certificate: verifiers keep their root-ca.pem), issue the two CAs and new leaves; old leaves are kept.

              import-pkcs12 FILE [--password-file F] [--keys DIR]
                  Sign from the next start with the court's own CA-issued certificate: FILE is a PKCS#12 holding its
                  one private key with the chain up to the court CA's self-signed root (the password is read from F, or
                  asked for). The root is published as trusted/court-root.pem in the keys folder; time-stamps stay the
                  installation's. What was signed before keeps verifying against the Evidence Desk root.

            Defaults: --keys <data dir>/keys, --root <data dir>/keys-root (evidencedesk.data.dir in config/evidencedesk.properties).
            The server keystore's password is evidencedesk.keystore.password or the file keystore.password in the keys folder.
            After a ceremony, copy the root folder to offline storage and delete it from the server.
            """;

    private static final String IMPORT = "import-pkcs12";

    private final Settings settings;
    private final Clock clock;
    private final PrintStream out;
    private final PrintStream err;

    PkiCommand(Settings settings, Clock clock, PrintStream out, PrintStream err) {
        this.settings = settings;
        this.clock = clock;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] arguments) {
        System.exit(new PkiCommand(Settings.current(), Clock.systemUTC(), System.out, System.err).run(arguments));
    }

    int run(String... arguments) {
        if (arguments.length == 0 || List.of("-h", "--help", "help").contains(arguments[0])) {
            out.print(USAGE);
            return arguments.length == 0 ? 2 : 0;
        }
        Map<String, String> options = new HashMap<>();
        Optional<String> file = Optional.empty();
        for (int i = 1; i < arguments.length; i++) {
            String argument = arguments[i];
            if (argument.startsWith("--") && i + 1 < arguments.length) {
                options.put(argument.substring(2), arguments[++i]);
            } else if (IMPORT.equals(arguments[0]) && !argument.startsWith("--") && file.isEmpty()) {
                file = Optional.of(argument);
            } else {
                return usage("Unexpected argument " + argument);
            }
        }
        try {
            Path keys = options.containsKey("keys") ? Path.of(options.get("keys")) : settings.dataDirectory().resolve("keys");
            Path root = options.containsKey("root") ? Path.of(options.get("root"))
                    : settings.dataDirectory().resolve(KeysDirectory.ROOT_DIRECTORY);
            RootCeremony ceremony = new RootCeremony(clock, new AuthorityAddresses(settings.pkiPublicBaseUrl()), settings.pkiLeafValidity());
            switch (arguments[0]) {
                case "init-root" -> {
                    RootAuthority made = ceremony.initRoot(root);
                    out.println("Root CA made in " + made.folder().toAbsolutePath() + " ("
                            + made.credential().certificate().getSubjectX500Principal().getName() + ", valid until "
                            + made.credential().certificate().getNotAfter().toInstant() + ").");
                    out.println("Next: ./pki issue-ca --root " + root + "; then take the folder offline.");
                }
                case "issue-ca" -> {
                    Set<AuthorityRole> roles = roles(options.getOrDefault("role", "both"));
                    List<String> issued = ceremony.issueAuthorities(root, keys, password(keys), roles);
                    out.println("Issued " + String.join(", ", issued) + " under the root in " + root.toAbsolutePath()
                            + ", with new leaves, into " + keys.resolve(KeysDirectory.KEYSTORE_FILE).toAbsolutePath()
                            + ". Restart the server to use them.");
                }
                case "root-crl" -> {
                    Optional<String> revoke = Optional.ofNullable(options.get("revoke"));
                    RevocationReason reason = reason(options.getOrDefault("reason", "ca-compromise"));
                    X509CRL crl = ceremony.signRootCrl(root, keys, password(keys), revoke, reason);
                    out.println("Root CRL number " + RevocationLists.number(crl) + " signed, next update due "
                            + crl.getNextUpdate().toInstant() + (revoke.map(slug -> ", revoking " + slug).orElse(""))
                            + "; published as " + keys.resolve(KeysDirectory.ROOT_CRL_FILE).toAbsolutePath() + ".");
                }
                case "migrate" -> {
                    ceremony.migrate(root, keys, password(keys));
                    out.println("Migrated: the root key is now in " + root.resolve(RootAuthority.KEYSTORE_FILE).toAbsolutePath()
                            + " and no longer in the server's keystore; the signing and time-stamping CAs and new leaves were"
                            + " issued, the old leaves kept as retired. Restart the server, then take " + root.toAbsolutePath()
                            + " offline.");
                }
                case IMPORT -> {
                    if (file.isEmpty()) {
                        return usage(IMPORT + " needs the PKCS#12 file");
                    }
                    Path pkcs12 = Path.of(file.get());
                    Credential court = CourtCredential.read(pkcs12, importPassword(options), clock.instant());
                    KeysDirectory.importCourtSigner(keys, password(keys), court);
                    out.println("Imported " + court.certificate().getSubjectX500Principal().getName() + " (valid until "
                            + court.certificate().getNotAfter().toInstant() + ") into "
                            + keys.resolve(KeysDirectory.KEYSTORE_FILE).toAbsolutePath() + "; its root "
                            + court.chain().get(court.chain().size() - 1).getSubjectX500Principal().getName() + " is published as "
                            + keys.resolve(KeysDirectory.COURT_ROOT_FILE).toAbsolutePath()
                            + ". Restart the server: from then on documents are signed with it.");
                }
                default -> {
                    return usage("Unknown command " + arguments[0]);
                }
            }
            return 0;
        } catch (ConfigurationException | IllegalArgumentException e) {
            err.println("pki " + arguments[0] + ": " + e.getMessage());
            return 1;
        }
    }

    /** The PKCS#12 file's password: the first line of --password-file, else asked for on the console. */
    private static char[] importPassword(Map<String, String> options) {
        if (options.containsKey("password-file")) {
            Path passwordFile = Path.of(options.get("password-file"));
            try {
                return Files.readString(passwordFile, StandardCharsets.UTF_8).lines().findFirst().orElse("").toCharArray();
            } catch (IOException e) {
                throw new ConfigurationException("Cannot read the password file " + passwordFile + ": " + e.getMessage(), e);
            }
        }
        Console console = System.console();
        if (console == null) {
            throw new ConfigurationException("No console to ask for the PKCS#12 password: give it with --password-file");
        }
        char[] typed = console.readPassword("Password of the PKCS#12 file: ");
        return typed == null ? new char[0] : typed;
    }

    private char[] password(Path keys) {
        return KeysDirectory.passwordFor(keys, settings.keystorePassword());
    }

    private static Set<AuthorityRole> roles(String role) {
        return switch (role) {
            case "both" -> EnumSet.allOf(AuthorityRole.class);
            case "document-signing" -> EnumSet.of(AuthorityRole.DOCUMENT_SIGNING);
            case "time-stamping" -> EnumSet.of(AuthorityRole.TIME_STAMPING);
            default -> throw new IllegalArgumentException("--role is document-signing, time-stamping or both, not " + role);
        };
    }

    private static RevocationReason reason(String reason) {
        try {
            return RevocationReason.valueOf(reason.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--reason is one of key-compromise, ca-compromise, affiliation-changed, superseded,"
                    + " cessation-of-operation or unspecified, not " + reason);
        }
    }

    private int usage(String problem) {
        err.println(problem);
        err.print(USAGE);
        return 2;
    }
}
