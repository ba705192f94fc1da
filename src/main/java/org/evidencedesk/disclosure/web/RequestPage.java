package org.evidencedesk.disclosure.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.evidencedesk.burden.FactInIssue;
import org.evidencedesk.disclosure.DenialGround;
import org.evidencedesk.disclosure.DisclosureRequestFile;
import org.evidencedesk.disclosure.DisclosureRequest;
import org.evidencedesk.disclosure.DisclosureTransition;
import org.evidencedesk.disclosure.DisclosureWorkflow;
import org.evidencedesk.disclosure.NonComplianceGround;
import org.evidencedesk.disclosure.OrderTerms;
import org.evidencedesk.dispute.CaseNotFoundException;
import org.evidencedesk.evidence.EvidenceAccess;
import org.evidencedesk.evidence.EvidenceItem;
import org.evidencedesk.evidence.ProtectiveMeasures;
import org.evidencedesk.rules.RuleSet;
import org.evidencedesk.ruling.Ruling;
import org.evidencedesk.web.CurrentUser;
import org.evidencedesk.web.NotFound;
import org.evidencedesk.web.PageMessages;

/**
 * One disclosure request: the application, its steps, the order and what was produced under it, the
 * rulings; and the forms for the steps open to the viewer now (the request decides which are legal).
 * The version loaded with the page goes with every step.
 */
@Named
@ViewScoped
public class RequestPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DisclosureWorkflow disclosures;

    @Inject
    private EvidenceAccess evidence;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PageMessages messages;

    private Long id;
    private DisclosureRequestFile file;
    private long version;
    private final NewRequestPage.ApplicationForm form = new NewRequestPage.ApplicationForm();

    private String text;
    private LocalDate dueOn;
    private String itemsOrdered;
    private LocalDate opinionDueOn;
    private boolean saysTradeSecrets;
    private String noTradeSecretFinding;
    private boolean undertakingRequired = true;
    private boolean viewOnly;
    private List<String> namedPersons = new ArrayList<>();
    private DenialGround ground;
    private NonComplianceGround challengeGround;
    private PreliminaryChoices preliminaryChoices;

    /** View action: the request as the user may read it, in one read; 404 if it is not theirs to see. */
    public String load() {
        try {
            file = disclosures.read(id == null ? -1 : id, currentUser.getUsername());
        } catch (CaseNotFoundException e) {
            return NotFound.send();
        }
        version = file.request().getVersion();
        if (allows(DisclosureTransition.REVISE)) {
            form.fill(file.request());
        }
        itemsOrdered = file.request().getEvidenceSought();
        preliminaryChoices = new PreliminaryChoices(file.ownEvidence());
        return null;
    }

    /** Searches the user's own items to offer as preliminary evidence (ajax: what is ticked stays offered). */
    public void findPreliminary() {
        preliminaryChoices.find(evidence, file.request().getDisputeCase().getId(), currentUser.getUsername(),
                form.getPreliminaryItemIds());
    }

    public boolean allows(DisclosureTransition step) {
        return file.allows(step);
    }

    public boolean allows(String step) {
        return allows(DisclosureTransition.valueOf(step));
    }

    public String revise() {
        return step(() -> disclosures.revise(id, version, currentUser.getUsername(), form.getRuleKey(), form.application(),
                form.getFactId(), form.getPreliminaryItemIds()), "disclosure.savedAsDraft");
    }

    public String file() {
        return step(() -> disclosures.file(id, version, currentUser.getUsername()), "disclosure.filed");
    }

    public String inviteOpinion() {
        return step(() -> disclosures.inviteOpinion(id, version, currentUser.getUsername(), opinionDueOn), "disclosure.opinionInvited");
    }

    public String recordOpinion() {
        return step(() -> disclosures.recordOpinion(id, version, currentUser.getUsername(), text, saysTradeSecrets),
                "disclosure.opinionRecorded");
    }

    public String openReview() {
        return step(() -> disclosures.openReview(id, version, currentUser.getUsername()), "disclosure.reviewOpened");
    }

    public String withdraw() {
        return step(() -> disclosures.withdraw(id, version, currentUser.getUsername()), "disclosure.withdrawn");
    }

    public String grant() {
        OrderTerms terms = new OrderTerms(dueOn, itemsOrdered, undertakingRequired, viewOnly,
                Set.copyOf(namedPersons), text, noTradeSecretFinding);
        return step(() -> disclosures.grant(id, version, currentUser.getUsername(), terms), "disclosure.granted");
    }

    public String deny() {
        return step(() -> disclosures.deny(id, version, currentUser.getUsername(), ground, text), "disclosure.denied");
    }

    public String completeProduction() {
        return step(() -> disclosures.completeProduction(id, version, currentUser.getUsername()), "disclosure.productionComplete");
    }

    public String reportPartial() {
        return step(() -> disclosures.reportPartial(id, version, currentUser.getUsername(), text), "disclosure.partialReported");
    }

    public String refuse() {
        return step(() -> disclosures.refuse(id, version, currentUser.getUsername(), text), "disclosure.refusalRecorded");
    }

    /**
     * The judge makes the finding the request's rule allows after a referral: a presumption under a disclosure rule,
     * a finding on damages under an account-books rule (one form; the request says which).
     */
    public String makeFinding() {
        return decide(true);
    }

    public String declineFinding() {
        return decide(false);
    }

    private String decide(boolean find) {
        if (setsDamages()) {
            return step(() -> disclosures.decideDamages(id, version, currentUser.getUsername(), find, text),
                    find ? "disclosure.damagesFound" : "disclosure.damagesDeclined");
        }
        return step(() -> disclosures.decidePresumption(id, version, currentUser.getUsername(), find, text),
                find ? "disclosure.presumptionApplied" : "disclosure.presumptionDeclined");
    }

    /** Whether the request rests on an account-books rule, whose referral ends in a finding on damages. */
    public boolean setsDamages() {
        return file.request().getNonComplianceLaw().setsDamages();
    }

    public String challengeProduction() {
        return step(() -> disclosures.challengeProduction(id, version, currentUser.getUsername(), challengeGround, text),
                "disclosure.challengeRecorded");
    }

    private String step(Runnable change, String successKey) {
        if (!messages.attempt(change)) {
            return null;
        }
        messages.info(successKey);
        messages.keepForRedirect();
        return "/disclosure/request?faces-redirect=true&id=" + id;
    }

    public DisclosureRequest getRequest() {
        return file.request();
    }

    public RuleSet ruleOf(String key) {
        return disclosures.rule(key).orElse(null);
    }

    public DenialGround[] getGrounds() {
        return DenialGround.values();
    }

    /** The grounds on which the request's rule lets the applicant challenge a production. */
    public List<NonComplianceGround> getChallengeGrounds() {
        return file.request().getNonComplianceLaw().challenges().stream().toList();
    }

    /**
     * A step's note as the viewer may read it: a production step names its exhibit only to those who may see the
     * item produced (a view-only item of an order that does not name them is not theirs to know of).
     */
    public String noteOf(org.evidencedesk.disclosure.DisclosureStep step) {
        if (step.getStep() == DisclosureTransition.PRODUCE_ITEM && !file.showsProducedExhibit(step.getNote())) {
            return messages.text("evidence.withheldExhibit");
        }
        return step.getNote();
    }

    /** The preliminary evidence the request links that the viewer may see. */
    public List<EvidenceItem> getPreliminary() {
        return file.view().visiblePreliminary();
    }

    /** How many linked items the viewer may not see: counted, never named. */
    public int getWithheldPreliminary() {
        return file.view().withheldPreliminary();
    }

    public List<EvidenceItem> getProduced() {
        return file.produced();
    }

    public PreliminaryChoices getPreliminaryChoices() {
        return preliminaryChoices;
    }

    public List<RuleSet> getRules() {
        return file.rules();
    }

    public List<FactInIssue> getFacts() {
        return file.facts();
    }

    public List<Ruling> getRulings() {
        return file.rulings();
    }

    public List<String> getApplicantCounsel() {
        return file.applicantCounsel();
    }

    /** A member's display name; the login of someone no longer a member of the case. */
    public String personName(String username) {
        return file.personName(username);
    }

    /** The persons an order names, by name, e.g. "Zhang Wei, Sun Li". */
    public String namedPersons(ProtectiveMeasures measures) {
        return measures.getNamedPersons().stream().sorted().map(this::personName).collect(Collectors.joining(", "));
    }

    public NewRequestPage.ApplicationForm getForm() {
        return form;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public LocalDate getDueOn() { return dueOn; }
    public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
    public String getItemsOrdered() { return itemsOrdered; }
    public void setItemsOrdered(String itemsOrdered) { this.itemsOrdered = itemsOrdered; }
    public LocalDate getOpinionDueOn() { return opinionDueOn; }
    public void setOpinionDueOn(LocalDate opinionDueOn) { this.opinionDueOn = opinionDueOn; }
    public boolean isSaysTradeSecrets() { return saysTradeSecrets; }
    public void setSaysTradeSecrets(boolean saysTradeSecrets) { this.saysTradeSecrets = saysTradeSecrets; }
    public String getNoTradeSecretFinding() { return noTradeSecretFinding; }
    public void setNoTradeSecretFinding(String noTradeSecretFinding) { this.noTradeSecretFinding = noTradeSecretFinding; }
    public boolean isUndertakingRequired() { return undertakingRequired; }
    public void setUndertakingRequired(boolean undertakingRequired) { this.undertakingRequired = undertakingRequired; }
    public boolean isViewOnly() { return viewOnly; }
    public void setViewOnly(boolean viewOnly) { this.viewOnly = viewOnly; }
    public List<String> getNamedPersons() { return namedPersons; }
    public void setNamedPersons(List<String> namedPersons) { this.namedPersons = namedPersons; }
    public DenialGround getGround() { return ground; }
    public void setGround(DenialGround ground) { this.ground = ground; }
    public NonComplianceGround getChallengeGround() { return challengeGround; }
    public void setChallengeGround(NonComplianceGround challengeGround) { this.challengeGround = challengeGround; }
}
