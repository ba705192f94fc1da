package org.evidencedesk.custody;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.evidencedesk.dispute.CaseView;
import org.evidencedesk.dispute.CaseWorkflow;
import org.evidencedesk.shared.config.Database;
import org.evidencedesk.shared.config.Settings;

/**
 * The append-only custody log, one hash chain per case. Appends join the caller's transaction, so an
 * entry exists exactly when what it records does; the chain's head row is locked while a link is added,
 * so concurrent appends to one case line up.
 */
@ApplicationScoped
public class CustodyLog {

    private static final int NAMED_ON_A_PAGE = 500;
    /** How many sequences the export reads at a time. */
    private static final int EXPORT_WINDOW = 1_000;

    @PersistenceContext(unitName = "evidencedesk")
    private EntityManager entityManager;

    @Inject
    private Clock clock;

    @Inject
    private CaseItemVisibility items;

    @Inject
    private CaseWorkflow workflow;

    @Inject
    private Settings settings;

    /** Whether inserting an entry locks its case row (PostgreSQL's foreign-key check), read once: see {@link #shareCaseRow}. */
    private boolean insertSharesCaseRow;

    @PostConstruct
    void readDatabase() {
        insertSharesCaseRow = settings.database() == Database.POSTGRESQL;
    }

    /** Appends an entry in format 2: committed to its details with a fresh salt, linked by its public header. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CustodyEntry append(long caseId, String actor, CustodyAction action, Long itemId, Map<String, ?> detail) {
        Head head = lockHead(caseId);
        CustodyEntry entry = new CustodyEntry(caseId, head.sequence() + 1, clock.instant(), actor, action, itemId,
                detail, CustodyCommitment.newSalt(), head.hash());
        entityManager.persist(entry);
        entityManager.createNativeQuery("update custody_head set sequence = ?1, head_hash = ?2 where case_id = ?3")
                .setParameter(1, entry.getSequence())
                .setParameter(2, entry.getEntryHash())
                .setParameter(3, caseId)
                .executeUpdate();
        return entry;
    }

    /**
     * A case's entries in order. In a transaction (joined, or its own): outside one, a thread that is not serving a
     * request can be handed an entity manager that is already closed (seen in a test's read-back after a managed
     * executor had run intake).
     */
    @Transactional
    public List<CustodyEntry> entries(long caseId) {
        return entityManager.createQuery("select e from CustodyEntry e where e.caseId = :caseId order by e.sequence",
                        CustodyEntry.class)
                .setParameter("caseId", caseId)
                .getResultList();
    }

    /**
     * The cases whose chains hold an entry made at or after {@code since}, in id order (the order their heads are then
     * locked in, so two callers never wait on each other crosswise). A chain is appended in time order, so its newest
     * entry alone tells: one read of each head's last entry, by the chain's own key, never a scan of every entry.
     */
    @Transactional
    public List<Long> casesWithEntriesSince(Instant since) {
        List<?> ids = entityManager.createNativeQuery("select h.case_id from custody_head h join custody_entry e"
                        + " on e.case_id = h.case_id and e.sequence = h.sequence where e.occurred_at >= ?1 order by h.case_id")
                .setParameter(1, since)
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** Re-walks a case's chain, every link and every commitment to details; an empty list means it is intact. */
    @Transactional
    public List<String> verify(long caseId) {
        return verify(caseId, entries(caseId));
    }

    /** As {@link #verify(long)}, over the case's entries the caller has already read. */
    public List<String> verify(long caseId, List<CustodyEntry> entries) {
        ChainHead head = head(caseId);
        return ChainCheck.problems(entries, head.sequence(), head.hash());
    }

    /**
     * The head of the case's chain as append last left it, read from its head row alone (whatever the chain's
     * length): sequence 0 and the genesis hash for a chain not yet begun.
     */
    @Transactional
    public ChainHead head(long caseId) {
        Object[] head = (Object[]) entityManager.createNativeQuery(
                        "select sequence, head_hash from custody_head where case_id = ?1")
                .setParameter(1, caseId)
                .getResultStream().findFirst().orElse(null);
        return head == null ? new ChainHead(0, CustodyEntry.GENESIS) : new ChainHead(((Number) head[0]).longValue(), (String) head[1]);
    }

    /** A chain's last sequence and the hash of its entry. */
    public record ChainHead(long sequence, String hash) {
    }

    /**
     * Who may see which entries of the case, for the viewer whose access the case view already checked. The court
     * sees every entry, and needs no item read.
     */
    private CustodyAudience audience(CaseView view) {
        return CustodyAudience.of(view.actor(), view.actor().isCourtStaff() ? List.of() : items.items(view));
    }

    /**
     * The same for a page of entries: only the items the page names are read, unless it names more than
     * {@value #NAMED_ON_A_PAGE} (a bundle export names every exhibit it carried), when every item of the case is.
     */
    private CustodyAudience audience(CaseView view, List<CustodyEntry> page) {
        if (view.actor().isCourtStaff()) {
            return audience(view);
        }
        CustodyAudience.NamedItems named = CustodyAudience.namedBy(page);
        return named.size() > NAMED_ON_A_PAGE ? audience(view) : CustodyAudience.of(view.actor(), items.items(view, named));
    }

    /**
     * One page of the case's chain as the user may see it now: their access to the case is read again for every page,
     * so a page asked for after they lost it is refused, whatever the page showed when it loaded.
     *
     * @throws org.evidencedesk.dispute.CaseNotFoundException if the user may no longer see the case
     */
    @Transactional
    public List<CustodyRow> rows(long caseId, String username, int first, int size) {
        return rows(workflow.listView(caseId, username), first, size);
    }

    /**
     * One page of the case's chain as the viewer may see it, in order from the entry at {@code first} (counting from
     * 0), entries withheld from them as bare rows: a withheld entry keeps its place, so pages and counts are the same
     * for every viewer and only what a row shows differs. In a transaction of its own when the caller has none: the
     * access policy reads the items' protective measures, loaded lazily.
     */
    @Transactional
    public List<CustodyRow> rows(CaseView view, int first, int size) {
        long caseId = view.disputeCase().getId();
        long after = Math.max(0, first);
        int pageSize = Math.max(0, size);
        List<CustodyEntry> page = page(caseId, after, pageSize);
        return page.isEmpty() ? List.of() : audience(view, page).rows(page);
    }

    /**
     * The entries at positions {@code after} to {@code after + size - 1}. Append makes sequences 1, 2, 3, ... (it takes
     * the head's next under its lock; nothing is ever deleted), so a position is its sequence less one and the page is
     * a range of the unique index (case, sequence). That is checked, not assumed, and only as far as the page reaches:
     * the entries up to {@code after} are exactly sequences 1 to {@code after}, and the range is either full or the
     * chain's end. The first page, the one every case page shows, costs a few index reads however long the chain is
     * (counting the whole chain for a gap took a quarter of a 10,000-item case page). A damaged database, whose gaps
     * the integrity sweep reports, is paged by position instead.
     */
    private List<CustodyEntry> page(long caseId, long after, int size) {
        if (sequencesUpTo(caseId, after)) {
            List<CustodyEntry> range = byRange(caseId, after, size);
            if (range.size() == size || !anyAfter(caseId, after + size)) {
                return range;
            }
        }
        return byPosition(caseId, after, size);
    }

    /** Whether the case's entries with a sequence up to {@code last} are sequences 1 to {@code last}, each once. */
    private boolean sequencesUpTo(long caseId, long last) {
        Object[] countAndLowest = entityManager.createQuery("select count(e), min(e.sequence) from CustodyEntry e"
                        + " where e.caseId = :caseId and e.sequence <= :last", Object[].class)
                .setParameter("caseId", caseId)
                .setParameter("last", last)
                .getSingleResult();
        long count = ((Number) countAndLowest[0]).longValue();
        // Sequences are unique (the index), so `last` of them, none below 1, are 1 to `last`.
        return count == last && (count == 0 || ((Number) countAndLowest[1]).longValue() >= 1);
    }

    private boolean anyAfter(long caseId, long sequence) {
        return !entityManager.createQuery("select e.sequence from CustodyEntry e where e.caseId = :caseId and e.sequence > :sequence",
                        Long.class)
                .setParameter("caseId", caseId)
                .setParameter("sequence", sequence)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    /**
     * The page from position {@code after} of a chain unbroken that far: sequences {@code after} + 1 to {@code after} +
     * {@code size}, a range the unique index (case, sequence) answers directly. With "order by sequence" and an offset
     * H2 sorted the whole chain for every page (30,000 entries at 10,000 items: most of a case page's time).
     */
    private List<CustodyEntry> byRange(long caseId, long after, int size) {
        return entityManager.createQuery("select e from CustodyEntry e where e.caseId = :caseId"
                        + " and e.sequence > :after and e.sequence <= :last order by e.sequence", CustodyEntry.class)
                .setParameter("caseId", caseId)
                .setParameter("after", after)
                .setParameter("last", after + size)
                .getResultList();
    }

    /** The page from position {@code after} of a chain with a gap: positions are not sequences there. */
    private List<CustodyEntry> byPosition(long caseId, long after, int size) {
        return entityManager.createQuery("select e from CustodyEntry e where e.caseId = :caseId order by e.sequence", CustodyEntry.class)
                .setParameter("caseId", caseId)
                .setFirstResult(Math.toIntExact(after))
                .setMaxResults(size)
                .getResultList();
    }

    /**
     * How many entries the case's chain holds, withheld ones included (see {@link #rows(CaseView, int, int)}), for a
     * user whose access to the case is read again here.
     *
     * @throws org.evidencedesk.dispute.CaseNotFoundException if the user may not see the case
     */
    @Transactional
    public long count(long caseId, String username) {
        workflow.actor(caseId, username);
        return count(caseId);
    }

    /** How many entries the case's chain holds, withheld ones included (see {@link #rows(CaseView, int, int)}). */
    @Transactional
    public long count(long caseId) {
        return entityManager.createQuery("select count(e) from CustodyEntry e where e.caseId = :caseId", Long.class)
                .setParameter("caseId", caseId)
                .getSingleResult();
    }

    /**
     * Writes the case's chain as JSON lines, one entry each with its previous hash and its own: whole where the
     * viewer may see the entry, as a bare link where not (see {@link CustodyEntry} for the lines).
     * <p>
     * A window of sequences at a time, each a range of the unique index (case, sequence), and each entry let go once
     * written: a case of 10,000 items has a log of 30,000 entries and tens of MB. One query ordered by sequence had H2
     * sort the whole chain into a temporary file before the first line. The windows run from the lowest sequence to
     * the highest as the export began, so entries appended meanwhile wait for the next export, and a gap (a damaged
     * database, which the integrity sweep reports) leaves a window short without losing a line.
     */
    @Transactional
    public void exportJsonLines(CaseView view, Writer out) throws IOException {
        CustodyAudience audience = audience(view);
        long caseId = view.disputeCase().getId();
        Object[] lowestAndHighest = entityManager.createQuery("select min(e.sequence), max(e.sequence) from CustodyEntry e"
                        + " where e.caseId = :caseId", Object[].class)
                .setParameter("caseId", caseId)
                .getSingleResult();
        if (lowestAndHighest[0] == null) {
            return;
        }
        long highest = ((Number) lowestAndHighest[1]).longValue();
        for (long after = ((Number) lowestAndHighest[0]).longValue() - 1; after < highest; after += EXPORT_WINDOW) {
            for (CustodyEntry entry : byRange(caseId, after, EXPORT_WINDOW)) {
                out.write(audience.line(entry));
                out.write('\n');
                entityManager.detach(entry);
            }
        }
    }

    private Head lockHead(long caseId) {
        shareCaseRow(caseId);
        // Taking the row lock first: an update that changes nothing still locks the row until commit.
        int locked = entityManager.createNativeQuery("update custody_head set sequence = sequence where case_id = ?1")
                .setParameter(1, caseId)
                .executeUpdate();
        if (locked == 0) {
            entityManager.createNativeQuery("insert into custody_head (case_id, sequence, head_hash) values (?1, 0, ?2)")
                    .setParameter(1, caseId)
                    .setParameter(2, CustodyEntry.GENESIS)
                    .executeUpdate();
        }
        Object[] row = (Object[]) entityManager.createNativeQuery(
                        "select sequence, head_hash from custody_head where case_id = ?1")
                .setParameter(1, caseId)
                .getSingleResult();
        return new Head(((Number) row[0]).longValue(), (String) row[1]);
    }

    private record Head(long sequence, String hash) {
    }

    /**
     * On PostgreSQL, takes the share of the case row that inserting the entry would take anyway (its foreign-key
     * check: FOR KEY SHARE), before the head. Taken only at the insert, after the head, a download waited for a
     * registration's lock on the case (FOR UPDATE, to number exhibits) while holding the head the registration waited
     * for: "deadlock detected", seen under load. The share conflicts only with locks of FOR UPDATE strength (FOR
     * UPDATE, a delete, an update of a unique column such as the case number), not with updates of other columns.
     * The rule that keeps this free of cycles: a transaction takes any FOR UPDATE-strength lock on a case row before
     * it appends to that case's chain, never after (intake's, before its appends; accepting a case, which sets its
     * number, appends nothing). H2 takes no lock for the check.
     */
    private void shareCaseRow(long caseId) {
        if (insertSharesCaseRow) {
            entityManager.createNativeQuery("select id from dispute_case where id = ?1 for key share")
                    .setParameter(1, caseId)
                    .getResultList();
        }
    }
}
