package org.evidencedesk.evidence.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.evidencedesk.dispute.CaseNotFoundException;
import org.evidencedesk.evidence.Bytes;
import org.evidencedesk.evidence.EvidenceAccess;
import org.evidencedesk.evidence.EvidenceAccessPolicy;
import org.evidencedesk.evidence.EvidenceItem;
import org.evidencedesk.evidence.EvidenceStatus;
import org.evidencedesk.evidence.EvidenceViewer;
import org.evidencedesk.evidence.PageSize;
import org.evidencedesk.evidence.UnviewableContentException;
import org.evidencedesk.evidence.UndertakingRequiredException;
import org.evidencedesk.web.CurrentUser;
import org.evidencedesk.web.LocaleSelection;
import org.evidencedesk.web.NotFound;
import org.evidencedesk.web.PageMessages;

/**
 * One item: what it is, its hashes and timestamp, the receipt to download, its pages when it may only be
 * viewed, and the court's ruling on it. The forms act on the item the page showed when it loaded: the
 * {@code id} view parameter is read again on every postback, so a forged post could name another item.
 */
@Named
@ViewScoped
public class ItemPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EvidenceAccess access;

    @Inject
    private EvidenceViewer evidenceViewer;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PageMessages messages;

    @Inject
    private LocaleSelection localeSelection;

    private Long id;
    /** The item this view shows, fixed when it loads; what its forms act on. */
    private long shownId;
    private EvidenceItem item;
    private boolean mayRule;
    private boolean downloadable;
    private List<PageSize> pages = List.of();
    private String notShownReason;
    private UndertakingRequiredException undertaking;
    private boolean undertakingAccepted;
    private EvidenceStatus ruling;
    private String reason;

    public String load() {
        shownId = id == null ? -1 : id;
        try {
            EvidenceAccess.ItemView view = access.view(shownId, currentUser.getUsername());
            item = view.item();
            mayRule = view.caseView().actor().mayRule();
            downloadable = EvidenceAccessPolicy.mayDownload(view.caseView().actor(), item);
            if (!downloadable) {
                showPages();
            }
        } catch (CaseNotFoundException e) {
            return NotFound.send();
        } catch (UndertakingRequiredException e) {
            undertaking = e;
        }
        return null;
    }

    /** Evidence that may only be viewed is shown as page images; what cannot be shown, the page says why. */
    private void showPages() {
        try {
            pages = evidenceViewer.pages(shownId, currentUser.getUsername());
        } catch (UnviewableContentException e) {
            notShownReason = messages.text(e.messageKey(), e.arguments());
        }
    }

    /** Records the user's acceptance of the undertaking, in the text shown to them, then shows the item. */
    public String acceptUndertaking() {
        if (!undertakingAccepted) {
            messages.error("evidence.undertakingTick");
            return null;
        }
        String text = getUndertakingText();
        if (!messages.attempt(() -> access.acceptUndertaking(shownId, currentUser.getUsername(), localeSelection.getLocale(), text))) {
            return null;
        }
        messages.info("evidence.undertakingAccepted");
        messages.keepForRedirect();
        return "/evidence/item?faces-redirect=true&id=" + shownId;
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

    /** The page images of evidence that may only be viewed; empty for everything else. */
    public List<PageSize> getPages() {
        return pages;
    }

    /** Why evidence that may only be viewed is not shown in the browser, or null. */
    public String getNotShownReason() {
        return notShownReason;
    }

    public String rule() {
        if (!messages.attempt(() -> access.rule(shownId, currentUser.getUsername(), ruling, reason))) {
            return null;
        }
        messages.info("evidence.ruled");
        messages.keepForRedirect();
        return "/evidence/item?faces-redirect=true&id=" + shownId;
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
