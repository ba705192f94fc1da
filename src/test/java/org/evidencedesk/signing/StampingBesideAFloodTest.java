package org.evidencedesk.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Evidence stamps keep their pace while many threads take public tokens as fast as they can (issue 11,
 * finding 3). Both authorities here even share one serial file, as every installation did before each got
 * its own. With one fsync per token both the quiet and the flooded pace were the disk's (measured on a loaded
 * 2-core machine: 40 stamps in 909 ms quiet, 1,795 ms flooded, 70 public tokens meanwhile); with serials
 * reserved in blocks they are the signature's (407 ms quiet, 580 ms flooded, 93 public tokens).
 *
 * <p>Those figures are printed, not asserted: sixteen flooding threads on two cores slow the measured thread by
 * their share of the cores alone, so a time bound either fails on a busy machine or is too loose to catch anything
 * (the pace is measured by {@code bench/tsa-flood}). What is asserted holds on any machine: every evidence stamp is
 * taken while the flood goes on (it never waits for the flood to end), the flood then stops, and every serial number
 * of both authorities, which share one serial file, is unique.
 */
class StampingBesideAFloodTest {

    private static final int STAMPS = 40;
    private static final int FLOODERS = 16;
    private static final long GENEROUS_MINUTES = 2;
    private static final byte[] DIGEST = DigestAlgorithm.SHA256.digest("exhibit P-001".getBytes(StandardCharsets.UTF_8));

    @TempDir
    Path keys;

    @Test
    void evidenceStampsDoNotQueueBehindAFloodOfPublicQueries() throws Exception {
        SerialNumbers serials = new FileSerialNumbers(keys.resolve(KeysDirectory.SERIAL_FILE), Clock.systemUTC());
        BouncyCastleTimestampAuthority evidence = new BouncyCastleTimestampAuthority(TestKeys.SHARED.timestamping(),
                serials, Clock.systemUTC(), TimestampPolicy.EVIDENCE);
        BouncyCastleTimestampAuthority publicAuthority = new BouncyCastleTimestampAuthority(
                TestKeys.SHARED.publicTimestamping(), serials, Clock.systemUTC(), TimestampPolicy.PUBLIC);
        Set<BigInteger> serialNumbers = ConcurrentHashMap.newKeySet();
        AtomicLong duplicates = new AtomicLong();
        stamp(evidence, STAMPS, serialNumbers, duplicates); // warm-up

        long quiet = stamp(evidence, STAMPS, serialNumbers, duplicates);
        AtomicBoolean flooding = new AtomicBoolean(true);
        AtomicLong granted = new AtomicLong();
        byte[] query = new TimeStampRequestGenerator().generate(DigestAlgorithm.SHA256.identifier(), DIGEST).getEncoded();
        ExecutorService flood = Executors.newFixedThreadPool(FLOODERS);
        long flooded;
        long grantedDuring;
        try {
            for (int i = 0; i < FLOODERS; i++) {
                flood.submit(() -> {
                    while (flooding.get()) {
                        TimeStampResponse response = new TimeStampResponse(publicAuthority.respond(query));
                        if (response.getStatus() == PKIStatus.GRANTED) {
                            granted.incrementAndGet();
                            if (!serialNumbers.add(response.getTimeStampToken().getTimeStampInfo().getSerialNumber())) {
                                duplicates.incrementAndGet();
                            }
                        }
                    }
                    return null;
                });
            }
            while (granted.get() < FLOODERS) {
                Thread.sleep(10);
            }
            long grantedBefore = granted.get();
            flooded = stamp(evidence, STAMPS, serialNumbers, duplicates);
            grantedDuring = granted.get() - grantedBefore;
        } finally {
            flooding.set(false);
            flood.shutdown();
            assertThat(flood.awaitTermination(GENEROUS_MINUTES, TimeUnit.MINUTES)).as("the flood stops").isTrue();
        }

        System.out.printf("%d evidence stamps: %d ms quiet, %d ms beside %d flooding threads (%d public tokens, %d of them"
                + " meanwhile); %.2fx%n", STAMPS, quiet, flooded, FLOODERS, granted.get(), grantedDuring, (double) flooded / quiet);
        assertThat(duplicates.get()).as("serial numbers issued twice").isZero();
        assertThat(serialNumbers).hasSize((int) (3 * STAMPS + granted.get()));
    }

    private static long stamp(BouncyCastleTimestampAuthority authority, int count, Set<BigInteger> serialNumbers,
                              AtomicLong duplicates) {
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            if (!serialNumbers.add(authority.stamp(DIGEST).serialNumber())) {
                duplicates.incrementAndGet();
            }
        }
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }
}
