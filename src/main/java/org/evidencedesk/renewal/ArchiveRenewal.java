package org.evidencedesk.renewal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.evidencedesk.archive.DueRenewal;
import org.evidencedesk.archive.SignatureKind;
import org.evidencedesk.archive.SignatureRenewals;
import org.evidencedesk.shared.config.Settings;

/**
 * One pass of archive time-stamp renewal at a given time: first the signatures stored since the last pass get their
 * due time, then every signature due within the margin ({@code evidencedesk.renewal.margin}) is renewed once, earliest
 * first, each in its own transaction. A renewal that fails changes nothing and is logged; the signature stays due and
 * the next pass tries again. Pages are read by key, so no pass loads all signatures at once.
 */
@ApplicationScoped
public class ArchiveRenewal {

    private static final Logger LOG = Logger.getLogger(ArchiveRenewal.class.getName());
    static final int PAGE = 200;

    @Inject
    private SignatureSurvey survey;

    @Inject
    private SignatureRenewal renewal;

    @Inject
    private SignatureRenewals renewals;

    @Inject
    private Settings settings;

    /** What a pass did: signatures seen for the first time, renewed, failed (with why), and refused by every format. */
    public record Pass(int scheduled, List<Renewal> renewed, List<String> failed, int refused) {
    }

    public Pass run(Instant now) {
        int scheduled = 0;
        int refused = 0;
        for (SignatureKind kind : SignatureKind.values()) {
            long after = 0;
            SignatureSurvey.Page page;
            do {
                page = survey.page(kind, after, PAGE);
                after = page.lastId();
                scheduled += page.scheduled();
                refused += page.refused().size();
                if (!page.refused().isEmpty()) {
                    List<Long> ids = page.refused();
                    LOG.warning(() -> ids.size() + " " + kind + " signature(s) accepted by no archive time-stamp implementation or unreadable,"
                            + " left without a due time: " + ids.subList(0, Math.min(10, ids.size())) + (ids.size() > 10 ? " …" : ""));
                }
            } while (page.read() == PAGE);
        }
        List<Renewal> renewed = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        Instant limit = now.plus(settings.renewalMargin());
        Optional<DueRenewal> last = Optional.empty();
        List<DueRenewal> due;
        do {
            due = renewals.dueBefore(limit, last, PAGE);
            for (DueRenewal signature : due) {
                try {
                    Renewal done = renewal.renew(signature, now);
                    renewed.add(done);
                    LOG.info(done::describe);
                } catch (RuntimeException e) {
                    String why = signature.kind() + " " + signature.subjectId() + " in case " + signature.caseId() + ": " + describe(e);
                    LOG.warning(() -> "Archive time-stamp renewal of " + why + "; due " + signature.renewBy()
                            + ", unchanged, tried again on the next run");
                    failed.add(why);
                }
            }
            last = due.isEmpty() ? last : Optional.of(due.get(due.size() - 1));
        } while (due.size() == PAGE);
        return new Pass(scheduled, List.copyOf(renewed), List.copyOf(failed), refused);
    }

    private static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = failure; cause != null && text.length() < 500; cause = cause.getCause() == cause ? null : cause.getCause()) {
            text.append(text.length() == 0 ? "" : " ← ").append(cause.getClass().getSimpleName())
                    .append(cause.getMessage() == null ? "" : ": " + cause.getMessage());
        }
        return text.toString();
    }
}
