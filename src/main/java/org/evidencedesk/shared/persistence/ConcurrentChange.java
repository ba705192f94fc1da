package org.evidencedesk.shared.persistence;

import jakarta.persistence.OptimisticLockException;

/** Recognises the failure of an optimistic lock, however deep the transaction layers wrapped it. */
public final class ConcurrentChange {

    private ConcurrentChange() {
    }

    public static boolean causedBy(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof OptimisticLockException
                    || cause.getClass().getName().equals("org.hibernate.StaleObjectStateException")) {
                return true;
            }
        }
        return false;
    }
}
