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
 * with the active versions made from proposed ones by a recorded instrument ({@link RuleSetAdoption}, kept in
 * the database because {@code config/rules} may be read-only), and which of them are enabled: active ones
 * always, proposed ones when an administrator has switched them on (or their file enables them by default).
 * Versions are never forgotten while the application runs, so a decision recorded under an older version
 * ({@code aucl-32a@1}) still resolves after {@code @2} is added.
 */
@ApplicationScoped
public class RuleCatalogue {

    private static final Logger LOG = Logger.getLogger(RuleCatalogue.class.getName());

    @Inject
    private Settings settings;

    @Inject
    private RuleSetActivations activations;

    @Inject
    private RuleSetAdoptions adoptions;

    private List<RuleSet> files;
    private volatile List<RuleSet> rules;
    private volatile Map<String, RuleSet> byKey;

    @PostConstruct
    void load() {
        try {
            files = RuleSetFiles.load(settings.rulesDirectory());
        } catch (ConfigurationException e) {
            LOG.severe(() -> "Evidence Desk cannot start: " + e.getMessage());
            throw e;
        }
        use(files);
        LOG.info(() -> rules.size() + " rule sets loaded from " + settings.rulesDirectory() + ": "
                + rules.stream().map(RuleSet::key).collect(Collectors.joining(", ")));
    }

    /** Adds the versions adopted by recorded instruments; called at start-up once the schema is migrated, and after each adoption. */
    public synchronized void mergeAdoptions() {
        List<RuleSetAdoption> recorded = adoptions.all();
        use(withAdoptions(files, recorded));
        if (!recorded.isEmpty()) {
            LOG.info(() -> "Rule versions adopted by a recorded instrument: " + recorded.stream()
                    .map(adoption -> adoption.getProposedKey() + " -> @" + adoption.getAdoptedVersion())
                    .collect(Collectors.joining(", ")));
        }
    }

    private void use(List<RuleSet> merged) {
        byKey = merged.stream().collect(Collectors.toUnmodifiableMap(RuleSet::key, Function.identity()));
        rules = merged;
    }

    /**
     * The files' rule sets with, for each recorded instrument, the active version it made of a proposed rule. A
     * version number the files already use stops the application: two texts under one key would make every
     * decision recorded under it ambiguous.
     */
    static List<RuleSet> withAdoptions(List<RuleSet> files, List<RuleSetAdoption> adoptions) {
        Map<String, RuleSet> byKey = files.stream().collect(Collectors.toMap(RuleSet::key, Function.identity()));
        List<RuleSet> merged = new java.util.ArrayList<>(files);
        for (RuleSetAdoption adoption : adoptions) {
            RuleSet proposed = byKey.get(adoption.getProposedKey());
            if (proposed == null || proposed.onAdoption() == null) {
                throw new ConfigurationException("Rule set " + adoption.getProposedKey() + ", adopted by an instrument recorded by "
                        + adoption.getRecordedBy() + ", is no longer a proposed rule file of config/rules that says what it becomes on adoption.");
            }
            RuleSet adopted = proposed.adoptedUnder(adoption.citation(), adoption.getAdoptedVersion());
            if (byKey.putIfAbsent(adopted.key(), adopted) != null) {
                throw new ConfigurationException("Rule set " + adopted.key() + " is both a file of config/rules and the version adopted by "
                        + "an instrument recorded by " + adoption.getRecordedBy() + "; give the file another version number.");
            }
            merged.add(adopted);
        }
        merged.sort(Comparator.comparing(RuleSet::id).thenComparingInt(RuleSet::version));
        return List.copyOf(merged);
    }

    /** The instrument that made this version binding, if an administrator recorded one. */
    public Optional<RuleSetAdoption> adoptionOf(RuleSet rule) {
        return adoptions.all().stream().filter(adoption -> adoption.adoptedKey().equals(rule.key())).findFirst();
    }

    /** The version an instrument adopting this proposed rule makes: after every version of its id. */
    public int nextVersionOf(String id) {
        return rules.stream().filter(rule -> rule.id().equals(id)).mapToInt(RuleSet::version).max().orElse(0) + 1;
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
