package org.evidencedesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Which changes of an account end its sessions: rights and password do; name, e-mail, login and enabling do not. */
class SessionGenerationTest {

    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

    private final UserAccount account = new UserAccount("li.na", "Li Na", null, EnumSet.of(Role.CLERK), "hash", NOW);

    @Test
    void disablingEndsTheSessionsAndEnablingStartsNoNewGeneration() {
        account.disable();
        assertThat(account.getSessionGeneration()).isEqualTo(1);

        account.enable();
        assertThat(account.getSessionGeneration()).isEqualTo(1);
    }

    @Test
    void otherRolesEndTheSessionsTheSameRolesDoNot() {
        account.describe("Li Na (Clerk)", "li.na@court.example", EnumSet.of(Role.CLERK));
        assertThat(account.getSessionGeneration()).isZero();

        account.describe("Li Na (Clerk)", "li.na@court.example", EnumSet.of(Role.CLERK, Role.JUDGE));
        assertThat(account.getSessionGeneration()).isEqualTo(1);

        account.describe("Li Na (Clerk)", "li.na@court.example", EnumSet.of(Role.JUDGE));
        assertThat(account.getSessionGeneration()).isEqualTo(2);
        assertThat(account.getRoles()).containsExactly(Role.JUDGE);
    }

    @Test
    void anotherCourtEndsTheSessionsTheSameCourtDoesNot() {
        account.assignCourt(1L);
        assertThat(account.getSessionGeneration()).isEqualTo(1);

        account.assignCourt(1L);
        assertThat(account.getSessionGeneration()).isEqualTo(1);

        account.assignCourt(null);
        assertThat(account.getSessionGeneration()).isEqualTo(2);
    }

    @Test
    void aNewPasswordEndsTheSessions() {
        // A login does not touch the entity at all: UserAccounts.recordLogin updates its one column.
        assertThat(account.getSessionGeneration()).isZero();

        account.changePassword("another hash", NOW);
        assertThat(account.getSessionGeneration()).isEqualTo(1);
    }
}
