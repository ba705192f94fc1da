package org.evidencedesk.ruling;

import org.evidencedesk.shared.BusinessException;

/** The court gives reasons for every decision; so does a party refusing to produce. */
public final class Reasons {

    public static final int LIMIT = 10000;

    private Reasons() {
    }

    /** The reasons, stripped; refused when missing or longer than {@link #LIMIT}. */
    public static String check(String reasons) {
        return check(reasons, LIMIT);
    }

    /** The text, stripped; refused when missing or longer than {@code limit} (what its column holds). */
    public static String check(String reasons, int limit) {
        if (reasons == null || reasons.isBlank() || reasons.strip().length() > limit) {
            throw new BusinessException("disclosure.reasonsRequired", limit);
        }
        return reasons.strip();
    }
}
