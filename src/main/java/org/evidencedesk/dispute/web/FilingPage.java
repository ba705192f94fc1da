package org.evidencedesk.dispute.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.evidencedesk.dispute.CaseWorkflow;
import org.evidencedesk.dispute.DisputeCase;
import org.evidencedesk.shared.BusinessException;
import org.evidencedesk.web.CurrentUser;
import org.evidencedesk.web.PageMessages;

/** File a case: counsel states the parties, the right, the technology, the claims and the court. */
@Named
@ViewScoped
public class FilingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseWorkflow workflow;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PageMessages messages;

    private final CaseForm form = CaseForm.blank();

    public String file() {
        DisputeCase filed;
        try {
            filed = workflow.file(form.details(), form.getCourtId(), currentUser.getUsername());
        } catch (BusinessException e) {
            messages.error(e);
            return null;
        }
        messages.info("case.filed", filed.getFilingReference());
        messages.keepForRedirect();
        return "/cases/view?faces-redirect=true&id=" + filed.getId();
    }

    public CaseForm getForm() {
        return form;
    }
}
