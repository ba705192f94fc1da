package org.evidencedesk.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.evidencedesk.support.SharedServer;
import org.evidencedesk.support.WebClient;
import org.evidencedesk.support.WebClient.OpenPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Evidence intake keeps its pace while anonymous clients flood the public {@code /tsa} (issue 11, finding 3).
 * Counsel submits the same number of small items to the demo case "Pricewise" twice, once on a quiet server
 * and once while {@value #FLOODERS} threads of this JVM post valid time-stamp queries as fast as the server
 * answers. The flood may cost intake no more than {@value #ALLOWED_SLOWDOWN} times its quiet pace.
 *
 * <p>What this bound catches is a stall: evidence stamping queued behind the public authority (a shared lock,
 * a shared serial file with an fsync per token). What it allows is the flood's share of the machine's cores,
 * which only a per-address rate limit bounds: once tokens no longer wait for the disk, the flood gets far
 * more of them (on a loaded 2-core machine, 236 public tokens beside 8 items with one fsync per token, 2,047
 * with serial blocks) and takes CPU time from intake (0.78x before, 2.88x after, same machine, same load).
 * The stall this bound is for did not show over HTTP on that machine, where the server's CPU, not the
 * serial file, limited the flood; {@code signing/StampingBesideAFloodTest} and
 * {@code EvidencePersistenceIT#theTokenIsTakenBeforeTheCaseRowIsLocked} show the parts of the change directly.
 */
@ExtendWith(SharedServer.class)
class IntakeUnderTimestampFloodWebIT {

    private static final String PASSWORD = "Demo-Evidence-2026";
    private static final Pattern CASE_LINK = Pattern.compile("view\\.xhtml\\?id=(\\d+)");
    private static final int ITEMS = 8;
    private static final int FLOODERS = 16;
    private static final double ALLOWED_SLOWDOWN = 4.0;

    @Test
    void aFloodOfPublicTimestampQueriesDoesNotStallEvidenceIntake() throws Exception {
        WebClient counsel = new WebClient(SharedServer.baseUrl());
        assertThat(counsel.login("counsel", PASSWORD).statusCode()).isEqualTo(302);
        Matcher link = CASE_LINK.matcher(counsel.get("cases/list.xhtml?q=pricewise").body());
        assertThat(link.find()).as("the demo case Pricewise").isTrue();
        long caseId = Long.parseLong(link.group(1));
        submitItems(counsel, caseId, "warm-up", 2);

        long quiet = submitItems(counsel, caseId, "quiet", ITEMS);
        Flood flood = Flood.start(FLOODERS);
        long flooded;
        try {
            flood.awaitTokens(50);
            flooded = submitItems(counsel, caseId, "flooded", ITEMS);
        } finally {
            flood.stop();
        }

        System.out.printf("Intake of %d items: %d ms quiet, %d ms beside %d flooding threads (%d public tokens granted,"
                + " %d other answers); %.2fx%n", ITEMS, quiet, flooded, FLOODERS, flood.granted.get(), flood.others.get(),
                (double) flooded / quiet);
        assertThat(flood.granted.get()).as("public tokens granted during the flood").isGreaterThan(50);
        assertThat(flood.failures.get()).as("flood requests that got a server error or no answer").isZero();
        assertThat((double) flooded).as("intake time beside the flood (quiet: %d ms)", quiet)
                .isLessThanOrEqualTo(ALLOWED_SLOWDOWN * quiet);
    }

    /** Uploads, describes and submits {@code count} small items one after another; answers the milliseconds taken. */
    private static long submitItems(WebClient counsel, long caseId, String label, int count) throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            byte[] content = ("intake beside a time-stamp flood: " + label + " " + i + " " + System.nanoTime())
                    .getBytes(StandardCharsets.UTF_8);
            OpenPage page = counsel.open("evidence/upload.xhtml?case=" + caseId);
            HttpResponse<String> uploaded = counsel.upload(page, "upload:files", "describe messages", label + "-" + i + ".txt", content);
            assertThat(uploaded.body()).as("upload %s %d", label, i).contains("ed-pending", sha256(content).substring(0, 16));
            HttpResponse<String> submitted = counsel.submit(page, "describe", "submit", Map.of(
                    "items:0:confidentiality_input", "PARTIES", "items:0:fact", "Intake keeps its pace under a flood."));
            assertThat(submitted.statusCode()).as("submit %s %d answered:%n%s", label, i, submitted.body()).isEqualTo(302);
        }
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    private static String sha256(byte[] content) throws Exception {
        return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    /** Threads that post valid SHA-256 time-stamp queries to {@code /tsa} back to back until stopped. */
    private static final class Flood {

        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong granted = new AtomicLong();
        private final AtomicLong others = new AtomicLong();
        private final AtomicLong failures = new AtomicLong();
        private final ExecutorService threads;

        private Flood(int count) {
            threads = Executors.newFixedThreadPool(count);
        }

        static Flood start(int count) throws Exception {
            Flood flood = new Flood(count);
            byte[] query = new TimeStampRequestGenerator().generate(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256),
                    MessageDigest.getInstance("SHA-256").digest("flood".getBytes(StandardCharsets.US_ASCII))).getEncoded();
            for (int i = 0; i < count; i++) {
                flood.threads.submit(() -> flood.send(query));
            }
            return flood;
        }

        private void send(byte[] query) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create(SharedServer.baseUrl() + "tsa"))
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/timestamp-query")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(query)).build();
            while (running.get()) {
                try {
                    int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    if (status == 200) {
                        granted.incrementAndGet();
                    } else if (status >= 500) {
                        failures.incrementAndGet();
                    } else {
                        others.incrementAndGet(); // a rate limit, should one be configured for the test server
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (Exception e) {
                    failures.incrementAndGet();
                }
            }
        }

        void awaitTokens(long count) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (granted.get() < count && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            threads.shutdown();
            threads.awaitTermination(2, TimeUnit.MINUTES);
        }
    }
}
