package org.evidencedesk.cli;

import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import org.evidencedesk.bundle.verify.BundleVerifier;
import org.evidencedesk.shared.Sha256;

/**
 * The server's root certificate ({@code /root-ca.pem}), trusted on first use: its SHA-256 fingerprint is pinned at
 * login, and every later check of a receipt refuses a root with another fingerprint, so a server (or someone in between)
 * that swaps the root cannot make forged receipts pass.
 */
final class RootPin {

    private RootPin() {
    }

    /** The root the server serves now, unchecked: for login, which pins it. */
    static X509Certificate served(Api api) {
        Answer answer = api.rootCertificate().orFail();
        try {
            return BundleVerifier.certificateFrom(answer.body());
        } catch (CertificateException | RuntimeException e) {
            throw new CommandFailure(ExitCode.UNAVAILABLE, "cli.root.unreadable", api.login().server(), Api.reason(e));
        }
    }

    /** The root the server serves, when it is the one pinned at login; refused otherwise, or when none was pinned. */
    static X509Certificate pinned(Api api) {
        String pin = api.login().rootSha256();
        if (pin == null) {
            throw new CommandFailure(ExitCode.NOT_AUTHORIZED, "cli.root.notPinned", api.login().server());
        }
        X509Certificate root = served(api);
        String served = fingerprint(root);
        if (!served.equalsIgnoreCase(pin.strip())) {
            throw new CommandFailure(ExitCode.FAILED, "cli.root.changed", api.login().server(), colons(pin), colons(served));
        }
        return root;
    }

    static String fingerprint(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(Sha256.of(certificate.getEncoded()));
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** As browsers and openssl show fingerprints: upper-case pairs joined by colons. */
    static String colons(String hex) {
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(HexFormat.of().parseHex(hex.strip()));
    }
}
