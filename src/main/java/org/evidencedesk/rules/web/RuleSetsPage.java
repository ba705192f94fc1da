package org.evidencedesk.rules.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.evidencedesk.dispute.IpType;
import org.evidencedesk.rules.LocalizedText;
import org.evidencedesk.rules.RuleCatalogue;
import org.evidencedesk.rules.RuleSet;
import org.evidencedesk.rules.RuleSetActivation;
import org.evidencedesk.rules.RuleSetActivations;
import org.evidencedesk.rules.RuleSetAdministration;
import org.evidencedesk.rules.RuleSetAdoption;
import org.evidencedesk.rules.RuleSetAdoptions;
import org.evidencedesk.rules.Showing;
import org.evidencedesk.shared.BusinessException;
import org.evidencedesk.web.CurrentUser;
import org.evidencedesk.web.LocaleSelection;
import org.evidencedesk.web.PageMessages;

/**
 * Administration › Rule sets: every rule version in the reader's language; proposed ones can be switched on and
 * off, and the instrument that makes one binding at this court recorded.
 */
@Named
@RequestScoped
public class RuleSetsPage {

    /** One rule set as the page shows it, its texts already in the reader's language. */
    public record Row(RuleSet rule, String title, String citation, List<String> ipTypeKeys, List<String> showings,
                      String requirement, String consequence, boolean enabled, String changedBy, Instant changedAt,
                      RuleSetAdoption adoption) {

        public boolean proposed() {
            return rule.isProposed();
        }

        /** Only a burden-shift rule names a side; an order to produce or for account books moves no burden. */
        public boolean movesBurden() {
            return rule.kind().movesBurden();
        }
    }

    @Inject
    private RuleCatalogue catalogue;

    @Inject
    private RuleSetActivations activations;

    @Inject
    private RuleSetAdoptions adoptions;

    @Inject
    private RuleSetAdministration administration;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private LocaleSelection localeSelection;

    @Inject
    private PageMessages messages;

    private List<Row> rows;
    private List<RuleSet> adoptable;

    private String adoptKey;
    private String citationEn;
    private String citationZh;
    private LocalDate instrumentDate;

    @PostConstruct
    void load() {
        Locale locale = localeSelection.getLocale();
        Map<String, RuleSetActivation> switches = activations.byKey();
        List<RuleSetAdoption> recorded = adoptions.all();
        Map<String, RuleSetAdoption> adoptionByKey = recorded.stream()
                .collect(Collectors.toMap(RuleSetAdoption::adoptedKey, Function.identity()));
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
                    activation == null ? null : activation.getLatest().getChangedAt(), adoptionByKey.get(rule.key()));
        }).toList();
        adoptable = catalogue.all().stream()
                .filter(rule -> rule.isProposed() && rule.onAdoption() != null)
                .filter(rule -> recorded.stream().noneMatch(adoption -> adoption.getProposedKey().equals(rule.key())))
                .toList();
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

    /** Records the instrument that makes a proposed rule binding at this court: a new active version citing it. */
    public String adopt() {
        try {
            RuleSet adopted = administration.adopt(adoptKey == null ? "" : adoptKey, new LocalizedText(
                    citationEn == null ? "" : citationEn, citationZh == null ? "" : citationZh), instrumentDate,
                    currentUser.getUsername());
            messages.info("rules.adoptedNow", adoptKey, adopted.key());
        } catch (BusinessException e) {
            messages.error(e);
            return null;
        }
        messages.keepForRedirect();
        return "/admin/rules?faces-redirect=true";
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<RuleSet> getAdoptable() {
        return adoptable;
    }

    public String getAdoptKey() { return adoptKey; }
    public void setAdoptKey(String adoptKey) { this.adoptKey = adoptKey; }
    public String getCitationEn() { return citationEn; }
    public void setCitationEn(String citationEn) { this.citationEn = citationEn; }
    public String getCitationZh() { return citationZh; }
    public void setCitationZh(String citationZh) { this.citationZh = citationZh; }
    public LocalDate getInstrumentDate() { return instrumentDate; }
    public void setInstrumentDate(LocalDate instrumentDate) { this.instrumentDate = instrumentDate; }
}
