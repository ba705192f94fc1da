package org.evidencedesk.identity;

import java.time.LocalDate;
import java.util.Set;

/**
 * Who called with a valid token, and what the token lets them do: the token's scopes, already narrowed to what the
 * owner's roles allow today.
 */
public record TokenCaller(String username, Set<Role> roles, long tokenId, String tokenName, Set<TokenScope> scopes,
                          LocalDate expiresOn) {

    /** The request attribute that carries the caller of an API request whose token was accepted. */
    public static final String REQUEST_ATTRIBUTE = TokenCaller.class.getName();
    /** The request attribute set when an API request named a token that was not accepted. */
    public static final String REJECTED_ATTRIBUTE = TokenCaller.class.getName() + ".rejected";

    public TokenCaller {
        roles = Set.copyOf(roles);
        scopes = Set.copyOf(scopes);
    }

    public boolean holds(TokenScope scope) {
        return scopes.contains(scope);
    }
}
