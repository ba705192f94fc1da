package org.evidencedesk.rules.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.evidencedesk.dispute.IpType;
import org.evidencedesk.identity.web.CurrentUser;
import org.evidencedesk.rules.RuleCatalogue;
import org.evidencedesk.rules.RuleSet;
import org.evidencedesk.rules.RuleSetActivation;
import org.evidencedesk.rules.RuleSetActivations;
import org.evidencedesk.rules.RuleSetAdministration;
import org.evidencedesk.rules.Showing;
import org.evidencedesk.shared.BusinessException;
import org.evidencedesk.web.LocaleSelection;
import org.evidencedesk.web.PageMessages;

/** Administration › Rule sets: every rule file in the reader's language; proposed ones can be switched on and off. */
@Named
@RequestScoped
public class RuleSetsPage {

    /** One rule set as the page shows it, its texts already in the reader's language. */
    public record Row(RuleSet rule, String title, String citation, List<String> ipTypeKeys, List<String> showings,
                      String requirement, String consequence, boolean enabled, String changedBy, Instant changedAt) {

        public boolean proposed() {
            return rule.isProposed();
        }
    }

    @Inject
    private RuleCatalogue catalogue;

    @Inject
    private RuleSetActivations activations;

    @Inject
    private RuleSetAdministration administration;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private LocaleSelection localeSelection;

    @Inject
    private PageMessages messages;

    private List<Row> rows;

    @PostConstruct
    void load() {
        Locale locale = localeSelection.getLocale();
        Map<String, RuleSetActivation> switches = activations.byKey();
        String and = messages.text("rules.and");
        String or = messages.text("rules.or");
        rows = catalogue.all().stream().map(rule -> {
            Map<String, String> showingText = rule.showings().stream()
                    .collect(Collectors.toMap(Showing::id, showing -> showing.text().in(locale)));
            Map<String, Integer> number = numbering(rule);
            RuleSetActivation activation = switches.get(rule.key());
            return new Row(rule, rule.title().in(locale), rule.citation().in(locale),
                    rule.ipTypes().stream().map(IpType::messageKey).toList(),
                    rule.showings().stream().map(Showing::text).map(text -> text.in(locale)).toList(),
                    rule.requirement().describe(id -> "[" + number.get(id) + "]", and, or),
                    rule.consequence().in(locale), catalogue.isEnabled(rule),
                    activation == null ? null : activation.getLatest().getChangedBy(),
                    activation == null ? null : activation.getLatest().getChangedAt());
        }).toList();
    }

    /** Showings are numbered as the checklist lists them; the requirement refers to them by number. */
    private static Map<String, Integer> numbering(RuleSet rule) {
        List<String> ids = rule.showings().stream().map(Showing::id).toList();
        return ids.stream().collect(Collectors.toMap(Function.identity(), id -> ids.indexOf(id) + 1));
    }

    public String enable(String key) {
        return switchTo(key, true);
    }

    public String disable(String key) {
        return switchTo(key, false);
    }

    private String switchTo(String key, boolean enabled) {
        try {
            if (enabled) {
                administration.enable(key, currentUser.getUsername());
            } else {
                administration.disable(key, currentUser.getUsername());
            }
        } catch (BusinessException e) {
            messages.error(e);
            return null;
        }
        messages.info(enabled ? "rules.enabledNow" : "rules.disabledNow", key);
        messages.keepForRedirect();
        return "/admin/rules?faces-redirect=true";
    }

    public List<Row> getRows() {
        return rows;
    }
}
