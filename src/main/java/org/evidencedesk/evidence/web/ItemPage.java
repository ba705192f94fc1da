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

    private Long id;
    private EvidenceItem item;
    private boolean court;
    private EvidenceStatus ruling;
    private String reason;

    public String load() {
        try {
            EvidenceAccess.ItemView view = access.view(id == null ? -1 : id, viewer.username());
            item = view.item();
            court = EvidenceAccessPolicy.isCourt(view.caseView().actor());
        } catch (CaseNotFoundException e) {
            return NotFound.send();
        }
        return null;
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

    public boolean isCourt() {
        return court;
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
