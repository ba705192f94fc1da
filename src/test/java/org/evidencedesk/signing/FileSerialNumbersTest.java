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
    void serialsStrictlyIncreaseAndEachIsRecordedBeforeItIsHandedOut() throws Exception {
        FileSerialNumbers serials = new FileSerialNumbers(file(), clock);

        BigInteger first = serials.next();
        BigInteger second = serials.next();

        assertThat(second).isGreaterThan(first);
        assertThat(Files.readString(file())).isEqualTo(second.toString());
    }

    @Test
    void serialsKeepIncreasingAcrossARestart() {
        FileSerialNumbers before = new FileSerialNumbers(file(), clock);
        before.next();
        BigInteger lastBeforeRestart = before.next();

        // A restart with a clock set back a day must not matter: the file, not the clock, decides.
        FileSerialNumbers after = new FileSerialNumbers(file(), Clock.fixed(NOW.minusSeconds(86_400), ZoneOffset.UTC));

        assertThat(after.next()).isEqualTo(lastBeforeRestart.add(BigInteger.ONE));
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
        assertThat(new BigInteger(Files.readString(file()))).isEqualTo(issued.stream().max(BigInteger::compareTo).orElseThrow());
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
