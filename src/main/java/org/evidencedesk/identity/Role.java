package org.evidencedesk.identity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** Global roles; what a role may do in a given case is decided by that case's membership and access policy. */
public enum Role {
    ADMIN, CLERK, JUDGE, COUNSEL, TECH_INVESTIGATOR;

    /** The roles picked on a form, as a set; none picked gives an empty set. */
    public static Set<Role> setOf(Role... picked) {
        EnumSet<Role> set = EnumSet.noneOf(Role.class);
        set.addAll(Arrays.asList(picked));
        return set;
    }

    /** Key of the role's name in {@code messages.properties}. */
    public String messageKey() {
        return "role." + name();
    }
}
