package org.evidencedesk.disclosure;

/** Why the court refuses an application (CE arts. 46–47). */
public enum DenialGround {
    /** The evidence sought is not identified clearly enough. */
    UNCLEAR,
    /** The fact can be proved without it. */
    UNNECESSARY,
    /** The fact it would prove does not matter to the decision. */
    IMMATERIAL,
    /** The other side does not control it. */
    NOT_CONTROLLED,
    /** It falls outside the documents a party must produce (CE art. 47). */
    OUTSIDE_CE47,
    /** Filed after the evidence period, or another procedural ground. */
    PROCEDURAL;

    public String messageKey() {
        return "denialGround." + name();
    }
}
