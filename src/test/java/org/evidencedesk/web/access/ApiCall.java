package org.evidencedesk.web.access;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API column's cell of a row of the access matrix: the call (method, path under {@code /api/v1} with its objects
 * in braces, what it is tried with) and, in brackets at the end, the scope the operation needs as its
 * {@code @SecurityRequirement} declares it: {@code read}, {@code submit}, {@code export}, {@code court}, {@code token}
 * (any valid token) or {@code public} (no token).
 * <pre>
 * GET /cases/{trade-secret case}/custody [court]
 * PUT /cases/{trade-secret case}/submissions/{key} with metadata [submit]
 * </pre>
 */
public record ApiCall(String call, String scope) {

    private static final Pattern CELL = Pattern.compile("((?:GET|POST|PUT|DELETE|PATCH) /\\S.*?)\\s*\\[(read|submit|export|court|token|public)]");

    public static ApiCall parse(String cell) {
        Matcher matcher = CELL.matcher(cell);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("An API cell is a method, a path under /api/v1 and the scope in brackets"
                    + " ([read], [submit], [export], [court], [token] or [public]), or —: " + cell);
        }
        return new ApiCall(matcher.group(1), matcher.group(2));
    }

    public String method() {
        return call.split(" ", 2)[0];
    }

    /** The path and query with its objects in braces, without the description after it. */
    public String target() {
        return AccessTable.Row.secondWord(call);
    }

    /** The path without the query, as the operation is mapped. */
    public String path() {
        return target().split("\\?", 2)[0];
    }

    /** The objects the call names, in order: the text between braces. */
    public List<String> objects() {
        return AccessTable.objectsIn(call);
    }

    /** Whether the call needs a token (every operation but the public ones). */
    public boolean needsToken() {
        return !scope.equals("public");
    }

    @Override
    public String toString() {
        return call;
    }
}
