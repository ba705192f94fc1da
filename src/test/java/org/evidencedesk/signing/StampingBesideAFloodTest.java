package org.evidencedesk.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
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
 * reserved in blocks they are the signature's (407 ms quiet, 580 ms flooded, 93 public tokens). The bound is
 * generous, as the flood's signatures share the cores with the stamps measured: it fails when evidence
 * stamping queues behind the flood, as a lock held across a slow step would make it, not on CPU sharing.
 */
class StampingBesideAFloodTest {

    private static final int STAMPS = 40;
    private static final int FLOODERS = 16;
    private static final double ALLOWED_SLOWDOWN = 4.0;
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
        stamp(evidence, STAMPS); // warm-up

        long quiet = stamp(evidence, STAMPS);
        AtomicBoolean flooding = new AtomicBoolean(true);
        AtomicLong granted = new AtomicLong();
        byte[] query = new TimeStampRequestGenerator().generate(DigestAlgorithm.SHA256.identifier(), DIGEST).getEncoded();
        ExecutorService flood = Executors.newFixedThreadPool(FLOODERS);
        long flooded;
        try {
            for (int i = 0; i < FLOODERS; i++) {
                flood.submit(() -> {
                    while (flooding.get()) {
                        if (new TimeStampResponse(publicAuthority.respond(query)).getStatus() == PKIStatus.GRANTED) {
                            granted.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
            while (granted.get() < FLOODERS) {
                Thread.sleep(10);
            }
            flooded = stamp(evidence, STAMPS);
        } finally {
            flooding.set(false);
            flood.shutdown();
            flood.awaitTermination(1, TimeUnit.MINUTES);
        }

        System.out.printf("%d evidence stamps: %d ms quiet, %d ms beside %d flooding threads (%d public tokens); %.2fx%n",
                STAMPS, quiet, flooded, FLOODERS, granted.get(), (double) flooded / quiet);
        assertThat((double) flooded).as("evidence stamping beside the flood (quiet: %d ms)", quiet)
                .isLessThanOrEqualTo(ALLOWED_SLOWDOWN * Math.max(quiet, 1));
    }

    private static long stamp(BouncyCastleTimestampAuthority authority, int count) {
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            authority.stamp(DIGEST);
        }
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }
}
