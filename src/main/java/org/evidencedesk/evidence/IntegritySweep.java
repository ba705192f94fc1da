package org.evidencedesk.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import org.evidencedesk.custody.ChainAudit;
import org.evidencedesk.signing.EvidenceTokenCheck;

/**
 * Re-hashes every stored item, re-verifies its time-stamp token and audits every custody chain, against its head row
 * and its latest signed checkpoint ({@link ChainAudit}); on demand, and every night ({@link NightlySweep}). Each
 * mismatch is logged, reported on the administration page, and flagged on its item.
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
    private ChainAudit chains;

    @Inject
    private EvidenceTokenCheck tokens;

    @Inject
    private Clock clock;

    private final AtomicReference<SweepReport> last = new AtomicReference<>();

    /**
     * One finished sweep.
     *
     * @param intactChains the cases whose chain and items were found intact: the nightly sweep checkpoints these
     */
    public record SweepReport(Instant started, Instant finished, int itemsChecked, int chainsChecked, List<String> problems,
                              List<Long> intactChains) {
        public boolean clean() {
            return problems.isEmpty();
        }
    }

    public synchronized SweepReport run() {
        Instant started = clock.instant();
        List<String> problems = new ArrayList<>();
        Set<Long> casesWithProblems = new HashSet<>();
        int checked = 0;
        long after = 0;
        for (List<EvidenceItems.Fingerprint> page = items.fingerprints(after, PAGE); !page.isEmpty();
             page = items.fingerprints(after, PAGE)) {
            for (EvidenceItems.Fingerprint item : page) {
                checkBlob(item).or(() -> checkToken(item)).ifPresent(problem -> {
                    problems.add("case " + item.caseId() + ", " + item.exhibitNumber() + ": " + problem);
                    casesWithProblems.add(item.caseId());
                    items.flagIntegrityProblem(item.id(), problem);
                });
                checked++;
                after = item.id();
            }
        }
        List<Long> cases = chains.chains();
        List<Long> intact = new ArrayList<>();
        for (long caseId : cases) {
            ChainAudit.ChainReport chain = chains.audit(caseId);
            chain.problems().forEach(problem -> problems.add("case " + caseId + " custody log: " + problem));
            if (chain.intact() && !casesWithProblems.contains(caseId)) {
                intact.add(caseId);
            }
        }
        SweepReport report = new SweepReport(started, clock.instant(), checked, cases.size(), List.copyOf(problems), List.copyOf(intact));
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
        } catch (InterruptedIOException | ClosedByInterruptException e) {
            // The sweep was stopped (the server shutting down) while it read or waited for an SM3 lane: nothing is
            // wrong with the content, so nothing is flagged; the sweep ends here without a report.
            Thread.currentThread().interrupt();
            throw new UncheckedIOException("Integrity sweep interrupted at case " + item.caseId() + ", " + item.exhibitNumber(), e);
        } catch (IOException e) {
            return Optional.of("stored content missing or unreadable: " + e.getClass().getSimpleName());
        }
    }
}
