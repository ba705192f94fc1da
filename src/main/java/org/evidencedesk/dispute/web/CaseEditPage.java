package org.evidencedesk.dispute.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.evidencedesk.dispute.CaseNotFoundException;
import org.evidencedesk.dispute.CaseTransition;
import org.evidencedesk.dispute.CaseView;
import org.evidencedesk.dispute.CaseWorkflow;
import org.evidencedesk.web.CurrentUser;
import org.evidencedesk.web.NotFound;
import org.evidencedesk.web.PageMessages;

/**
 * Edit a case's details: claimant counsel amends a filing before acceptance; a clerk corrects the
 * record. Two clerks editing at once: the second to save is told to reload, and nothing is lost.
 */
@Named
@ViewScoped
public class CaseEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseWorkflow workflow;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PageMessages messages;

    private Long id;
    private long version;
    private boolean asClerk;
    private CaseForm form;
    private String displayNumber;

    public String load() {
        CaseView view;
        try {
            view = workflow.view(id == null ? -1 : id, currentUser.getUsername());
        } catch (CaseNotFoundException e) {
            return NotFound.send();
        }
        asClerk = view.allows(CaseTransition.CORRECT_RECORD);
        if (!asClerk && !view.allows(CaseTransition.AMEND_FILING)) {
            messages.error("case.notEditable");
            messages.keepForRedirect();
            return "/cases/view?faces-redirect=true&id=" + id;
        }
        version = view.disputeCase().getVersion();
        displayNumber = view.disputeCase().getDisplayNumber();
        form = CaseForm.of(view.disputeCase().details(), view.disputeCase().getCourt().getId());
        return null;
    }

    public String save() {
        boolean saved = messages.attempt(() -> {
            if (asClerk) {
                workflow.correctRecord(id, version, currentUser.getUsername(), form.details());
            } else {
                workflow.amend(id, version, currentUser.getUsername(), form.details());
            }
        });
        if (!saved) {
            return null;
        }
        messages.info("case.saved");
        messages.keepForRedirect();
        return "/cases/view?faces-redirect=true&id=" + id;
    }

    public CaseForm getForm() {
        return form;
    }

    public String getDisplayNumber() {
        return displayNumber;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
