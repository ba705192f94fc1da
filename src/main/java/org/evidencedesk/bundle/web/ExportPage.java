package org.evidencedesk.bundle.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import org.evidencedesk.dispute.CaseNotFoundException;
import org.evidencedesk.dispute.CaseView;
import org.evidencedesk.dispute.CaseWorkflow;
import org.evidencedesk.dispute.Side;
import org.evidencedesk.evidence.Bytes;
import org.evidencedesk.evidence.EvidenceAccess;
import org.evidencedesk.evidence.EvidenceItem;
import org.evidencedesk.evidence.EvidenceStatus;
import org.evidencedesk.web.CurrentUser;
import org.evidencedesk.web.NotFound;

/**
 * The export page of a case: the items the user may take a copy of, and a plain form that posts the choice to
 * {@link BundleDownloadServlet}, which streams the bundle. No view state: the form works without script, and
 * carries the session's {@link org.evidencedesk.web.CsrfToken} instead.
 */
@Named
@RequestScoped
public class ExportPage {

    private static final Set<String> PROBLEMS = Set.of("bundle.nothingSelected", "bundle.notAllowed", "bundle.badSelection");

    @Inject
    private CaseWorkflow workflow;

    @Inject
    private EvidenceAccess access;

    @Inject
    private CurrentUser currentUser;

    private Long caseId;
    private String problem;
    private CaseView view;
    private List<EvidenceItem> items;

    public String load() {
        try {
            view = workflow.view(caseId == null ? -1 : caseId, currentUser.getUsername());
            items = access.copyableItems(view);
        } catch (CaseNotFoundException e) {
            return NotFound.send();
        }
        return null;
    }

    public String getCaseNumber() {
        return view.disputeCase().getDisplayNumber();
    }

    public List<EvidenceItem> getItems() {
        return items;
    }

    public String getTotalSize() {
        return Bytes.readable(items.stream().mapToLong(EvidenceItem::getSizeBytes).sum());
    }

    public Side[] getSides() {
        return Side.values();
    }

    public EvidenceStatus[] getStatuses() {
        return EvidenceStatus.values();
    }

    /** The message key of a refused export, only if it is one this page knows (the value comes from the URL). */
    public String getProblemKey() {
        return problem != null && PROBLEMS.contains(problem) ? problem : null;
    }

    public Long getCaseId() {
        return caseId;
    }

    public void setCaseId(Long caseId) {
        this.caseId = caseId;
    }

    public String getProblem() {
        return problem;
    }

    public void setProblem(String problem) {
        this.problem = problem;
    }
}
