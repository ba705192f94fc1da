package org.evidencedesk.renewal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.evidencedesk.archive.SignatureKind;
import org.evidencedesk.archive.SignatureRenewals;

/**
 * Finds when signatures the job has not seen yet are due, a page at a time, each page in a transaction of its own: the
 * first run on an installation with a million items works through them all without holding one transaction open.
 * The due time is computed once, on first sight, and kept ({@code signature_due}): see V20 for why.
 */
@ApplicationScoped
public class SignatureSurvey {

    private static final Logger LOG = Logger.getLogger(SignatureSurvey.class.getName());

    @Inject
    private StoredSignatures stored;

    @Inject
    private ArchiveFormats formats;

    @Inject
    private SignatureRenewals renewals;

    /**
     * What one page found: the last id read (the next page starts after it), how many were scheduled, and the ids whose
     * signature no implementation accepts or cannot be read (left unscheduled, and looked at again on the next run).
     */
    public record Page(int read, long lastId, int scheduled, List<Long> refused) {
    }

    /** @throws IllegalStateException when no archive time-stamp implementation is installed: nothing can be assessed */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Page page(SignatureKind kind, long afterId, int size) {
        List<long[]> unseen = stored.unseen(kind, afterId, size);
        int scheduled = 0;
        List<Long> refused = new ArrayList<>();
        for (long[] subject : unseen) {
            try {
                ArchiveFormats.Assessed assessed = formats.assess(stored.current(kind, subject[0]).signature());
                renewals.schedule(kind, subject[0], subject[1], assessed.renewBy());
                scheduled++;
            } catch (IllegalArgumentException | UncheckedIOException e) {
                // Not a signature any implementation renews, or a ruling whose PDF cannot be read: the others go on.
                LOG.fine(() -> kind + " " + subject[0] + " cannot be assessed: " + e.getMessage());
                refused.add(subject[0]);
            }
        }
        return new Page(unseen.size(), unseen.isEmpty() ? afterId : unseen.get(unseen.size() - 1)[0], scheduled, refused);
    }
}
