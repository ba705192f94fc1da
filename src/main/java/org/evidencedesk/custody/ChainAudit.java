package org.evidencedesk.custody;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * Audits custody chains for the integrity sweep, one case per transaction: each chain link by link against its head
 * row ({@link ChainCheck}), then against its latest signed checkpoint ({@link CheckpointCheck}), which the database
 * alone cannot forge. Every case with a chain is found, with or without evidence, and even one whose head row or
 * entries were deleted while its checkpoints remain.
 */
@ApplicationScoped
public class ChainAudit {

    @PersistenceContext(unitName = "evidencedesk")
    private EntityManager entityManager;

    @Inject
    private CustodyLog custody;

    @Inject
    private CustodyCheckpoints checkpoints;

    /** What one chain's audit found. */
    public record ChainReport(long caseId, List<String> problems) {

        public boolean intact() {
            return problems.isEmpty();
        }
    }

    /** Every case that has a custody chain, or had one: a head row, an entry or a checkpoint. */
    @Transactional
    public List<Long> chains() {
        List<?> ids = entityManager.createNativeQuery("select case_id from custody_head union select case_id from custody_entry"
                + " union select case_id from custody_checkpoint order by 1").getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    @Transactional
    public ChainReport audit(long caseId) {
        List<CustodyEntry> entries = custody.entries(caseId);
        List<String> problems = new ArrayList<>(custody.verify(caseId, entries));
        checkpoints.latest(caseId).ifPresent(checkpoint -> problems.addAll(CheckpointCheck.problems(caseId, entries, checkpoint)));
        return new ChainReport(caseId, List.copyOf(problems));
    }
}
