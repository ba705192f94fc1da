package org.evidencedesk.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.evidencedesk.shared.config.ConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSerialNumbersTest {

    /** The block size FileSerialNumbers documents: one write reserves this many serials. */
    private static final int BLOCK = 1000;
    private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");

    @TempDir
    Path keys;

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    private Path file() {
        return keys.resolve(KeysDirectory.SERIAL_FILE);
    }

    @Test
    void theFirstSerialComesFromTheClockSoALostFileCannotRestartAtOne() {
        BigInteger first = new FileSerialNumbers(file(), clock).next();

        assertThat(first).isEqualTo(BigInteger.valueOf(NOW.toEpochMilli()).multiply(BigInteger.valueOf(1000)));
    }

    @Test
    void serialsStrictlyIncreaseAndEachIsCoveredByTheFileBeforeItIsHandedOut() throws Exception {
        FileSerialNumbers serials = new FileSerialNumbers(file(), clock);

        BigInteger first = serials.next();
        BigInteger second = serials.next();

        assertThat(second).isEqualTo(first.add(BigInteger.ONE));
        assertThat(recorded()).isGreaterThanOrEqualTo(second);
    }

    @Test
    void oneWriteReservesAWholeBlockAndTheNextWriteComesWithTheNextBlock() throws Exception {
        FileSerialNumbers serials = new FileSerialNumbers(file(), clock);

        BigInteger first = serials.next();
        BigInteger endOfBlock = first.add(BigInteger.valueOf(BLOCK - 1));
        assertThat(recorded()).as("after the first serial").isEqualTo(endOfBlock);
        Files.writeString(file(), "written by this test: the allocator must not touch the file again within its block");
        for (int i = 1; i < BLOCK; i++) {
            serials.next();
        }
        assertThat(Files.readString(file())).as("after the whole first block").startsWith("written by this test");

        assertThat(serials.next()).isEqualTo(endOfBlock.add(BigInteger.ONE));
        assertThat(recorded()).as("after the first serial of the second block").isEqualTo(endOfBlock.add(BigInteger.valueOf(BLOCK)));
    }

    @Test
    void restartsSkipTheUnusedRestOfABlockSoSerialsStayUniqueAndIncreasing() {
        List<BigInteger> issued = new ArrayList<>();
        for (int run = 0; run < 5; run++) {
            // Each allocator is abandoned without any closing step, as a crash or kill -9 leaves it.
            FileSerialNumbers serials = new FileSerialNumbers(file(), clock);
            for (int i = 0; i < 7 + run * 4; i++) {
                issued.add(serials.next());
            }
        }

        assertThat(issued).doesNotHaveDuplicates().isSortedAccordingTo(BigInteger::compareTo);
        assertThat(issued.get(7)).as("the first serial after the first restart")
                .isEqualTo(issued.get(0).add(BigInteger.valueOf(1000)));
    }

    private BigInteger recorded() throws Exception {
        return new BigInteger(Files.readString(file()).strip());
    }

    @Test
    void concurrentCallersNeverShareASerial() throws Exception {
        FileSerialNumbers serials = new FileSerialNumbers(file(), clock);
        Set<BigInteger> issued = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                work.add(pool.submit(() -> issued.add(serials.next())));
            }
            for (Future<?> each : work) {
                each.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(issued).hasSize(200);
        assertThat(recorded()).isGreaterThanOrEqualTo(issued.stream().max(BigInteger::compareTo).orElseThrow());
    }

    @Test
    void sixteenThreadsAcrossManyBlocksNeverShareASerialAndTheFileCoversEveryOne() throws Exception {
        FileSerialNumbers serials = new FileSerialNumbers(file(), clock);
        int threads = 16;
        int each = 2_500; // 40,000 serials: forty blocks, so many threads meet a spent block at once
        Set<BigInteger> issued = ConcurrentHashMap.newKeySet();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                work.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        assertThat(issued.add(serials.next())).as("a serial handed out once").isTrue();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> one : work) {
                one.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(issued).hasSize(threads * each);
        BigInteger first = issued.stream().min(BigInteger::compareTo).orElseThrow();
        BigInteger last = issued.stream().max(BigInteger::compareTo).orElseThrow();
        assertThat(last.subtract(first)).as("no block skipped while running").isEqualTo(BigInteger.valueOf(threads * each - 1L));
        assertThat(recorded()).isEqualTo(last);
    }

    @Test
    void aCrashMidBlockUnderConcurrentUseNeverLetsTheNextStartReuseASerial() throws Exception {
        Set<BigInteger> before = ConcurrentHashMap.newKeySet();
        FileSerialNumbers crashed = new FileSerialNumbers(file(), clock);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 190; i++) { // 3,040 serials: the crash comes 40 serials into the fourth block
                        before.add(crashed.next());
                    }
                }));
            }
            for (Future<?> one : work) {
                one.get();
            }
        } finally {
            pool.shutdownNow();
        }
        BigInteger highestBefore = before.stream().max(BigInteger::compareTo).orElseThrow();
        // The crash: the allocator and its block vanish from memory; only what reached the disk remains.
        FileSerialNumbers reopened = new FileSerialNumbers(file(), clock);

        BigInteger firstAfter = reopened.next();
        assertThat(before).hasSize(16 * 190).doesNotContain(firstAfter);
        assertThat(firstAfter).as("the rest of the crashed block is skipped").isEqualTo(highestBefore.add(BigInteger.valueOf(BLOCK - 40 + 1)));
        assertThat(recorded()).isEqualTo(firstAfter.add(BigInteger.valueOf(BLOCK - 1)));
    }

    @Test
    void theReservationPersistsInTheFileAloneAndSurvivesAnyNumberOfReopenings() throws Exception {
        BigInteger previous = BigInteger.ZERO;
        for (int start = 0; start < 20; start++) {
            BigInteger onDisk = Files.exists(file()) ? recorded() : BigInteger.ZERO;
            BigInteger serial = new FileSerialNumbers(file(), clock).next();
            assertThat(serial).isGreaterThan(onDisk).isGreaterThan(previous);
            assertThat(recorded()).isEqualTo(serial.add(BigInteger.valueOf(BLOCK - 1)));
            previous = serial;
        }
    }

    @Test
    void aDamagedFileStopsTheAuthorityRatherThanRiskAReusedSerial() throws Exception {
        Files.writeString(file(), "12x4");

        assertThatThrownBy(() -> new FileSerialNumbers(file(), clock))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("is damaged");
    }

    @Test
    void aSerialThatCannotBeRecordedIsNotHandedOut() {
        FileSerialNumbers serials = new FileSerialNumbers(keys.resolve("missing-directory").resolve("tsa-serial"), clock);

        assertThatThrownBy(serials::next).isInstanceOf(UncheckedIOException.class);
    }
}
