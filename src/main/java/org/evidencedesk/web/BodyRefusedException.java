package org.evidencedesk.web;

import java.io.IOException;

/**
 * A request body refused while it was being read, with the status that says why: 413 past the route's
 * limit, 507 when the data disk would fall under its reserve, 400 when it is not well-formed multipart, 408 when the
 * client stopped sending it.
 */
public class BodyRefusedException extends IOException {

    /** HTTP 507 Insufficient Storage (RFC 4918), which the servlet API names no constant for. */
    public static final int INSUFFICIENT_STORAGE = 507;

    private static final long serialVersionUID = 1L;

    private final int status;

    public BodyRefusedException(int status, String reason) {
        super(reason);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
