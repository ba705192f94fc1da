package org.evidencedesk.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HashingThreadsTest {

    @Test
    void eachDigestRunsOnAThreadOfItsOwnAtTheLowestPriorityAndTheCopyingThreadKeepsItsOwn() throws IOException {
        Recording first = new Recording("first", 0);
        Recording second = new Recording("second", 0);
        int before = Thread.currentThread().getPriority();

        try (HashingThreads hashing = new HashingThreads(List.of(first, second))) {
            feed(hashing, 5);
            hashing.digests();
        }

        for (Recording recording : List.of(first, second)) {
            assertThat(recording.priorities).hasSize(5).containsOnly(Thread.MIN_PRIORITY);
            assertThat(recording.threads).doesNotContain(Thread.currentThread().getName()).containsOnly(recording.name() + "-digest");
        }
        assertThat(Thread.currentThread().getPriority()).isEqualTo(before);
    }

    @Test
    void aBufferIsFilledAgainOnlyOnceEveryDigestHasHashedIt() throws IOException {
        // The slow digest checks each buffer still holds what it was handed after a pause: a buffer handed back to
        // the copying thread by the fast digest alone would have been refilled meanwhile.
        Recording fast = new Recording("fast", 0);
        Recording slow = new Recording("slow", 5);

        List<byte[]> digests;
        try (HashingThreads hashing = new HashingThreads(List.of(fast, slow))) {
            feed(hashing, 20);
            digests = hashing.digests();
        }

        for (Recording recording : List.of(fast, slow)) {
            assertThat(recording.firstBytes).containsExactlyElementsOf(countingTo(20));
            assertThat(recording.changedWhileHashed).isZero();
        }
        assertThat(digests).extracting(digest -> digest[0]).containsExactly((byte) 20, (byte) 20);
    }

    @Test
    void aDigestThatFailsFailsTheCopyAtItsNextHandOffWithoutHangingIt() throws IOException {
        Hashing failing = new Recording("failing", 0) {
            @Override
            public void update(byte[] buffer, int length) {
                throw new IllegalStateException("broken digest");
            }
        };

        try (HashingThreads hashing = new HashingThreads(List.of(new Recording("fine", 0), failing))) {
            assertThatThrownBy(() -> feed(hashing, 50)).isInstanceOf(IllegalStateException.class).hasMessage("broken digest");
        }
    }

    @Test
    void aDigestThatFailsAtItsEndFailsTheCopyWithItsOwnError() throws IOException {
        Hashing failingAtTheEnd = new Recording("failing-at-the-end", 0) {
            @Override
            public byte[] digest() {
                throw new IllegalStateException("no digest");
            }
        };

        try (HashingThreads hashing = new HashingThreads(List.of(new Recording("fine", 0), failingAtTheEnd))) {
            feed(hashing, 3);
            assertThatThrownBy(hashing::digests).isInstanceOf(IllegalStateException.class).hasMessage("no digest");
        }
    }

    @Test
    void aCopyLongerThanOneBufferHashesOnLowPriorityThreadsNamedForEachDigest() throws Exception {
        // The copy stops reading at its third buffer until the test has looked at the threads hashing its first two.
        CountDownLatch looked = new CountDownLatch(1);
        CountDownLatch reading = new CountDownLatch(1);
        InputStream source = new InputStream() {
            private final InputStream content = GeneratedStream.of(3L * DigestingCopy.BUFFER_SIZE + 1);
            private long given;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (given >= 2L * DigestingCopy.BUFFER_SIZE && reading.getCount() > 0) {
                    reading.countDown();
                    await(looked);
                }
                int read = content.read(buffer, offset, length);
                given += Math.max(read, 0);
                return read;
            }
        };
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        Thread copying = new Thread(() -> {
            try {
                DigestingCopy.unlimited().copy(source, Channels.newChannel(OutputStream.nullOutputStream()));
            } catch (Throwable e) {
                failures.add(e);
            }
        });
        copying.start();
        assertThat(reading.await(30, TimeUnit.SECONDS)).isTrue();

        Map<String, Integer> digestThreads = new HashMap<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().endsWith("-digest")) {
                digestThreads.merge(thread.getName(), thread.getPriority(), Math::max);
            }
        }
        looked.countDown();
        copying.join(30_000);

        assertThat(copying.isAlive()).as("the copy has ended").isFalse();
        assertThat(failures).isEmpty();
        assertThat(digestThreads).containsEntry("sha256-digest", Thread.MIN_PRIORITY).containsEntry("sm3-digest", Thread.MIN_PRIORITY);
        assertThat(copying.getPriority()).isEqualTo(Thread.NORM_PRIORITY);
    }

    /** Hands {@code count} buffers, the n-th filled with the byte n. */
    private static void feed(HashingThreads hashing, int count) throws IOException {
        byte[] buffer = new byte[DigestingCopy.BUFFER_SIZE];
        for (int n = 1; n <= count; n++) {
            Arrays.fill(buffer, (byte) n);
            hashing.hand(buffer, 64);
            buffer = hashing.freeBuffer();
        }
        hashing.giveBack(buffer);
    }

    private static List<Byte> countingTo(int count) {
        List<Byte> values = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            values.add((byte) n);
        }
        return values;
    }

    private static void await(CountDownLatch latch) throws IOException {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IOException("The test did not look in time");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** Records where and how it was called; its digest is the last buffer's first byte. */
    private static class Recording implements Hashing {
        final List<Integer> priorities = new CopyOnWriteArrayList<>();
        final List<String> threads = new CopyOnWriteArrayList<>();
        final List<Byte> firstBytes = new CopyOnWriteArrayList<>();
        volatile int changedWhileHashed;
        private final String name;
        private final long pauseMillis;

        Recording(String name, long pauseMillis) {
            this.name = name;
            this.pauseMillis = pauseMillis;
        }

        @Override
        public void update(byte[] buffer, int length) {
            priorities.add(Thread.currentThread().getPriority());
            threads.add(Thread.currentThread().getName());
            byte[] handed = Arrays.copyOf(buffer, length);
            firstBytes.add(handed[0]);
            if (pauseMillis > 0) {
                try {
                    Thread.sleep(pauseMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (!Arrays.equals(handed, Arrays.copyOf(buffer, length))) {
                changedWhileHashed++;
            }
        }

        @Override
        public byte[] digest() {
            return new byte[] {firstBytes.isEmpty() ? 0 : firstBytes.get(firstBytes.size() - 1)};
        }

        @Override
        public String name() {
            return name;
        }
    }
}
