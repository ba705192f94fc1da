package org.evidencedesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PasswordCheckSlotsTest {

    private static final int MOST_WAITING = 4;
    /** Long enough that a waiter never gives up in these tests unless it is meant to be refused. */
    private static final Duration HOUR = Duration.ofHours(1);
    /** Only a guard against a test that would otherwise hang: nothing here is timed. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    /** A thread per waiting login: the common pool may have fewer threads than the logins it would park. */
    private final ExecutorService logins = Executors.newCachedThreadPool();

    @AfterEach
    void stopLogins() {
        logins.shutdownNow();
    }

    @Test
    void aLoginTakesAFreeSlotAndGivesItBackWhenDone() {
        PasswordCheckSlots slots = new PasswordCheckSlots(1, MOST_WAITING, Duration.ofMillis(10));

        assertThat(slots.isFull()).isFalse();
        try (PasswordCheckSlots.Slot slot = slots.take().orElseThrow()) {
            assertThat(slots.isFull()).as("the slot taken, but room to wait").isFalse();
            assertThat(slots.take()).as("the one slot is taken").isEmpty();
        }

        assertThat(slots.take()).as("given back").isPresent();
    }

    @Test
    void closingASlotTwiceGivesItBackOnce() {
        PasswordCheckSlots slots = new PasswordCheckSlots(2, MOST_WAITING, Duration.ofMillis(10));
        PasswordCheckSlots.Slot slot = slots.take().orElseThrow();
        slot.close();
        slot.close();

        Optional<PasswordCheckSlots.Slot> first = slots.take();
        Optional<PasswordCheckSlots.Slot> second = slots.take();

        assertThat(first).isPresent();
        assertThat(second).isPresent();
        assertThat(slots.take()).as("a third slot would mean the double close gave one back twice").isEmpty();
    }

    @Test
    void aWaitingLoginGetsTheSlotWhenItIsGivenBack() throws Exception {
        PasswordCheckSlots slots = new PasswordCheckSlots(1, MOST_WAITING, HOUR);
        PasswordCheckSlots.Slot held = slots.take().orElseThrow();
        CompletableFuture<Boolean> waiter = CompletableFuture.supplyAsync(() -> checkedInTurn(slots), logins);
        awaitWaiting(slots, 1);

        held.close();

        assertThat(assertTimeoutPreemptively(HANG_GUARD, () -> waiter.get())).isTrue();
    }

    @Test
    void aLoginBeyondThoseAlreadyWaitingIsRefusedAtOnce() {
        PasswordCheckSlots slots = new PasswordCheckSlots(1, MOST_WAITING, HOUR);
        PasswordCheckSlots.Slot held = slots.take().orElseThrow();
        try {
            List<CompletableFuture<Boolean>> waiters = new ArrayList<>();
            for (int i = 0; i < MOST_WAITING; i++) {
                waiters.add(CompletableFuture.supplyAsync(() -> checkedInTurn(slots), logins));
            }
            awaitWaiting(slots, MOST_WAITING);

            assertThat(slots.isFull()).as("no slot free, every place to wait taken").isTrue();
            Optional<PasswordCheckSlots.Slot> refused = assertTimeoutPreemptively(HANG_GUARD, slots::take);

            assertThat(refused).as("with the queue full, no waiting an hour").isEmpty();
            assertThat(slots.waiting()).as("the refused login is not counted as waiting").isEqualTo(MOST_WAITING);
            held.close();
            for (CompletableFuture<Boolean> waiter : waiters) {
                assertThat(assertTimeoutPreemptively(HANG_GUARD, () -> waiter.get())).as("each waiting login had its turn").isTrue();
            }
            assertThat(slots.waiting()).isZero();
            assertThat(slots.availableNow()).isEqualTo(1);
            assertThat(slots.isFull()).isFalse();
        } finally {
            held.close();
        }
    }

    @Test
    void aLoginThatWaitsTooLongIsRefusedAndNoLongerCountedAsWaiting() {
        Duration wait = Duration.ofMillis(50);
        PasswordCheckSlots slots = new PasswordCheckSlots(1, MOST_WAITING, wait);
        PasswordCheckSlots.Slot held = slots.take().orElseThrow();
        long start = System.nanoTime();

        assertThat(slots.take()).isEmpty();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("refused after waiting, not at once").isGreaterThanOrEqualTo(wait);
        assertThat(slots.waiting()).isZero();
        held.close();
    }

    /** A login that waits for its slot, checks and gives the slot back. */
    private static boolean checkedInTurn(PasswordCheckSlots slots) {
        Optional<PasswordCheckSlots.Slot> slot = slots.take();
        slot.ifPresent(PasswordCheckSlots.Slot::close);
        return slot.isPresent();
    }

    private static void awaitWaiting(PasswordCheckSlots slots, int count) {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            while (slots.waiting() < count) {
                Thread.onSpinWait();
                Thread.yield();
            }
        });
    }
}
