package org.evidencedesk.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.logging.Logger;
import org.evidencedesk.identity.Role;
import org.evidencedesk.identity.UserAccount;
import org.evidencedesk.identity.UserAccounts;
import org.evidencedesk.shared.BusinessException;

/**
 * An administrator enables or disables a proposed rule set. Active rule sets state binding law and cannot
 * be switched off here: a rule that no longer applies gets a new version of its file instead.
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
    private Clock clock;

    public void enable(@NotNull String ruleKey, @NotNull String actor) {
        switchTo(ruleKey, true, actor);
    }

    public void disable(@NotNull String ruleKey, @NotNull String actor) {
        switchTo(ruleKey, false, actor);
    }

    private void switchTo(String ruleKey, boolean enabled, String actor) {
        UserAccount administrator = accounts.byUsername(actor)
                .filter(account -> account.isEnabled() && account.hasRole(Role.ADMIN))
                .orElseThrow(() -> new BusinessException("rules.administratorsOnly"));
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
