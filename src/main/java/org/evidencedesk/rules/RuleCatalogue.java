package org.evidencedesk.rules;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.evidencedesk.dispute.IpType;
import org.evidencedesk.shared.config.ConfigurationException;
import org.evidencedesk.shared.config.Settings;

/**
 * Every rule set of {@code config/rules/}, read once at start-up (a broken file stops the application),
 * and which of them are enabled: active ones always, proposed ones when an administrator has switched
 * them on (or their file enables them by default). Files are never forgotten while the application runs,
 * so a decision recorded under an older version ({@code aucl-32a@1}) still resolves after {@code @2} is added.
 */
@ApplicationScoped
public class RuleCatalogue {

    private static final Logger LOG = Logger.getLogger(RuleCatalogue.class.getName());

    @Inject
    private Settings settings;

    @Inject
    private RuleSetActivations activations;

    private List<RuleSet> rules;
    private Map<String, RuleSet> byKey;

    @PostConstruct
    void load() {
        try {
            rules = RuleSetFiles.load(settings.rulesDirectory());
        } catch (ConfigurationException e) {
            LOG.severe(() -> "Evidence Desk cannot start: " + e.getMessage());
            throw e;
        }
        byKey = rules.stream().collect(Collectors.toUnmodifiableMap(RuleSet::key, Function.identity()));
        LOG.info(() -> rules.size() + " rule sets loaded from " + settings.rulesDirectory() + ": "
                + rules.stream().map(RuleSet::key).collect(Collectors.joining(", ")));
    }

    /** Every rule file, enabled or not, ordered by id and version. */
    public List<RuleSet> all() {
        return rules;
    }

    /**
     * The rule sets in force: for each id, the highest version that is enabled. An older version is
     * superseded by a newer enabled one, but still resolves through {@link #find(String)}.
     */
    public List<RuleSet> enabled() {
        Map<String, RuleSetActivation> switches = activations.byKey();
        return inForce(rules, rule -> isEnabled(rule, switches));
    }

    /** For each id, the highest version among the enabled ones; ordered by id. */
    static List<RuleSet> inForce(List<RuleSet> rules, Predicate<RuleSet> enabled) {
        return rules.stream()
                .filter(enabled)
                .collect(Collectors.toMap(RuleSet::id, Function.identity(),
                        (one, other) -> other.version() > one.version() ? other : one))
                .values().stream()
                .sorted(Comparator.comparing(RuleSet::id))
                .toList();
    }

    /** The rule sets in force of one kind for one kind of right. */
    public List<RuleSet> applicableTo(IpType type, RuleKind kind) {
        return enabled().stream().filter(rule -> rule.kind() == kind && rule.appliesTo(type)).toList();
    }

    /** A rule set by its key, {@code id@version}, enabled or not. */
    public Optional<RuleSet> find(String key) {
        return Optional.ofNullable(key).map(byKey::get);
    }

    /** Whether the rule set is switched on: always for an active rule, by an administrator's choice for a proposed one. */
    public boolean isEnabled(RuleSet rule) {
        return rule.status() == RuleStatus.ACTIVE
                || activations.of(rule.key()).map(RuleSetActivation::isEnabled).orElse(rule.enabledByDefault());
    }

    private static boolean isEnabled(RuleSet rule, Map<String, RuleSetActivation> switches) {
        if (rule.status() == RuleStatus.ACTIVE) {
            return true;
        }
        RuleSetActivation activation = switches.get(rule.key());
        return activation == null ? rule.enabledByDefault() : activation.isEnabled();
    }
}
