package org.evidencedesk.api;

import java.util.Arrays;

/**
 * A refusal of the API that is not a business rule of an area: no token, a missing scope, a stale version, a
 * malformed header. Answered as a problem ({@link ProblemMappers}) with its status and message key.
 */
public class ApiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String messageKey;
    private final transient Object[] arguments;

    public ApiProblem(int status, String messageKey, Object... arguments) {
        super(status + " " + messageKey + Arrays.toString(arguments));
        this.status = status;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** What the caller may not see, or what does not exist: the same answer for both, as on the pages. */
    public static ApiProblem notFound() {
        return new ApiProblem(404, "api.notFound");
    }

    public int status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
