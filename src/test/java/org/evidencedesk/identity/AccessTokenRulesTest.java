package org.evidencedesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.evidencedesk.shared.BusinessException;
import org.junit.jupiter.api.Test;

/**
 * What {@link AccessTokens} refuses whoever asks, page or not: scopes the owner's role may not hold, a last day in the
 * past or more than a year away, a nameless token, and revoking a token that is not one's own.
 */
class AccessTokenRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final Set<Role> COUNSEL = EnumSet.of(Role.COUNSEL);
    private static final Set<TokenScope> READ = EnumSet.of(TokenScope.READ);

    @Test
    void counselMayNotHoldTheCourtScopeButAJudgeMay() {
        assertRefused(() -> TokenTerms.checked(COUNSEL, "script", EnumSet.of(TokenScope.READ, TokenScope.COURT), TODAY.plusDays(1), TODAY),
                "token.scopes.notAllowed");
        assertRefused(() -> TokenTerms.checked(EnumSet.of(Role.ADMIN), "script", EnumSet.of(TokenScope.COURT), TODAY.plusDays(1), TODAY),
                "token.scopes.notAllowed");

        TokenTerms judge = TokenTerms.checked(EnumSet.of(Role.JUDGE), "chambers", EnumSet.of(TokenScope.COURT), TODAY.plusDays(1), TODAY);

        assertThat(judge.scopes()).containsExactly(TokenScope.COURT);
    }

    @Test
    void aTokenNeedsAtLeastOneScope() {
        assertRefused(() -> TokenTerms.checked(COUNSEL, "script", EnumSet.noneOf(TokenScope.class), TODAY.plusDays(1), TODAY),
                "token.scopes.none");
        assertRefused(() -> TokenTerms.checked(COUNSEL, "script", null, TODAY.plusDays(1), TODAY), "token.scopes.none");
    }

    @Test
    void theLastDayIsFromTodayToAYearAway() {
        assertRefused(() -> TokenTerms.checked(COUNSEL, "script", READ, TODAY.minusDays(1), TODAY), "token.expiry.invalid");
        assertRefused(() -> TokenTerms.checked(COUNSEL, "script", READ, TODAY.plusYears(1).plusDays(1), TODAY), "token.expiry.invalid");
        assertRefused(() -> TokenTerms.checked(COUNSEL, "script", READ, null, TODAY), "token.expiry.invalid");

        assertThat(TokenTerms.checked(COUNSEL, "script", READ, TODAY, TODAY).lastDay()).isEqualTo(TODAY);
        assertThat(TokenTerms.checked(COUNSEL, "script", READ, TODAY.plusYears(1), TODAY).lastDay()).isEqualTo(TODAY.plusYears(1));
        assertThat(TokenTerms.latestLastDay(LocalDate.of(2027, 2, 28))).as("a year from a day before a leap day")
                .isEqualTo(LocalDate.of(2028, 2, 28));
    }

    @Test
    void theDefaultLastDayIsNinetyDaysAway() {
        assertThat(TokenTerms.defaultLastDay(TODAY)).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void theNameIsTrimmedAndMustBeThere() {
        assertThat(TokenTerms.checked(COUNSEL, "  docket sync ", READ, TODAY, TODAY).name()).isEqualTo("docket sync");
        assertRefused(() -> TokenTerms.checked(COUNSEL, "   ", READ, TODAY, TODAY), "token.name.invalid");
        assertRefused(() -> TokenTerms.checked(COUNSEL, null, READ, TODAY, TODAY), "token.name.invalid");
        assertRefused(() -> TokenTerms.checked(COUNSEL, "x".repeat(AccessTokens.MAX_NAME_LENGTH + 1), READ, TODAY, TODAY),
                "token.name.invalid");
    }

    @Test
    void onlyTheOwnerRevokesAndSomeoneElsesTokenIsNotFound() {
        AccessToken token = new AccessToken("counsel", "script", "0".repeat(64), "edk_abcdefgh", READ,
                Instant.parse("2026-11-01T08:00:00Z"), TODAY.plusDays(30));

        assertRefused(() -> token.revokeBy("defence", Instant.parse("2026-11-30T09:00:00Z")), "token.notFound");
        assertThat(token.getRevokedAt()).isEmpty();

        token.revokeBy("counsel", Instant.parse("2026-11-30T09:00:00Z"));
        assertThat(token.getRevokedAt()).contains(Instant.parse("2026-11-30T09:00:00Z"));
        assertThat(token.isActiveOn(TODAY)).isFalse();

        assertRefused(() -> token.revokeBy("counsel", Instant.parse("2026-11-30T10:00:00Z")), "token.alreadyRevoked");
        assertThat(token.getRevokedAt()).contains(Instant.parse("2026-11-30T09:00:00Z"));
    }

    @Test
    void aTokenIsActiveThroughItsLastDayAndRevokedOnceRevoked() {
        AccessToken token = new AccessToken("counsel", "script", "1".repeat(64), "edk_abcdefgh", READ,
                Instant.parse("2026-11-01T08:00:00Z"), TODAY);

        assertThat(token.stateOn(TODAY)).isEqualTo(TokenState.ACTIVE);
        assertThat(token.stateOn(TODAY.plusDays(1))).isEqualTo(TokenState.EXPIRED);

        token.revokeBy("counsel", Instant.parse("2026-11-30T09:00:00Z"));
        assertThat(token.stateOn(TODAY)).isEqualTo(TokenState.REVOKED);
        assertThat(token.stateOn(TODAY.plusDays(1))).isEqualTo(TokenState.REVOKED);
    }

    private static void assertRefused(Runnable attempt, String key) {
        assertThatThrownBy(attempt::run).isInstanceOfSatisfying(BusinessException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo(key));
    }
}
