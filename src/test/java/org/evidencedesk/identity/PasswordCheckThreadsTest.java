package org.evidencedesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PasswordCheckThreadsTest {

    private final PasswordCheckThreads threads = new PasswordCheckThreads();

    PasswordCheckThreadsTest() {
        threads.start();
    }

    @AfterEach
    void stop() {
        threads.stop();
    }

    @Test
    void aCheckRunsOnAThreadBelowThePagesPriorityAndLeavesTheCallersAlone() {
        Thread caller = Thread.currentThread();
        caller.setPriority(Thread.NORM_PRIORITY);

        Thread checking = threads.run(Thread::currentThread);

        assertThat(checking).isNotSameAs(caller);
        assertThat(checking.getPriority()).isEqualTo(PasswordCheckThreads.PRIORITY)
                .isLessThan(Thread.NORM_PRIORITY).isGreaterThan(Thread.MIN_PRIORITY);
        assertThat(caller.getPriority()).isEqualTo(Thread.NORM_PRIORITY);
    }

    @Test
    void theChecksAnswerAndItsFailureReachTheCaller() {
        assertThat(threads.run(() -> "matches")).isEqualTo("matches");
        assertThatThrownBy(() -> threads.run(() -> {
            throw new IllegalArgumentException("Invalid hash");
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("Invalid hash");
    }
}
