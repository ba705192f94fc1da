package org.evidencedesk.bundle.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Logger;
import org.evidencedesk.bundle.verification.PublicVerifier;
import org.evidencedesk.bundle.verification.VerificationFolder;
import org.evidencedesk.bundle.verify.BundleReport;
import org.evidencedesk.bundle.verify.Finding;
import org.evidencedesk.bundle.verify.VerificationLimits;
import org.evidencedesk.shared.Phrase;
import org.evidencedesk.shared.config.Settings;
import org.evidencedesk.signing.SigningKeys;
import org.evidencedesk.web.PageMessages;
import org.evidencedesk.shared.Sha256;

/**
 * The public verification page: anyone uploads a bundle, or a file with its token or signature, and sees the
 * same report the verify command prints, checked against this installation's root. {@link VerifierGate} has
 * already given the request a verification slot. The uploads are moved, not copied, into a folder of their own,
 * which is removed before the page is rendered, whatever happened; the verification stops at its time budget.
 */
@Named
@RequestScoped
public class VerifyPage {

    private static final Logger LOG = Logger.getLogger(VerifyPage.class.getName());

    @Inject
    private SigningKeys keys;

    @Inject
    private Settings settings;

    @Inject
    private PublicVerifier verifier;

    @Inject
    private PageMessages messages;

    private Part bundle;
    private Part file;
    private Part proof;
    private BundleReport report;

    public void verifyBundle() {
        try {
            if (empty(bundle)) {
                report = PublicVerifier.nothingArrived("—");
            } else if (bundle.getSize() > settings.verifierBundleLimitBytes()) {
                messages.error("verify.tooLarge");
            } else {
                inFolder(folder -> report = verifier.bundle(name(bundle), folder.take(bundle, "bundle.asice")));
            }
        } finally {
            discard(bundle);
        }
    }

    public void verifyFile() {
        try {
            if (empty(file) || empty(proof)) {
                report = PublicVerifier.nothingArrived("—");
            } else if (file.getSize() > settings.uploadLimitBytes()) {
                messages.error("verify.tooLarge");
            } else if (proof.getSize() > VerificationLimits.PROOF_LIMIT) {
                messages.error("verify.proofTooLarge");
            } else {
                inFolder(folder -> report = verifier.file(name(file), folder.take(file, "file"), name(proof), folder.take(proof, "proof")));
            }
        } finally {
            discard(file);
            discard(proof);
        }
    }

    private interface InFolder {
        void run(VerificationFolder folder) throws IOException;
    }

    private void inFolder(InFolder work) {
        ServletContext context = (ServletContext) FacesContext.getCurrentInstance().getExternalContext().getContext();
        try (VerificationFolder folder = VerificationFolder.create(context)) {
            work.run(folder);
        } catch (IOException e) {
            LOG.warning(() -> "Verification upload failed: " + e);
            messages.error("verify.uploadFailed");
        }
    }

    /** The container's own temporary file of a part that was refused, or not moved, goes now rather than later. */
    private static void discard(Part part) {
        if (part != null) {
            try {
                part.delete();
            } catch (IOException e) {
                LOG.warning(() -> "Could not delete an uploaded part: " + e);
            }
        }
    }

    /** Faces hands over no part at all for an empty file, so "none chosen" and "0 bytes" look the same here. */
    private static boolean empty(Part part) {
        return part == null || part.getSize() == 0 || part.getSubmittedFileName() == null || part.getSubmittedFileName().isBlank();
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

    /** A finding's detail or an item's problem, in the language of the page. */
    public String say(Phrase phrase) {
        return phrase.render(Phrase.messages(FacesContext.getCurrentInstance().getViewRoot().getLocale()));
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
