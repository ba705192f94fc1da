package org.evidencedesk.bundle.verification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.evidencedesk.bundle.verify.BundleReport;
import org.evidencedesk.bundle.verify.BundleVerifier;
import org.evidencedesk.bundle.verify.Finding;
import org.evidencedesk.bundle.verify.Sentence;
import org.evidencedesk.bundle.verify.VerificationLimits;
import org.evidencedesk.shared.Phrase;
import org.evidencedesk.shared.config.Settings;
import org.evidencedesk.signing.SigningKeys;

/**
 * The one verifier anyone may use on this server, for the verification page and the API alike: checked against this
 * installation's root (and its court root for a court-signed bundle), with the standard caps and the configured time
 * budget. Nothing that arrived empty is verified: it is reported as nothing arrived.
 */
@ApplicationScoped
public class PublicVerifier {

    @Inject
    private SigningKeys keys;

    @Inject
    private Settings settings;

    @Inject
    private Clock clock;

    /** A bundle stored at {@code bundle}, reported under the name {@code subject}. */
    public BundleReport bundle(String subject, Path bundle) throws IOException {
        if (Files.size(bundle) == 0) {
            return nothingArrived(subject);
        }
        BundleReport made = verifier().verify(bundle, Optional.of(keys.rootCertificate()), courtRoots());
        return new BundleReport(subject, made.caseNumber(), made.findings(), made.items());
    }

    /** A single file with its time-stamp token ({@code proofName} ends in .tsr) or detached signature (.p7s). */
    public BundleReport file(String fileName, Path file, String proofName, Path proof) {
        return verifier().verifyFile(fileName, file, proofName, proof, keys.rootCertificate(), courtRoots());
    }

    /** The report on an upload that held nothing. */
    public static BundleReport nothingArrived(String subject) {
        return new BundleReport(subject, Optional.empty(), List.of(new Finding("archive", Finding.Level.FAIL,
                Phrase.of(Sentence.NOTHING_ARRIVED))), List.of());
    }

    private BundleVerifier verifier() {
        return new BundleVerifier(clock, VerificationLimits.STANDARD.withBudget(settings.verifierTimeBudget()));
    }

    private Set<X509Certificate> courtRoots() {
        return keys.courtRoot().map(Set::of).orElse(Set.of());
    }
}
