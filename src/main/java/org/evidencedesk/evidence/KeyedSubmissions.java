package org.evidencedesk.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.evidencedesk.dispute.CaseNotFoundException;

/**
 * Submissions under a client's idempotency key (the API's {@code PUT .../submissions/{key}}): the content received
 * under the key is recorded once, and registered as an item once. A retry finds the recorded row and is given the
 * same item; two identical requests racing agree on one row through the table's unique key, and on one item through
 * the row's lock.
 */
@ApplicationScoped
public class KeyedSubmissions {

    @PersistenceContext(unitName = "evidencedesk")
    private EntityManager entityManager;

    @Inject
    private KeyedSubmissionRows rows;

    @Inject
    private EvidenceIntake intake;

    @Inject
    private EvidenceItems items;

    @Inject
    private Clock clock;

    /** An item registered from a submission, and whether this call registered it (false: an earlier one did). */
    public record Registered(EvidenceItem item, boolean created) {
    }

    /** The submission content was recorded under, and whether this call recorded it (false: an identical request did). */
    public record Recorded(KeyedSubmission submission, boolean created) {
    }

    /** The submitter's submission to the case under the key, if there is one. */
    @Transactional
    public Optional<KeyedSubmission> find(long caseId, @NotNull String submitter, @NotNull String key) {
        return query(caseId, submitter, key, LockModeType.NONE);
    }

    /**
     * Records content received under the key (already kept in the store, see {@link EvidenceIntake#receive}); when an
     * identical request recorded it first, answers that row instead, which the caller compares with its own digest.
     */
    public Recorded received(long caseId, @NotNull String submitter, @NotNull String key, @NotNull ContentDigest digest,
                                    String fileName, String mediaType) {
        try {
            KeyedSubmission submission = new KeyedSubmission(caseId, submitter, key, digest, FileNames.clean(fileName),
                    EvidenceIntake.mediaTypeOrDefault(mediaType), clock.instant());
            rows.insert(submission);
            return new Recorded(submission, true);
        } catch (RuntimeException raced) {
            return new Recorded(find(caseId, submitter, key).orElseThrow(() -> raced), false);
        }
    }

    /**
     * Registers the submission's content as an item with the metadata, through {@link EvidenceIntake#register} (which
     * checks the submitter again and writes the custody log), unless it is registered already: then the item it became.
     *
     * @throws CaseNotFoundException when the submitter has no submission to the case under the key
     */
    @Transactional
    public Registered register(long caseId, @NotNull String submitter, @NotNull String key, @NotNull EvidenceMetadata metadata) {
        KeyedSubmission submission = query(caseId, submitter, key, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(CaseNotFoundException::new);
        Optional<Long> registered = submission.itemId();
        if (registered.isPresent()) {
            return new Registered(items.byId(registered.get()).orElseThrow(), false);
        }
        EvidenceItem item = intake.register(caseId, submitter, submission.digest(), submission.getFileName(),
                submission.getMediaType(), metadata);
        submission.registered(item.getId());
        return new Registered(item, true);
    }

    /** The item a registered submission became. */
    @Transactional
    public Optional<EvidenceItem> itemOf(KeyedSubmission submission) {
        return submission.itemId().flatMap(items::byId);
    }

    /** Forgets submissions whose content never got its metadata before {@code cutoff}: upload debris. */
    @Transactional
    public int forgetReceivedBefore(Instant cutoff) {
        return entityManager.createQuery("delete from KeyedSubmission s where s.state = :received and s.createdAt < :cutoff")
                .setParameter("received", KeyedSubmission.State.RECEIVED)
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }

    private Optional<KeyedSubmission> query(long caseId, String submitter, String key, LockModeType lock) {
        return entityManager.createQuery("select s from KeyedSubmission s where s.caseId = :caseId and s.submitter = :submitter"
                        + " and s.idempotencyKey = :key", KeyedSubmission.class)
                .setParameter("caseId", caseId)
                .setParameter("submitter", submitter)
                .setParameter("key", key)
                .setLockMode(lock)
                .getResultStream().findFirst();
    }
}
