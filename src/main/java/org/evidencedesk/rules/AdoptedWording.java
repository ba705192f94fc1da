package org.evidencedesk.rules;

import java.util.Objects;

/** What a proposed rule's file says its title and consequence become once an instrument makes it binding at this court. */
public record AdoptedWording(LocalizedText title, LocalizedText consequence) {

    public AdoptedWording {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(consequence, "consequence");
    }
}
