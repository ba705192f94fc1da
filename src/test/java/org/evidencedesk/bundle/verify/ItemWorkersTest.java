package org.evidencedesk.bundle.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ItemWorkersTest {

    private static final List<Integer> INPUTS = IntStream.range(0, 2_000).boxed().toList();

    @Test
    void resultsComeInTheInputsOrderWhateverOrderTheTasksFinishIn() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        try (ItemWorkers workers = ItemWorkers.of(4)) {
            List<Integer> squares = workers.map(INPUTS, input -> {
                threads.add(Thread.currentThread().getName());
                // Early inputs take longest, so later ones finish first.
                LockSupport.parkNanos(input < 8 ? 20_000_000L : 0L);
                return input * input;
            });
            assertThat(squares).isEqualTo(INPUTS.stream().map(input -> input * input).toList());
        }
        assertThat(threads).hasSizeGreaterThan(1).allSatisfy(name -> assertThat(name).startsWith("bundle-verify-"));
    }

    @Test
    void oneThreadRunsEveryTaskOnTheCallersThreadInOrder() {
        String caller = Thread.currentThread().getName();
        try (ItemWorkers workers = ItemWorkers.of(1)) {
            assertThat(workers.map(INPUTS, input -> Thread.currentThread().getName() + input))
                    .isEqualTo(INPUTS.stream().map(input -> caller + input).toList());
        }
    }

    @Test
    void theFirstFailureInInputOrderIsThrownAsItWasThrown() {
        IllegalStateException first = new IllegalStateException("item 700");
        try (ItemWorkers workers = ItemWorkers.of(4)) {
            assertThatThrownBy(() -> workers.map(INPUTS, input -> {
                if (input == 700) {
                    LockSupport.parkNanos(50_000_000L);
                    throw first;
                }
                if (input == 1_500) {
                    throw new IllegalArgumentException("item 1500, failed sooner but later in order");
                }
                return input;
            })).isSameAs(first);
        }
    }

    @Test
    void aPassedDeadlineStopsTheVerificationFromAnyThread() {
        VerificationDeadline spent = VerificationDeadline.after(java.time.Duration.ZERO);
        try (ItemWorkers workers = ItemWorkers.of(2)) {
            assertThatThrownBy(() -> workers.map(INPUTS, input -> {
                spent.check();
                return input;
            })).isInstanceOf(VerificationDeadline.Exceeded.class);
        }
    }

    @Test
    void noThreadsAtAllIsRefused() {
        assertThatThrownBy(() -> ItemWorkers.of(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
