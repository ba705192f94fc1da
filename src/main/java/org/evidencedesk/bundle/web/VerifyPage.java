package org.evidencedesk.bundle.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.CertificateEncodingException;
import java.time.Clock;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.evidencedesk.bundle.verify.BundleReport;
import org.evidencedesk.bundle.verify.BundleVerifier;
import org.evidencedesk.bundle.verify.Finding;
import org.evidencedesk.shared.config.Settings;
import org.evidencedesk.signing.SigningKeys;
import org.evidencedesk.web.PageMessages;
import org.evidencedesk.shared.Sha256;

/**
 * The public verification page: anyone uploads a bundle, or a file with its token or signature, and sees the
 * same report the verify command prints, checked against this installation's root. Uploads go to a temporary
 * folder of their own, which is removed before the page is rendered, whatever happened.
 */
@Named
@RequestScoped
public class VerifyPage {

    private static final Logger LOG = Logger.getLogger(VerifyPage.class.getName());
    /** A bundle holds many items, each up to the upload limit; the page takes bundles up to this many limits. */
    public static final int BUNDLE_LIMIT_FACTOR = 4;

    @Inject
    private SigningKeys keys;

    @Inject
    private Settings settings;

    @Inject
    private Clock clock;

    @Inject
    private PageMessages messages;

    private Part bundle;
    private Part file;
    private Part proof;
    private BundleReport report;

    public void verifyBundle() {
        if (empty(bundle)) {
            report = nothingArrived();
            return;
        }
        if (bundle.getSize() > BUNDLE_LIMIT_FACTOR * settings.uploadLimitBytes()) {
            messages.error("verify.tooLarge");
            return;
        }
        inTemporaryFolder(folder -> {
            Path copy = copy(bundle, folder, "bundle.asice");
            report = new BundleVerifier(clock).verify(copy, Optional.of(keys.rootCertificate()));
            report = new BundleReport(name(bundle), report.caseNumber(), report.findings(), report.items());
        });
    }

    public void verifyFile() {
        if (empty(file) || empty(proof)) {
            report = nothingArrived();
            return;
        }
        if (file.getSize() > settings.uploadLimitBytes()) {
            messages.error("verify.tooLarge");
            return;
        }
        inTemporaryFolder(folder -> report = new BundleVerifier(clock).verifyFile(name(file), copy(file, folder, "file"),
                name(proof), copy(proof, folder, "proof"), keys.rootCertificate()));
    }

    private interface InFolder {
        void run(Path folder) throws IOException;
    }

    private void inTemporaryFolder(InFolder work) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("evidence-desk-verify-");
            work.run(folder);
        } catch (IOException e) {
            LOG.warning(() -> "Verification upload failed: " + e);
            messages.error("verify.uploadFailed");
        } finally {
            if (folder != null) {
                remove(folder);
            }
        }
    }

    private static Path copy(Part part, Path folder, String name) throws IOException {
        Path target = folder.resolve(name);
        try (InputStream in = part.getInputStream()) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    private static void remove(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.warning(() -> "Could not remove the verification folder " + folder + ": " + e);
        }
    }

    /** Faces hands over no part at all for an empty file, so "none chosen" and "0 bytes" look the same here. */
    private static boolean empty(Part part) {
        return part == null || part.getSize() == 0 || part.getSubmittedFileName() == null || part.getSubmittedFileName().isBlank();
    }

    private static BundleReport nothingArrived() {
        return new BundleReport("—", Optional.empty(), List.of(new Finding("archive", Finding.Level.FAIL,
                "no file arrived, or it is empty (0 bytes)")), List.of());
    }

    /** The name as submitted, without any folder a browser may send along. */
    private static String name(Part part) {
        String submitted = part.getSubmittedFileName();
        return submitted.substring(Math.max(submitted.lastIndexOf('/'), submitted.lastIndexOf('\\')) + 1);
    }

    public String getRootFingerprint() {
        try {
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(Sha256.of(keys.rootCertificate().getEncoded()));
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("The root certificate cannot be encoded", e);
        }
    }

    public String getRootSubject() {
        return keys.rootCertificate().getSubjectX500Principal().getName();
    }

    public BundleReport getReport() {
        return report;
    }

    public List<Finding> getFindings() {
        return report == null ? List.of() : report.findings();
    }

    public Part getBundle() {
        return bundle;
    }

    public void setBundle(Part bundle) {
        this.bundle = bundle;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public Part getProof() {
        return proof;
    }

    public void setProof(Part proof) {
        this.proof = proof;
    }
}
