package org.evidencedesk.evidence.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.evidencedesk.dispute.CaseNotFoundException;
import org.evidencedesk.dispute.web.CurrentViewer;
import org.evidencedesk.evidence.Bytes;
import org.evidencedesk.evidence.EvidenceAccess;
import org.evidencedesk.evidence.EvidenceAccessPolicy;
import org.evidencedesk.evidence.EvidenceItem;
import org.evidencedesk.evidence.EvidenceStatus;
import org.evidencedesk.evidence.UndertakingRequiredException;
import org.evidencedesk.web.LocaleSelection;
import org.evidencedesk.web.NotFound;
import org.evidencedesk.web.PageMessages;

/** One item: what it is, its hashes and timestamp, the receipt to download, and the court's ruling on it. */
@Named
@ViewScoped
public class ItemPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EvidenceAccess access;

    @Inject
    private CurrentViewer viewer;

    @Inject
    private PageMessages messages;

    @Inject
    private LocaleSelection localeSelection;

    private Long id;
    private EvidenceItem item;
    private boolean mayRule;
    private boolean downloadable;
    private UndertakingRequiredException undertaking;
    private boolean undertakingAccepted;
    private EvidenceStatus ruling;
    private String reason;

    public String load() {
        try {
            EvidenceAccess.ItemView view = access.view(id == null ? -1 : id, viewer.username());
            item = view.item();
            mayRule = EvidenceAccessPolicy.mayRule(view.caseView().actor());
            downloadable = EvidenceAccessPolicy.mayDownload(view.caseView().actor(), item);
        } catch (CaseNotFoundException e) {
            return NotFound.send();
        } catch (UndertakingRequiredException e) {
            undertaking = e;
        }
        return null;
    }

    /** Records the user's acceptance of the undertaking, in the text shown to them, then shows the item. */
    public String acceptUndertaking() {
        if (!undertakingAccepted) {
            messages.error("evidence.undertakingTick");
            return null;
        }
        String text = getUndertakingText();
        if (!messages.attempt(() -> access.acceptUndertaking(id, viewer.username(), localeSelection.getLocale(), text))) {
            return null;
        }
        messages.info("evidence.undertakingAccepted");
        messages.keepForRedirect();
        return "/evidence/item?faces-redirect=true&id=" + id;
    }

    /** The undertaking in the user's language: the text they accept is the text whose hash is recorded. */
    public String getUndertakingText() {
        return messages.text("undertaking.text", undertaking.caseNumber(), undertaking.exhibitNumber());
    }

    public boolean isUndertakingNeeded() {
        return undertaking != null;
    }

    public UndertakingRequiredException getUndertaking() {
        return undertaking;
    }

    public boolean isUndertakingAccepted() {
        return undertakingAccepted;
    }

    public void setUndertakingAccepted(boolean undertakingAccepted) {
        this.undertakingAccepted = undertakingAccepted;
    }

    public boolean isDownloadable() {
        return downloadable;
    }

    /** View-only evidence the browser can show is shown on the page instead of offered for download. */
    public boolean isShownInline() {
        return !downloadable && EvidenceAccess.isShownInline(item);
    }

    public boolean isImage() {
        return item.getMediaType().startsWith("image/");
    }

    public String rule() {
        if (!messages.attempt(() -> access.rule(id, viewer.username(), ruling, reason))) {
            return null;
        }
        messages.info("evidence.ruled");
        messages.keepForRedirect();
        return "/evidence/item?faces-redirect=true&id=" + id;
    }

    public String getReadableSize() {
        return Bytes.readable(item.getSizeBytes());
    }

    public EvidenceStatus[] getRulings() {
        return new EvidenceStatus[] {EvidenceStatus.ADMITTED, EvidenceStatus.CHALLENGED, EvidenceStatus.EXCLUDED};
    }

    public EvidenceItem getItem() {
        return item;
    }

    public boolean isMayRule() {
        return mayRule;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public EvidenceStatus getRuling() {
        return ruling;
    }

    public void setRuling(EvidenceStatus ruling) {
        this.ruling = ruling;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
