package org.evidencedesk.custody;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import org.evidencedesk.evidence.BlobStore;
import org.evidencedesk.evidence.ContentDigest;
import org.evidencedesk.evidence.EvidenceItems;
import org.evidencedesk.signing.EvidenceTokenCheck;

/**
 * Re-hashes every stored item, re-verifies its time-stamp token and re-walks every custody chain, every night at 03:00 court time (then
 * signs a checkpoint of each intact chain) and on demand. Each mismatch is logged, reported on the
 * administration page, and flagged on its item.
 */
@ApplicationScoped
public class IntegritySweep {

    private static final Logger LOG = Logger.getLogger(IntegritySweep.class.getName());
    private static final int PAGE = 500;

    @Inject
    private EvidenceItems items;

    @Inject
    private BlobStore blobs;

    @Inject
    private CustodyLog custody;

    @Inject
    private CustodyCheckpoints checkpoints;

    @Inject
    private EvidenceTokenCheck tokens;

    @Inject
    private Clock clock;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    private final AtomicReference<SweepReport> last = new AtomicReference<>();

    /** One finished sweep. */
    public record SweepReport(Instant started, Instant finished, int itemsChecked, int chainsChecked, List<String> problems) {
        public boolean clean() {
            return problems.isEmpty();
        }
    }

    /** Called once at start-up. */
    public void scheduleNightly() {
        ZonedDateTime now = ZonedDateTime.now(clock);
        ZonedDateTime next = now.toLocalDate().atTime(3, 0).atZone(clock.getZone());
        if (!next.isAfter(now)) {
            next = next.plusDays(1);
        }
        scheduler.scheduleAtFixedRate(this::nightly, Duration.between(now, next).toMinutes(), TimeUnit.DAYS.toMinutes(1),
                TimeUnit.MINUTES);
    }

    /** The nightly job: the sweep, then a signed checkpoint of every intact chain. */
    void nightly() {
        SweepReport report = run();
        for (long caseId : items.casesWithEvidence()) {
            if (report.problems().stream().noneMatch(problem -> problem.startsWith("case " + caseId + " "))) {
                checkpoints.checkpoint(caseId, "integrity-sweep");
            }
        }
    }

    public synchronized SweepReport run() {
        Instant started = clock.instant();
        List<String> problems = new ArrayList<>();
        int checked = 0;
        long after = 0;
        for (List<EvidenceItems.Fingerprint> page = items.fingerprints(after, PAGE); !page.isEmpty();
             page = items.fingerprints(after, PAGE)) {
            for (EvidenceItems.Fingerprint item : page) {
                checkBlob(item).or(() -> checkToken(item)).ifPresent(problem -> {
                    problems.add("case " + item.caseId() + ", " + item.exhibitNumber() + ": " + problem);
                    items.flagIntegrityProblem(item.id(), problem);
                });
                checked++;
                after = item.id();
            }
        }
        List<Long> chains = items.casesWithEvidence();
        for (long caseId : chains) {
            custody.verify(caseId).forEach(problem -> problems.add("case " + caseId + " custody log: " + problem));
        }
        SweepReport report = new SweepReport(started, clock.instant(), checked, chains.size(), List.copyOf(problems));
        problems.forEach(problem -> LOG.severe("Integrity sweep: " + problem));
        LOG.info(() -> "Integrity sweep: " + report.itemsChecked() + " item(s), " + report.chainsChecked()
                + " chain(s), " + report.problems().size() + " problem(s)");
        last.set(report);
        return report;
    }

    public Optional<SweepReport> lastReport() {
        return Optional.ofNullable(last.get());
    }

    /** A token replaced in the database (say by a public one from /tsa) no longer proves when the item arrived. */
    private Optional<String> checkToken(EvidenceItems.Fingerprint item) {
        try {
            return tokens.problem(item.timestampTokenBytes(), HexFormat.of().parseHex(item.sha256()))
                    .map(problem -> "time-stamp token: " + problem);
        } catch (IllegalArgumentException e) {
            return Optional.of("time-stamp token unreadable: " + e.getMessage());
        }
    }

    private Optional<String> checkBlob(EvidenceItems.Fingerprint item) {
        try {
            ContentDigest now = blobs.rehash(item.sha256());
            if (!now.sha256().equals(item.sha256()) || !now.sm3().equals(item.sm3()) || now.size() != item.size()) {
                return Optional.of("stored content changed (SHA-256 now " + now.sha256() + ")");
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("stored content missing or unreadable: " + e.getClass().getSimpleName());
        }
    }
}
