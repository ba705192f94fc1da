package org.evidencedesk.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.evidencedesk.shared.Sm3;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Sm3LanesTest {

    private static final int MiB = 1 << 20;

    @Test
    void aSecondHashingWaitsWhileTheOnlyLaneIsTakenAndRunsOnceItIsFree() throws Exception {
        Sm3Lanes lanes = Sm3Lanes.of(1);
        CountDownLatch leave = new CountDownLatch(1);
        Thread holder = holdingTheOnlyLane(lanes, leave);

        Sm3 second = new Sm3();
        Thread waiter = new Thread(() -> update(lanes, second));
        waiter.start();
        untilWaiting(lanes, 1);
        assertThat(waiter.isAlive()).isTrue();

        leave.countDown();
        waiter.join(30_000);
        holder.join(30_000);
        assertThat(waiter.isAlive()).isFalse();
        assertThat(second.digest()).isEqualTo(sm3Of(new byte[16]));
        assertThat(lanes.waiting()).isZero();
    }

    @Test
    void twoLanesLetTwoHashingsRunAtOnce() throws Exception {
        Sm3Lanes lanes = Sm3Lanes.of(2);
        CountDownLatch bothInside = new CountDownLatch(2);
        CountDownLatch leave = new CountDownLatch(1);
        Thread first = new Thread(() -> hold(lanes, bothInside, leave));
        Thread second = new Thread(() -> hold(lanes, bothInside, leave));
        first.start();
        second.start();
        // With one lane the second would wait for the first, which waits for the second: this would never count down.
        assertThat(bothInside.await(30, TimeUnit.SECONDS)).isTrue();
        leave.countDown();
        first.join(30_000);
        second.join(30_000);
    }

    @Test
    void aHashingInterruptedWhileItWaitsSaysSoAndTakesNoLane() throws Exception {
        Sm3Lanes lanes = Sm3Lanes.of(1);
        CountDownLatch leave = new CountDownLatch(1);
        Thread holder = holdingTheOnlyLane(lanes, leave);

        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread waiter = new Thread(() -> {
            try {
                lanes.update(new Sm3(), new byte[16], 16);
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        waiter.start();
        untilWaiting(lanes, 1);
        waiter.interrupt();
        waiter.join(30_000);
        assertThat(thrown.get()).isInstanceOf(InterruptedIOException.class);

        leave.countDown();
        holder.join(30_000);
        // The lane the holder gave back is free: nothing was taken by the interrupted waiter and kept.
        untilWaiting(lanes, 0);
        assertALaneIsFree(lanes);
    }

    @Test
    void copiesSharingOneLaneEachGetTheirOwnDigests() throws Exception {
        Sm3Lanes lanes = Sm3Lanes.of(1);
        Random random = new Random(16);
        List<byte[]> contents = new ArrayList<>();
        for (int size : new int[]{0, 1, MiB - 1, MiB, MiB + 1, 3 * MiB + 17, 5 * MiB}) {
            byte[] content = new byte[size];
            random.nextBytes(content);
            contents.add(content);
        }
        ExecutorService pool = Executors.newFixedThreadPool(contents.size());
        try {
            List<Future<ContentDigest>> digests = new ArrayList<>();
            for (byte[] content : contents) {
                digests.add(pool.submit(() -> DigestingCopy.unlimited(lanes).digest(slowly(content))));
            }
            for (int i = 0; i < contents.size(); i++) {
                assertThat(digests.get(i).get(60, TimeUnit.SECONDS))
                        .isEqualTo(DigestingCopy.unlimited().digest(new ByteArrayInputStream(contents.get(i))));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCopyLongerThanOneBufferHashesInTheLanesItIsGivenAndWaitsWhileTheyAreTaken() throws Exception {
        Sm3Lanes lanes = Sm3Lanes.of(1);
        byte[] content = randomContent(3 * MiB + 5);
        CountDownLatch leave = new CountDownLatch(1);
        Thread holder = holdingTheOnlyLane(lanes, leave);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<ContentDigest> copied = pool.submit(() -> DigestingCopy.unlimited(lanes).digest(new ByteArrayInputStream(content)));
            untilWaiting(lanes, 1);
            assertThat(copied.isDone()).isFalse();
            leave.countDown();
            assertThat(copied.get(60, TimeUnit.SECONDS)).isEqualTo(DigestingCopy.unlimited().digest(new ByteArrayInputStream(content)));
        } finally {
            leave.countDown();
            pool.shutdownNow();
            holder.join(30_000);
        }
    }

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {16, (1 << 20) - 1})
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aCopyOfLessThanOneBufferIsHashedByTheCopyingThreadWithoutWaitingForALane(int size) throws Exception {
        // A large upload's low-priority SM3 thread may hold the lane for long while busy pages leave it no processor:
        // most uploads are this small and must not queue behind it.
        Sm3Lanes lanes = Sm3Lanes.of(1);
        byte[] content = randomContent(size);
        CountDownLatch leave = new CountDownLatch(1);
        Thread holder = holdingTheOnlyLane(lanes, leave);
        try {
            assertThat(DigestingCopy.unlimited(lanes).digest(new ByteArrayInputStream(content)))
                    .isEqualTo(DigestingCopy.unlimited().digest(new ByteArrayInputStream(content)));
            assertThat(holder.isAlive()).as("the lane is still taken").isTrue();
        } finally {
            leave.countDown();
            holder.join(30_000);
        }
    }

    private static byte[] randomContent(int size) {
        byte[] content = new byte[size];
        new Random(size).nextBytes(content);
        return content;
    }

    @Test
    void aHashingThatFailsGivesItsLaneBack() throws Exception {
        Sm3Lanes lanes = Sm3Lanes.of(1);
        assertThatThrownBy(() -> lanes.inLane(() -> {
            throw new IllegalStateException("hashing failed");
        })).isInstanceOf(IllegalStateException.class);
        assertALaneIsFree(lanes);
    }

    @Test
    void noLaneIsRefused() {
        assertThatThrownBy(() -> Sm3Lanes.of(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void update(Sm3Lanes lanes, Sm3 sm3) {
        try {
            lanes.update(sm3, new byte[16], 16);
        } catch (InterruptedIOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Hashes 16 bytes in {@code lanes} on another thread: failing, not hanging, if no lane comes free within a minute. */
    private static void assertALaneIsFree(Sm3Lanes lanes) throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Sm3 after = new Sm3();
            pool.submit(() -> {
                lanes.update(after, new byte[16], 16);
                return null;
            }).get(60, TimeUnit.SECONDS);
            assertThat(after.digest()).isEqualTo(sm3Of(new byte[16]));
        } finally {
            pool.shutdownNow();
        }
    }

    private static void untilWaiting(Sm3Lanes lanes, int count) throws InterruptedException {
        for (int tries = 0; lanes.waiting() < count && tries < 3000; tries++) {
            Thread.sleep(10);
        }
        assertThat(lanes.waiting()).isEqualTo(count);
    }

    private static byte[] sm3Of(byte[] content) {
        Sm3 sm3 = new Sm3();
        sm3.update(content, 0, content.length);
        return sm3.digest();
    }

    /** Hands its content out in small reads, as a servlet's input does, so that copies interleave. */
    private static InputStream slowly(byte[] content) {
        return new ByteArrayInputStream(content) {
            @Override
            public synchronized int read(byte[] buffer, int offset, int length) {
                return super.read(buffer, offset, Math.min(length, 64 * 1024));
            }
        };
    }

    /** A thread in the lane of {@code lanes}, there until {@code leave} counts down. */
    private static Thread holdingTheOnlyLane(Sm3Lanes lanes, CountDownLatch leave) throws InterruptedException {
        CountDownLatch inside = new CountDownLatch(1);
        Thread holder = new Thread(() -> hold(lanes, inside, leave));
        holder.start();
        assertThat(inside.await(30, TimeUnit.SECONDS)).isTrue();
        return holder;
    }

    /** Takes a lane, says so, and stays in it until told to leave. */
    private static void hold(Sm3Lanes lanes, CountDownLatch inside, CountDownLatch leave) {
        try {
            lanes.inLane(() -> {
                inside.countDown();
                try {
                    leave.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        } catch (InterruptedIOException e) {
            throw new IllegalStateException(e);
        }
    }
}
