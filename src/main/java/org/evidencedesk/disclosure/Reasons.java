package org.evidencedesk.disclosure;

import org.evidencedesk.shared.BusinessException;

/** The court gives reasons for every decision; so does a party refusing to produce. */
final class Reasons {

    static final int LIMIT = 10000;

    private Reasons() {
    }

    static String check(String reasons) {
        if (reasons == null || reasons.isBlank() || reasons.strip().length() > LIMIT) {
            throw new BusinessException("disclosure.reasonsRequired", LIMIT);
        }
        return reasons.strip();
    }
}
