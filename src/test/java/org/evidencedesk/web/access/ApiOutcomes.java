package org.evidencedesk.web.access;

import org.evidencedesk.identity.TokenScope;
import org.evidencedesk.web.access.AccessTable.Row;

/**
 * What the API call of a row must answer a capacity, from the page's cell of the same row: the same policy, in the
 * API's terms. A row only the API has states the API's outcome itself.
 * <ul>
 * <li>Without a token, every operation but the public ones answers 401 (LOGIN), as a page sends to the login page.</li>
 * <li>The scope comes first: a token without the operation's scope gets 403 (DENIED) whatever the object, so the
 * answer betrays nothing of it (the administrator's token has no {@code court} scope: 403 on the custody log,
 * where the page answers 404).</li>
 * <li>Then the page's outcome: SHOWN, HIDDEN (404), DENIED (403), WRONG_METHOD (405), DONE and REFUSED (read back
 * alike) hold as they are; an item before its undertaking (UNDERTAKING) is 403 naming nothing of it, since the
 * undertaking is accepted on the item's page only; a view-only item's metadata (VIEW_ONLY) is shown, its content is
 * refused in its own row.</li>
 * <li>A redirect to another page, a rendered view and a button only seen offered have no API meaning: such a row
 * names no API call (its API call, if any, gets a row of its own).</li>
 * </ul>
 */
public final class ApiOutcomes {

    private ApiOutcomes() {
    }

    public static Outcome expected(Row row, Capacity who) {
        Outcome cell = row.expected(who);
        if (!row.hasPage()) {
            return cell;
        }
        ApiCall api = row.api();
        if (!who.loggedIn()) {
            return api.needsToken() ? Outcome.LOGIN : overApi(row, cell);
        }
        if (!holdsScope(who, api)) {
            return Outcome.DENIED;
        }
        return overApi(row, cell);
    }

    private static boolean holdsScope(Capacity who, ApiCall api) {
        return switch (api.scope()) {
            case "public", "token" -> true;
            default -> who.scopes().contains(TokenScope.fromCode(api.scope()).orElseThrow());
        };
    }

    private static Outcome overApi(Row row, Outcome cell) {
        return switch (cell) {
            case SHOWN, VIEW_ONLY -> Outcome.SHOWN;
            case UNDERTAKING -> Outcome.DENIED;
            case HIDDEN, DENIED, LOGIN, WRONG_METHOD, DONE, REFUSED -> cell;
            case REDIRECT, RENDERED, OFFERED -> throw new IllegalArgumentException("A page's " + cell
                    + " has no API meaning: give the API call a row of its own, or write — (" + row + ")");
        };
    }
}
