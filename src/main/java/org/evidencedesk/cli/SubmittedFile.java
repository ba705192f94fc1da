package org.evidencedesk.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How one file's submission ended, for the summary table and {@code submit --json}.
 *
 * @param state {@code REGISTERED} (this run), {@code ALREADY_REGISTERED} (an earlier run or a retry: nothing sent again),
 *        or {@code FAILED}
 * @param message why it failed or why its receipt did not verify, in the user's language; null when all is well
 */
record SubmittedFile(String file, String key, String sha256, Long itemId, String exhibit, State state,
                     boolean receiptVerified, String message) {

    enum State {
        REGISTERED, ALREADY_REGISTERED, FAILED
    }

    static SubmittedFile failed(String file, String key, String sha256, String message) {
        return new SubmittedFile(file, key, sha256, null, null, State.FAILED, false, message);
    }

    /** Registered, and its receipt proves it. */
    boolean proven() {
        return state != State.FAILED && receiptVerified;
    }

    ObjectNode json() {
        ObjectNode json = Json.object();
        json.put("file", file);
        json.put("key", key);
        json.put("sha256", sha256);
        json.put("itemId", itemId);
        json.put("exhibit", exhibit);
        json.put("state", state.name());
        json.put("receiptVerified", receiptVerified);
        json.put("message", message);
        return json;
    }
}
