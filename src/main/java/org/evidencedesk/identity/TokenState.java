package org.evidencedesk.identity;

/** Whether a personal access token works today, and if not, why not: its owner revoked it, or its last day has passed. */
public enum TokenState {
    ACTIVE, EXPIRED, REVOKED;

    /** The key of its name in the message bundles. */
    public String messageKey() {
        return "token.state." + name();
    }
}
