package org.evidencedesk.signing;

/** No time-stamp token could be had: the authority refused, or could not issue one. */
public class TimestampException extends RuntimeException {

    public TimestampException(String message) {
        super(message);
    }

    public TimestampException(String message, Throwable cause) {
        super(message, cause);
    }
}
