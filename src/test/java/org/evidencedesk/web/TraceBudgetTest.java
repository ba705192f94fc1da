package org.evidencedesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TraceBudgetTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final TraceBudget budget = new TraceBudget(3, Duration.ofMinutes(1), now::get);

    @Test
    void theSameFailureAgainWithinTheMinuteRefersToTheFirstTrace() {
        assertThat(budget.decide("database down", "e1")).isEqualTo(TraceBudget.Decision.writeIt());
        assertThat(budget.decide("database down", "e2")).isEqualTo(new TraceBudget.Decision(false, Optional.of("e1")));
        assertThat(budget.decide("unknown role", "e3")).isEqualTo(TraceBudget.Decision.writeIt());
        assertThat(budget.decide("database down", "e4")).isEqualTo(new TraceBudget.Decision(false, Optional.of("e1")));
    }

    @Test
    void noMoreTracesThanTheBudgetAMinuteWhateverTheKinds() {
        for (int i = 0; i < 3; i++) {
            assertThat(budget.decide("kind " + i, "e" + i).write()).isTrue();
        }
        assertThat(budget.decide("kind 3", "e3")).isEqualTo(new TraceBudget.Decision(false, Optional.empty()));
        assertThat(budget.decide("kind 0", "e4")).as("a kind already traced still names its trace")
                .isEqualTo(new TraceBudget.Decision(false, Optional.of("e0")));
    }

    @Test
    void aNewMinuteTracesAgain() {
        budget.decide("database down", "e1");
        for (int i = 0; i < 3; i++) {
            budget.decide("kind " + i, "f" + i);
        }
        now.addAndGet(Duration.ofSeconds(59).toNanos());
        assertThat(budget.decide("kind 9", "g1").write()).isFalse();

        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(budget.decide("database down", "g2")).isEqualTo(TraceBudget.Decision.writeIt());
        assertThat(budget.decide("kind 9", "g3")).isEqualTo(TraceBudget.Decision.writeIt());
    }

    @Test
    void aFailureIsTheSameWhenItsRootCauseSaysTheSameFromTheSamePlace() {
        assertThat(RequestErrors.kind(failure("connection refused"))).isEqualTo(RequestErrors.kind(failure("connection refused")));
        assertThat(RequestErrors.kind(failure("connection refused"))).isNotEqualTo(RequestErrors.kind(failure("no such role")));
        assertThat(RequestErrors.kind(failure("connection refused")))
                .isNotEqualTo(RequestErrors.kind(new IllegalStateException("connection refused")))
                .contains(TraceBudgetTest.class.getName() + ".failure(");
    }

    private static RuntimeException failure(String message) {
        return new IllegalStateException(message);
    }
}
