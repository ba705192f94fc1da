package org.evidencedesk.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.evidencedesk.identity.Role;
import org.evidencedesk.identity.UserAccount;
import org.evidencedesk.identity.UserAccounts;
import org.evidencedesk.shared.BusinessException;
import org.evidencedesk.shared.config.Settings;

/**
 * An administrator enables or disables a proposed rule set, or records the instrument that makes one binding
 * at this court. Active rule sets state binding law and cannot be switched off here: a rule that no longer
 * applies gets a new version of its file instead.
 */
@ApplicationScoped
@Transactional
public class RuleSetAdministration {

    private static final Logger LOG = Logger.getLogger(RuleSetAdministration.class.getName());

    @Inject
    private RuleCatalogue catalogue;

    @Inject
    private RuleSetActivations activations;

    @Inject
    private UserAccounts accounts;

    @Inject
    private RuleSetAdoptions adoptions;

    @Inject
    private Settings settings;

    @Inject
    private Clock clock;

    public void enable(@NotNull String ruleKey, @NotNull String actor) {
        switchTo(ruleKey, true, actor);
    }

    public void disable(@NotNull String ruleKey, @NotNull String actor) {
        switchTo(ruleKey, false, actor);
    }

    /**
     * Records the instrument (a pilot notice or the adopted text, with its citation and date) that makes a
     * proposed rule binding at this court. The rule gets a new active version after all of its versions, which
     * cites the instrument and stands alone as the basis of a finding; the proposed version stays as it was, so
     * decisions that weighed it still resolve.
     */
    public RuleSet adopt(@NotNull String ruleKey, @NotNull LocalizedText instrumentCitation, LocalDate instrumentDate,
                         @NotNull String actor) {
        UserAccount administrator = administrator(actor);
        RuleSet rule = catalogue.find(ruleKey).orElseThrow(() -> new BusinessException("rules.unknown", ruleKey));
        if (!rule.isProposed() || rule.onAdoption() == null) {
            throw new BusinessException("rules.notAdoptable", ruleKey);
        }
        if (adoptions.all().stream().anyMatch(adoption -> adoption.getProposedKey().equals(ruleKey))) {
            throw new BusinessException("rules.alreadyAdopted", ruleKey);
        }
        LocalizedText citation = checkedCitation(instrumentCitation);
        if (instrumentDate == null || instrumentDate.isAfter(LocalDate.ofInstant(clock.instant(), settings.timeZone()))) {
            throw new BusinessException("rules.instrumentDateRequired");
        }
        RuleSetAdoption adoption = new RuleSetAdoption(ruleKey, catalogue.nextVersionOf(rule.id()), citation, instrumentDate,
                administrator.getUsername(), clock.instant());
        adoptions.add(adoption);
        catalogue.mergeAdoptions();
        LOG.info(() -> "Proposed rule set " + ruleKey + " adopted as " + adoption.adoptedKey() + " by " + adoption.getRecordedBy()
                + " under the instrument " + citation.en() + " of " + instrumentDate);
        return catalogue.find(adoption.adoptedKey()).orElseThrow();
    }

    private static LocalizedText checkedCitation(LocalizedText citation) {
        String en = citation.en() == null ? "" : citation.en().strip();
        String zh = citation.zh() == null ? "" : citation.zh().strip();
        if (en.isEmpty() || zh.isEmpty() || en.length() > RuleSetAdoption.CITATION_LIMIT || zh.length() > RuleSetAdoption.CITATION_LIMIT) {
            throw new BusinessException("rules.instrumentCitationRequired", RuleSetAdoption.CITATION_LIMIT);
        }
        return new LocalizedText(en, zh);
    }

    private UserAccount administrator(String actor) {
        return accounts.byUsername(actor)
                .filter(account -> account.isEnabled() && account.hasRole(Role.ADMIN))
                .orElseThrow(() -> new BusinessException("rules.administratorsOnly"));
    }

    private void switchTo(String ruleKey, boolean enabled, String actor) {
        UserAccount administrator = administrator(actor);
        RuleSet rule = catalogue.find(ruleKey).orElseThrow(() -> new BusinessException("rules.unknown", ruleKey));
        if (rule.status() != RuleStatus.PROPOSED) {
            throw new BusinessException("rules.activeAlwaysEnabled", ruleKey);
        }
        if (catalogue.isEnabled(rule) == enabled) {
            return;
        }
        RuleSwitch change = new RuleSwitch(enabled, administrator.getUsername(), clock.instant());
        activations.of(ruleKey).ifPresentOrElse(
                activation -> activation.switchTo(change),
                () -> activations.add(new RuleSetActivation(ruleKey, change)));
        activations.record(new RuleSetActivationChange(ruleKey, change));
        LOG.info(() -> "Proposed rule set " + ruleKey + (enabled ? " enabled" : " disabled") + " by " + change.getChangedBy());
    }
}
