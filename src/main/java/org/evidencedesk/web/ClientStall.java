package org.evidencedesk.web;

import java.io.IOException;
import java.util.concurrent.TimeoutException;

/**
 * Tells a client that stopped sending from an error of the server's. The connector gives up on a request body when
 * nothing arrives for its read timeout (Grizzly's default, 30 s) and says so as an {@link IOException} caused by a
 * {@link TimeoutException}: the client's doing, answered 408 and logged in one line, never recorded as a request
 * error with a trace (an anonymous caller could otherwise fill the error folder by stalling on purpose).
 */
public final class ClientStall {

    private ClientStall() {
    }

    /** Whether {@code error} is, or was caused by, the connector's read timing out. */
    public static boolean isCauseOf(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof IOException && cause.getCause() instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }
}
