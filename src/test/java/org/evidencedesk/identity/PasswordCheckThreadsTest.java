package org.evidencedesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PasswordCheckThreadsTest {

    private final PasswordCheckThreads threads = new PasswordCheckThreads(1);

    @AfterEach
    void stop() {
        threads.stop();
    }

    @Test
    void aCheckRunsOnAThreadOfItsOwnAtThePagesPriorityAndLeavesTheCallersAlone() {
        Thread caller = Thread.currentThread();
        int callersOwn = caller.getPriority();
        caller.setPriority(Thread.NORM_PRIORITY + 1);
        try {
            Thread checking = threads.run(Thread::currentThread);

            assertThat(checking).isNotSameAs(caller);
            assertThat(checking.getPriority()).isEqualTo(PasswordCheckThreads.PRIORITY).isEqualTo(Thread.NORM_PRIORITY);
            assertThat(caller.getPriority()).isEqualTo(Thread.NORM_PRIORITY + 1);
        } finally {
            caller.setPriority(callersOwn);
        }
    }

    @Test
    void aCheckWaitingWhenTheThreadsStopIsNotLeftWaitingAndNoneIsTakenAfter() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Object> first = CompletableFuture.supplyAsync(() -> threads.run(() -> {
            running.countDown();
            awaitQuietly(release);
            return "first";
        }));
        running.await();
        CompletableFuture<Object> queued = CompletableFuture.supplyAsync(() -> threads.run(() -> "queued"));
        Thread.sleep(100);

        threads.stop();
        release.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
        assertThatThrownBy(() -> queued.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the server is stopping");
        assertThatThrownBy(() -> threads.run(() -> "after")).isInstanceOf(IllegalStateException.class);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            // shutdownNow interrupts the running check; PBKDF2 would go on regardless, and so does this stand-in.
            awaitQuietly(latch);
        }
    }

    @Test
    void theChecksAnswerAndItsFailureReachTheCaller() {
        assertThat(threads.run(() -> "matches")).isEqualTo("matches");
        assertThatThrownBy(() -> threads.run(() -> {
            throw new IllegalArgumentException("Invalid hash");
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("Invalid hash");
    }
}
