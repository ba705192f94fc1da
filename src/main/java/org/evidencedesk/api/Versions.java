package org.evidencedesk.api;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Entity tags from the entities' versions (the optimistic-locking column every entity has), and the check of
 * {@code If-Match} before a change: a client that read version 3 and sends {@code If-Match: "3"} changes nothing if
 * someone else made it 4 meanwhile (412). Call {@link #checkIfMatch} inside the transaction that makes the change,
 * on the entity it loaded, so that the version checked is the one changed.
 */
public final class Versions {

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Refuses (412) when {@code If-Match} is given and names no tag equal to the current version; {@code *} matches. */
    public static void checkIfMatch(HttpHeaders headers, long currentVersion) {
        String ifMatch = headers.getHeaderString(HttpHeaders.IF_MATCH);
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        String current = Long.toString(currentVersion);
        for (String tag : ifMatch.split(",")) {
            String value = tag.strip();
            if (value.equals("*") || unquote(value).equals(current)) {
                return;
            }
        }
        throw new ApiProblem(412, "api.version.stale", current);
    }

    private static String unquote(String tag) {
        String strong = tag.startsWith("W/") ? tag.substring(2) : tag;
        return strong.length() >= 2 && strong.startsWith("\"") && strong.endsWith("\"") ? strong.substring(1, strong.length() - 1) : strong;
    }
}
