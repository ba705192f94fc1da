package org.evidencedesk.identity;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.evidencedesk.shared.BusinessException;

/**
 * The terms a personal access token is made on (its name, scopes and last day), checked against its owner's roles
 * and today's date. One place for the rules, so that the service refuses what the page would never offer.
 */
public record TokenTerms(String name, Set<TokenScope> scopes, LocalDate lastDay) {

    /** The last day a new token gets unless its owner chooses another. */
    static final int DEFAULT_DAYS = 90;

    public TokenTerms {
        scopes = Set.copyOf(scopes);
    }

    /**
     * The terms, once they hold: a name of 1 to {@link AccessTokens#MAX_NAME_LENGTH} characters (trimmed), at least
     * one scope and only scopes the roles may hold, a last day from today to a year away.
     */
    public static TokenTerms checked(Set<Role> roles, String name, Set<TokenScope> scopes, LocalDate lastDay, LocalDate today) {
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > AccessTokens.MAX_NAME_LENGTH) {
            throw new BusinessException("token.name.invalid", AccessTokens.MAX_NAME_LENGTH);
        }
        if (scopes == null || scopes.isEmpty()) {
            throw new BusinessException("token.scopes.none");
        }
        if (!TokenScope.allowedFor(roles).containsAll(scopes)) {
            throw new BusinessException("token.scopes.notAllowed");
        }
        if (lastDay == null || lastDay.isBefore(today) || lastDay.isAfter(latestLastDay(today))) {
            throw new BusinessException("token.expiry.invalid", latestLastDay(today).toString());
        }
        return new TokenTerms(cleanName, EnumSet.copyOf(scopes), lastDay);
    }

    /** The latest last day a token made today may have: a year away, so that a forgotten token ends by itself. */
    public static LocalDate latestLastDay(LocalDate today) {
        return today.plusYears(1);
    }

    /** The last day offered for a token made today. */
    public static LocalDate defaultLastDay(LocalDate today) {
        return today.plusDays(DEFAULT_DAYS);
    }
}
