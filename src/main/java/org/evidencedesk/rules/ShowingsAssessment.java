package org.evidencedesk.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rule's checklist against what a party has supported with evidence: each showing supported or not, and
 * whether the requirement is met. Met means the burden may move; the judge still rules on it.
 */
public record ShowingsAssessment(RuleSet rule, Map<String, Boolean> supportedByShowing, boolean met) {

    public ShowingsAssessment {
        supportedByShowing = Collections.unmodifiableMap(new LinkedHashMap<>(supportedByShowing));
    }

    /** The showings still without support, in checklist order. */
    public List<Showing> unsupported() {
        return rule.showings().stream()
                .filter(showing -> !supportedByShowing.getOrDefault(showing.id(), false))
                .toList();
    }
}
