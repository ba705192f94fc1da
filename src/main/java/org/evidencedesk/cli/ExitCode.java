package org.evidencedesk.cli;

/**
 * How the client ends, for scripts: the verify command's codes (0, 1, 2) and two of the client's own, so a CI job
 * can tell a refused token or a server that is down from evidence that failed a check.
 */
public enum ExitCode {
    /** Everything done; every check passed. */
    OK(0),
    /** A check failed or a file could not be submitted (the others went on), or the server refused the request. */
    FAILED(1),
    /** The command was called wrongly. */
    USAGE(2),
    /** Not logged in, or the server refused the token (401) or its scopes (403). */
    NOT_AUTHORIZED(3),
    /** The server could not be reached, was busy or failed, or answered something this client does not understand. */
    UNAVAILABLE(4);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The code for a refusal by the server with this HTTP status. */
    static ExitCode forStatus(int status) {
        if (status == 401 || status == 403) {
            return NOT_AUTHORIZED;
        }
        return status >= 500 || status == 429 ? UNAVAILABLE : FAILED;
    }
}
