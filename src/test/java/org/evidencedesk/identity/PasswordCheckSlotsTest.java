package org.evidencedesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class PasswordCheckSlotsTest {

    /** Long enough that a waiter never gives up in these tests unless it is meant to be refused. */
    private static final Duration HOUR = Duration.ofHours(1);
    /** Only a guard against a test that would otherwise hang: nothing here is timed. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    @Test
    void aLoginTakesAFreeSlotAndGivesItBackWhenDone() {
        PasswordCheckSlots slots = new PasswordCheckSlots(1, Duration.ofMillis(10));

        try (PasswordCheckSlots.Slot slot = slots.take().orElseThrow()) {
            assertThat(slots.take()).as("the one slot is taken").isEmpty();
        }

        assertThat(slots.take()).as("given back").isPresent();
    }

    @Test
    void closingASlotTwiceGivesItBackOnce() {
        PasswordCheckSlots slots = new PasswordCheckSlots(2, Duration.ofMillis(10));
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
        PasswordCheckSlots slots = new PasswordCheckSlots(1, HOUR);
        PasswordCheckSlots.Slot held = slots.take().orElseThrow();
        CompletableFuture<Optional<PasswordCheckSlots.Slot>> waiter = CompletableFuture.supplyAsync(slots::take);
        awaitWaiting(slots, 1);

        held.close();

        assertThat(assertTimeoutPreemptively(HANG_GUARD, () -> waiter.get())).isPresent();
    }

    @Test
    void aLoginBeyondThoseAlreadyWaitingIsRefusedAtOnce() {
        PasswordCheckSlots slots = new PasswordCheckSlots(1, HOUR);
        PasswordCheckSlots.Slot held = slots.take().orElseThrow();
        List<CompletableFuture<Boolean>> waiters = new ArrayList<>();
        for (int i = 0; i < PasswordCheckSlots.WAITING_PER_SLOT; i++) {
            waiters.add(CompletableFuture.supplyAsync(() -> checkedInTurn(slots)));
        }
        awaitWaiting(slots, PasswordCheckSlots.WAITING_PER_SLOT);

        Optional<PasswordCheckSlots.Slot> refused = assertTimeoutPreemptively(HANG_GUARD, slots::take);

        assertThat(refused).as("with the queue full, no waiting an hour").isEmpty();
        assertThat(slots.waiting()).as("the refused login is not counted as waiting").isEqualTo(PasswordCheckSlots.WAITING_PER_SLOT);
        held.close();
        for (CompletableFuture<Boolean> waiter : waiters) {
            assertThat(assertTimeoutPreemptively(HANG_GUARD, () -> waiter.get())).as("each waiting login had its turn").isTrue();
        }
        assertThat(slots.waiting()).isZero();
        assertThat(slots.availableNow()).isEqualTo(1);
    }

    /** A login that waits for its slot, checks and gives the slot back. */
    private static boolean checkedInTurn(PasswordCheckSlots slots) {
        Optional<PasswordCheckSlots.Slot> slot = slots.take();
        slot.ifPresent(PasswordCheckSlots.Slot::close);
        return slot.isPresent();
    }

    @Test
    void aLoginThatWaitsTooLongIsRefusedAndNoLongerCountedAsWaiting() {
        PasswordCheckSlots slots = new PasswordCheckSlots(1, Duration.ofMillis(10));
        PasswordCheckSlots.Slot held = slots.take().orElseThrow();

        assertThat(slots.take()).isEmpty();

        assertThat(slots.waiting()).isZero();
        held.close();
    }

    @Test
    void halfTheProcessorsCheckPasswordsAndAtLeastOne() {
        PasswordCheckSlots slots = new PasswordCheckSlots();
        int expected = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        assertThat(PasswordCheckSlots.slotsOnThisMachine()).isEqualTo(expected);
        List<PasswordCheckSlots.Slot> taken = new ArrayList<>();
        for (int i = 0; i < expected; i++) {
            taken.add(slots.take().orElseThrow());
        }

        assertThat(slots.availableNow()).isZero();
        taken.forEach(PasswordCheckSlots.Slot::close);
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
