package org.evidencedesk.rules;

import java.util.Objects;

/** One item of a rule's checklist: what the party must show, preliminarily, for the rule to apply. */
public record Showing(String id, LocalizedText text) {

    public Showing {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
