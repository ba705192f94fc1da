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
