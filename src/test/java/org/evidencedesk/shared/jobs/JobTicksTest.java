package org.evidencedesk.shared.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Each job ticks on a thread of its own: a nightly sweep that runs for hours over a large docket must not hold up the
 * lapse timer, whose ticks decide when a disclosure deadline lapses and whether {@code /health} is UP.
 */
class JobTicksTest {

    private static final Duration TICK = Duration.ofMillis(10);

    @Test
    void aLongRunOfOneJobDoesNotHoldUpTheTicksOfAnother() throws Exception {
        CountDownLatch longRunBegan = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch ticksDuringTheLongRun = new CountDownLatch(3);
        try (JobTicks ticks = new JobTicks(2, Executors.defaultThreadFactory())) {
            ticks.every(TICK, () -> {
                longRunBegan.countDown();
                await(release);
            });
            assertThat(longRunBegan.await(10, TimeUnit.SECONDS)).as("the long run began").isTrue();
            ticks.every(TICK, ticksDuringTheLongRun::countDown);

            assertThat(ticksDuringTheLongRun.await(10, TimeUnit.SECONDS)).as("the other job ticked while the long run ran").isTrue();
            release.countDown();
        }
    }

    @Test
    void closingStopsEveryTickAndInterruptsARunInProgress() throws Exception {
        CountDownLatch began = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        JobTicks ticks = new JobTicks(1, Executors.defaultThreadFactory());
        ticks.every(TICK, () -> {
            began.countDown();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
        });
        assertThat(began.await(10, TimeUnit.SECONDS)).isTrue();

        ticks.close();

        assertThat(interrupted.await(10, TimeUnit.SECONDS)).as("the run in progress was interrupted").isTrue();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
