package org.evidencedesk.identity.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.evidencedesk.identity.AccessToken;
import org.evidencedesk.identity.TokenScope;
import org.evidencedesk.identity.TokenState;

/**
 * One of the user's access tokens as My account lists it; never its secret, which is not kept. Scopes are their API
 * codes ({@code read, submit}), the words a script's author will use.
 */
public record TokenRow(long id, String name, String prefix, String scopes, Instant createdAt, LocalDate lastDay,
                       Instant lastUsedAt, TokenState state) {

    static TokenRow of(AccessToken token, LocalDate today) {
        return new TokenRow(token.getId(), token.getName(), token.getPrefix(),
                token.getScopes().stream().sorted().map(TokenScope::code).collect(Collectors.joining(", ")), token.getCreatedAt(),
                token.getExpiresOn(), token.getLastUsedAt().orElse(null), token.stateOn(today));
    }

    public boolean isActive() {
        return state == TokenState.ACTIVE;
    }
}
