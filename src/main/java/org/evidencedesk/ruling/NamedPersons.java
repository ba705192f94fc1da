package org.evidencedesk.ruling;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A decision argument naming persons by their logins (e.g. those an order lets see what is produced); a court
 * document prints their display names instead, in the document's language's list style, or a dash for none.
 */
public record NamedPersons(List<String> usernames) implements Serializable {

    public NamedPersons {
        usernames = List.copyOf(usernames);
    }

    /** The persons in a stable order, whatever order the set gave. */
    public static NamedPersons of(Set<String> usernames) {
        return new NamedPersons(List.copyOf(new TreeSet<>(usernames)));
    }
}
