package org.evidencedesk.evidence.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.evidencedesk.dispute.CaseNotFoundException;
import org.evidencedesk.dispute.CaseWorkflow;
import org.evidencedesk.dispute.DeadlinePlanner;
import org.evidencedesk.disclosure.DisclosureWorkflow;
import org.evidencedesk.evidence.CollectionRecord;
import org.evidencedesk.evidence.Confidentiality;
import org.evidencedesk.evidence.ContentDigest;
import org.evidencedesk.evidence.EvidenceIntake;
import org.evidencedesk.evidence.EvidenceMetadata;
import org.evidencedesk.shared.BusinessException;
import org.evidencedesk.shared.config.Settings;
import org.evidencedesk.shared.persistence.CommitDurability;
import org.evidencedesk.web.CurrentUser;
import org.evidencedesk.web.NotFound;
import org.evidencedesk.web.PageMessages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.NativeUploadedFile;
import org.primefaces.model.file.UploadedFile;
import org.primefaces.model.file.UploadedFileWrapper;

/**
 * Submitting evidence: files dropped on the page go straight into the evidence store (only their
 * hashes stay with the page, never their bytes); each then gets its own title, fact to prove, collection
 * record and confidentiality, and "Submit" numbers, timestamps and signs them.
 */
@Named
@ViewScoped
public class UploadPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EvidenceIntake intake;

    @Inject
    private CaseWorkflow workflow;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PageMessages messages;

    @Inject
    private transient Settings settings;

    @Inject
    private DeadlinePlanner planner;

    @Inject
    private DisclosureWorkflow disclosures;

    @Inject
    private transient CommitDurability durability;

    private Long caseId;
    /** The disclosure request whose order the files are produced under, if the page was opened for one. */
    private Long orderId;
    private String caseNumber;
    /** Whether the user may submit evidence to the case now: asked of the intake, which refuses the files too. */
    private boolean accepting;
    private final List<Pending> pending = new ArrayList<>();

    /** A received file waiting for its description. */
    public static class Pending implements Serializable {
        private static final long serialVersionUID = 1L;
        private final ContentDigest digest;
        private final String filename;
        private final String mediaType;
        private String title;
        private String factToProve;
        private String source;
        private String method;
        private String collector;
        private String tool;
        private LocalDateTime capturedAt;
        private String certificateReference;
        private Confidentiality confidentiality = Confidentiality.PARTIES;

        Pending(ContentDigest digest, String filename, String mediaType) {
            this.digest = digest;
            this.filename = filename;
            this.mediaType = mediaType;
            int dot = filename.lastIndexOf('.');
            this.title = dot > 0 ? filename.substring(0, dot) : filename;
        }

        public ContentDigest getDigest() { return digest; }
        public String getFilename() { return filename; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getFactToProve() { return factToProve; }
        public void setFactToProve(String factToProve) { this.factToProve = factToProve; }
        public String getSource() { return source; }
        public void setSource(String source) { this.source = source; }
        public String getMethod() { return method; }
        public void setMethod(String method) { this.method = method; }
        public String getCollector() { return collector; }
        public void setCollector(String collector) { this.collector = collector; }
        public String getTool() { return tool; }
        public void setTool(String tool) { this.tool = tool; }
        public LocalDateTime getCapturedAt() { return capturedAt; }
        public void setCapturedAt(LocalDateTime capturedAt) { this.capturedAt = capturedAt; }
        public String getCertificateReference() { return certificateReference; }
        public void setCertificateReference(String certificateReference) { this.certificateReference = certificateReference; }
        public Confidentiality getConfidentiality() { return confidentiality; }
        public void setConfidentiality(Confidentiality confidentiality) { this.confidentiality = confidentiality; }
    }

    public String load() {
        try {
            caseNumber = workflow.view(caseId == null ? -1 : caseId, currentUser.getUsername()).disputeCase().getDisplayNumber();
            if (orderId != null && disclosures.open(orderId, currentUser.getUsername()).request().getDisputeCase().getId() != caseId.longValue()) {
                return NotFound.send();
            }
        } catch (CaseNotFoundException e) {
            return NotFound.send();
        }
        // The same check the intake makes before it stores a byte: the page offers no upload it would refuse.
        accepting = messages.attempt(() -> intake.checkSubmitter(caseId, currentUser.getUsername()));
        return null;
    }

    public void handleUpload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        // PrimeFaces hands the listener its file wrapped (to keep it in the component's state).
        while (file instanceof UploadedFileWrapper wrapper) {
            file = wrapper.getWrapped();
        }
        try {
            intake.checkSubmitter(caseId, currentUser.getUsername());
            ContentDigest digest;
            if (file instanceof NativeUploadedFile onDisk) {
                // The container already holds the whole file on disk: the store takes that file over.
                digest = intake.receiveFile(target -> ContainerUpload.move(onDisk.getSource(), target));
            } else {
                try (InputStream content = file.getInputStream()) {
                    digest = intake.receive(content);
                }
            }
            pending.add(new Pending(digest, file.getFileName(), file.getContentType()));
        } catch (BusinessException e) {
            messages.error(e);
        } catch (IOException e) {
            messages.error("evidence.upload.interrupted");
        }
    }

    public void discard(Pending item) {
        pending.remove(item);
    }

    public String submit() {
        if (pending.isEmpty()) {
            messages.error("evidence.nothingToSubmit");
            return null;
        }
        Iterator<Pending> next = pending.iterator();
        while (next.hasNext()) {
            Pending item = next.next();
            boolean registered = messages.attempt(() -> register(item));
            if (!registered) {
                return null;
            }
            // On the disk before the page says "received": a crash now cannot lose what the receipt names.
            durability.forceCommitted();
            next.remove();
            messages.info("evidence.received", item.title);
        }
        messages.keepForRedirect();
        return orderId == null ? "/cases/view?faces-redirect=true&id=" + caseId
                : "/disclosure/request?faces-redirect=true&id=" + orderId;
    }

    private void register(Pending item) {
        if (orderId == null) {
            intake.register(caseId, currentUser.getUsername(), item.digest, item.filename, item.mediaType, metadata(item));
        } else {
            disclosures.produce(orderId, currentUser.getUsername(), item.digest, item.filename, item.mediaType, metadata(item));
        }
    }

    private EvidenceMetadata metadata(Pending item) {
        CollectionRecord collection = new CollectionRecord(item.source, item.method, item.collector, item.tool,
                item.capturedAt == null ? null : item.capturedAt.atZone(planner.zone()).toInstant(), item.certificateReference);
        return new EvidenceMetadata(item.title, item.factToProve, collection, item.confidentiality);
    }

    public long getLimit() {
        return settings.uploadLimitBytes();
    }

    public Confidentiality[] getConfidentialities() {
        return Confidentiality.values();
    }

    public boolean isAccepting() {
        return accepting;
    }

    public List<Pending> getPending() {
        return pending;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public Long getOrderId() {
        return orderId;
    }

    public void setOrderId(Long orderId) {
        this.orderId = orderId;
    }

    public Long getCaseId() {
        return caseId;
    }

    public void setCaseId(Long caseId) {
        this.caseId = caseId;
    }
}
