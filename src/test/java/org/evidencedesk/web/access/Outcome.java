package org.evidencedesk.web.access;

/** What a cell of the access matrix expects. */
public enum Outcome {
    /** 200 with the object, and nothing on the page that the viewer may not see. */
    SHOWN,
    /** 404, exactly as for an object that does not exist. */
    HIDDEN,
    /** 403: the viewer may see the object but not do this with it. */
    DENIED,
    /** A redirect to the login page. */
    LOGIN,
    /** A redirect to another page the viewer may see (the login page to home, an edit page to its case). */
    REDIRECT,
    /** 405: the entry point does not answer this method. */
    WRONG_METHOD,
    /** 200 with the undertaking to accept, and none of the item's details. */
    UNDERTAKING,
    /** 200 with the item marked view-only and no link to download its content. */
    VIEW_ONLY,
    /** 200 with the item rendered (another content type than the original's), never the original bytes. */
    RENDERED,
    /** An action that took effect, read back afterwards. */
    DONE,
    /** An action that changed nothing, read back afterwards: answered with a message, or not offered at all. */
    REFUSED,
    /**
     * An action the page offers (its button is there) that this test does not press, because pressing it would
     * change what another test reads; the comment above its row names the test that presses it.
     */
    OFFERED
}
