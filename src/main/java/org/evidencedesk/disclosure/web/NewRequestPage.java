package org.evidencedesk.disclosure.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.evidencedesk.burden.FactsInIssue;
import org.evidencedesk.burden.FactInIssue;
import org.evidencedesk.disclosure.DisclosureApplication;
import org.evidencedesk.disclosure.DisclosureRequest;
import org.evidencedesk.disclosure.DisclosureWorkflow;
import org.evidencedesk.dispute.CaseNotFoundException;
import org.evidencedesk.dispute.CaseView;
import org.evidencedesk.dispute.CaseWorkflow;
import org.evidencedesk.dispute.Side;
import org.evidencedesk.evidence.EvidenceAccess;
import org.evidencedesk.evidence.EvidenceItem;
import org.evidencedesk.rules.RuleSet;
import org.evidencedesk.web.CurrentUser;
import org.evidencedesk.web.NotFound;
import org.evidencedesk.web.PageMessages;

/**
 * Applying for a disclosure order: the rule it rests on, CE art. 45's four elements, the fact in issue it
 * serves and the applicant's preliminary evidence. Saved as a draft, or filed at once.
 */
@Named
@ViewScoped
public class NewRequestPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DisclosureWorkflow disclosures;

    @Inject
    private CaseWorkflow workflow;

    @Inject
    private EvidenceAccess evidence;

    @Inject
    private FactsInIssue factsInIssue;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PageMessages messages;

    private Long caseId;
    private String caseNumber;
    private List<RuleSet> rules;
    private List<FactInIssue> facts;
    private PreliminaryChoices preliminaryChoices;
    private final ApplicationForm form = new ApplicationForm();

    public String load() {
        try {
            CaseView view = workflow.view(caseId == null ? -1 : caseId, currentUser.getUsername());
            caseNumber = view.disputeCase().getDisplayNumber();
            rules = disclosures.applicableRules(view.disputeCase());
            Side side = view.actor().side().orElse(null);
            facts = factsInIssue.facts(caseId).stream().filter(fact -> fact.getBurdenOn() == side).toList();
            preliminaryChoices = new PreliminaryChoices(evidence.ownItems(caseId, currentUser.getUsername(), null));
            if (!rules.isEmpty()) {
                form.setRuleKey(rules.get(0).key());
            }
        } catch (CaseNotFoundException e) {
            return NotFound.send();
        }
        return null;
    }

    public String saveDraft() {
        return create(false);
    }

    public String fileNow() {
        return create(true);
    }

    private String create(boolean file) {
        List<DisclosureRequest> created = new ArrayList<>();
        boolean done = messages.attempt(() -> created.add(disclosures.draft(caseId, currentUser.getUsername(), form.getRuleKey(),
                form.application(), form.getFactId(), form.getPreliminaryItemIds())));
        if (!done) {
            return null;
        }
        DisclosureRequest request = created.get(0);
        if (file && !messages.attempt(() -> disclosures.file(request.getId(), request.getVersion(), currentUser.getUsername()))) {
            messages.info("disclosure.savedAsDraft");
        } else {
            messages.info(file ? "disclosure.filed" : "disclosure.savedAsDraft");
        }
        messages.keepForRedirect();
        return "/disclosure/request?faces-redirect=true&id=" + request.getId();
    }

    public ApplicationForm getForm() {
        return form;
    }

    public List<RuleSet> getRules() {
        return rules;
    }

    public List<FactInIssue> getFacts() {
        return facts;
    }

    public PreliminaryChoices getPreliminaryChoices() {
        return preliminaryChoices;
    }

    /** Searches the user's own items to offer as preliminary evidence (ajax: what is ticked stays offered). */
    public void findPreliminary() {
        preliminaryChoices.find(evidence, caseId, currentUser.getUsername(), form.getPreliminaryItemIds());
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public Long getCaseId() {
        return caseId;
    }

    public void setCaseId(Long caseId) {
        this.caseId = caseId;
    }

    /** What the applicant types: the four elements, the rule, the fact, the preliminary evidence. */
    public static class ApplicationForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String ruleKey;
        private String evidenceSought;
        private String factToProve;
        private String whyControlled;
        private String whyMustProduce;
        private boolean saysTradeSecrets;
        private Long factId;
        private List<Long> preliminaryItemIds = new ArrayList<>();

        DisclosureApplication application() {
            return new DisclosureApplication(evidenceSought, factToProve, whyControlled, whyMustProduce, saysTradeSecrets);
        }

        void fill(DisclosureRequest request) {
            ruleKey = request.getRuleKey();
            evidenceSought = request.getEvidenceSought();
            factToProve = request.getFactToProve();
            whyControlled = request.getWhyControlled();
            whyMustProduce = request.getWhyMustProduce();
            saysTradeSecrets = request.isSecretSaidByApplicant();
            factId = request.getFactId();
            preliminaryItemIds = new ArrayList<>(request.getPreliminaryEvidence().stream().map(EvidenceItem::getId).toList());
        }

        public String getRuleKey() { return ruleKey; }
        public void setRuleKey(String ruleKey) { this.ruleKey = ruleKey; }
        public String getEvidenceSought() { return evidenceSought; }
        public void setEvidenceSought(String evidenceSought) { this.evidenceSought = evidenceSought; }
        public String getFactToProve() { return factToProve; }
        public void setFactToProve(String factToProve) { this.factToProve = factToProve; }
        public String getWhyControlled() { return whyControlled; }
        public void setWhyControlled(String whyControlled) { this.whyControlled = whyControlled; }
        public String getWhyMustProduce() { return whyMustProduce; }
        public void setWhyMustProduce(String whyMustProduce) { this.whyMustProduce = whyMustProduce; }
        public boolean isSaysTradeSecrets() { return saysTradeSecrets; }
        public void setSaysTradeSecrets(boolean saysTradeSecrets) { this.saysTradeSecrets = saysTradeSecrets; }
        public Long getFactId() { return factId; }
        public void setFactId(Long factId) { this.factId = factId; }
        public List<Long> getPreliminaryItemIds() { return preliminaryItemIds; }
        public void setPreliminaryItemIds(List<Long> preliminaryItemIds) { this.preliminaryItemIds = preliminaryItemIds; }
    }
}
