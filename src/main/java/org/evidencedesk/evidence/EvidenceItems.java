package org.evidencedesk.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.evidencedesk.dispute.CaseActor;
import org.evidencedesk.dispute.Side;

/** The repository of evidence items. */
@ApplicationScoped
public class EvidenceItems {

    /** A case's items in exhibit order: by side, then each side's sequence. */
    private static final String OF_CASE_IN_EXHIBIT_ORDER = " from EvidenceItem e where e.disputeCase.id = :caseId"
            + " order by e.side, e.exhibitSequence";

    @PersistenceContext(unitName = "evidencedesk")
    private EntityManager entityManager;

    public Optional<EvidenceItem> byId(long id) {
        return Optional.ofNullable(entityManager.find(EvidenceItem.class, id));
    }

    /**
     * Every item of a case, in exhibit order, read-only: for a list or an export, never for a change (none would be
     * saved). Read-only, the transaction's end need not compare each item with its state as read (at 10,000 items, a
     * second of a bundle export), and Hibernate keeps no copy of that state.
     */
    public List<EvidenceItem> ofCase(long caseId) {
        return entityManager.createQuery("select e" + OF_CASE_IN_EXHIBIT_ORDER, EvidenceItem.class)
                .setParameter("caseId", caseId)
                .setHint("org.hibernate.readOnly", true)
                .getResultList();
    }

    /** The ids of every item of a case, in exhibit order (as {@link #ofCase}), without reading an item's row. */
    public List<Long> idsOfCase(long caseId) {
        return entityManager.createQuery("select e.id" + OF_CASE_IN_EXHIBIT_ORDER, Long.class)
                .setParameter("caseId", caseId)
                .getResultList();
    }

    /** The items of these ids, in the order of the ids, read-only as {@link #ofCase} reads them. */
    public List<EvidenceItem> readOnly(List<Long> ids) {
        return inOrder(ids, true);
    }

    /**
     * Stops the persistence context from tracking {@code loaded}, items read with {@link #ofCase} that the caller keeps
     * only to read from. Read-only items are still walked before every later query of the transaction (Hibernate's
     * automatic flush looks for changes to save first): a bundle export of 10,000 items spent a fifth of its time so.
     * Their columns stay readable afterwards; their lazy associations can no longer be loaded.
     */
    public void letGo(Collection<EvidenceItem> loaded) {
        loaded.forEach(entityManager::detach);
    }

    /**
     * One page of the items the query selects, from the {@code first} (counting from 0), at most {@code size}: the page's
     * ids first, then their rows. The ids, the conditions and the text searched are columns of one index
     * ({@code ix_evidence_list}), so finding a page reads no item's row (see {@link #inOrder}).
     */
    public List<EvidenceItem> page(ItemQuery query, int first, int size) {
        if (sees(query.viewer()).isEmpty() || size <= 0) {
            return List.of();
        }
        List<Long> ids = bind(entityManager.createQuery("select e.id from EvidenceItem e" + where(query)
                        + " order by " + query.order().clause(query.ascending()), Long.class), query)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(size)
                .getResultList();
        return inOrder(ids);
    }

    /** How many items the query selects. */
    public long count(ItemQuery query) {
        if (sees(query.viewer()).isEmpty()) {
            return 0;
        }
        return bind(entityManager.createQuery("select count(e) from EvidenceItem e" + where(query), Long.class), query)
                .getSingleResult();
    }

    /** How many items the query selects and the bytes they hold together, by one query. */
    public ItemTally tally(ItemQuery query) {
        if (sees(query.viewer()).isEmpty()) {
            return new ItemTally(0, 0);
        }
        Object[] row = bind(entityManager.createQuery("select count(e), coalesce(sum(e.sizeBytes), 0) from EvidenceItem e"
                + where(query), Object[].class), query).getSingleResult();
        return new ItemTally(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    /** The ids of every item the query selects, in its order: a selection of all of them, without loading one. */
    public List<Long> ids(ItemQuery query) {
        if (sees(query.viewer()).isEmpty()) {
            return List.of();
        }
        return bind(entityManager.createQuery("select e.id from EvidenceItem e" + where(query)
                + " order by " + query.order().clause(query.ascending()), Long.class), query).getResultList();
    }

    /**
     * The items of these ids, in the order of the ids. A list's ids come from {@code ix_evidence_list} alone; H2 reads
     * an item's row (several kilobytes of token, receipt and signature) for every entry of an index it walks unless the
     * index holds every column the query names, and with its default cache at a 512 MiB heap it read them from disk
     * again on every request (a request's page of a 10,000-item case: 370 ms; its ids, then its rows: a few ms).
     */
    private List<EvidenceItem> inOrder(List<Long> ids) {
        return inOrder(ids, false);
    }

    private List<EvidenceItem> inOrder(List<Long> ids, boolean readOnly) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, EvidenceItem> byId = new HashMap<>();
        TypedQuery<EvidenceItem> query = entityManager
                .createQuery("select e from EvidenceItem e where e.id in :ids", EvidenceItem.class)
                .setParameter("ids", ids);
        if (readOnly) {
            query.setHint("org.hibernate.readOnly", true);
        }
        query.getResultList().forEach(item -> byId.put(item.getId(), item));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** The items produced under a disclosure request, in exhibit order. */
    public List<EvidenceItem> producedUnder(long caseId, long requestId) {
        return inOrder(entityManager.createQuery("select e.id from EvidenceItem e where e.disputeCase.id = :caseId"
                        + " and e.producedUnder = :requestId order by e.side, e.exhibitSequence", Long.class)
                .setParameter("caseId", caseId)
                .setParameter("requestId", requestId)
                .getResultList());
    }

    /** Every item of a case as an id and exhibit number, without the rest of the row (for the custody audience). */
    public List<Object[]> exhibitsOfCase(long caseId) {
        return entityManager.createQuery("select e.id, e.exhibitNumber from EvidenceItem e where e.disputeCase.id = :caseId",
                        Object[].class)
                .setParameter("caseId", caseId)
                .getResultList();
    }

    /**
     * The case's items among these ids and exhibit numbers: two lookups, by the primary key and by the unique (case,
     * exhibit number), since one query with "or" between them made H2 read every item of the case. Entries name most
     * items both ways: the numbers of items found by id are not looked up again.
     */
    public List<EvidenceItem> named(long caseId, Collection<Long> ids, Collection<String> exhibits) {
        Map<Long, EvidenceItem> found = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            entityManager.createQuery("select e from EvidenceItem e where e.disputeCase.id = :caseId and e.id in :ids",
                            EvidenceItem.class)
                    .setParameter("caseId", caseId)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(item -> found.put(item.getId(), item));
        }
        Set<String> unfound = new HashSet<>(exhibits);
        found.values().forEach(item -> unfound.remove(item.getExhibitNumber()));
        if (!unfound.isEmpty()) {
            entityManager.createQuery("select e from EvidenceItem e where e.disputeCase.id = :caseId"
                            + " and e.exhibitNumber in :exhibits", EvidenceItem.class)
                    .setParameter("caseId", caseId)
                    .setParameter("exhibits", unfound)
                    .getResultList()
                    .forEach(item -> found.put(item.getId(), item));
        }
        return List.copyOf(found.values());
    }

    /**
     * Which items a viewer reaches at all: every item for the court, their side's and the other side's as
     * {@link EvidenceAccessPolicy} says for counsel, none for anyone else (empty).
     */
    private static Optional<String> sees(CaseActor viewer) {
        Objects.requireNonNull(viewer, "an item query needs its viewer");
        if (viewer.isCourtStaff()) {
            return Optional.of("");
        }
        return viewer.side().map(side -> " and (e.side = :side or (e.confidentiality <> :courtOnly and (e.measures is null"
                + " or exists (select m.id from ProtectiveMeasures m where m = e.measures"
                + " and (m.namedPersonsOnly = false or :username member of m.namedPersons)))))");
    }

    /**
     * The query's conditions. They mirror {@link EvidenceAccessPolicy#maySee}, {@link EvidenceAccessPolicy#mayDownload}
     * and {@link EvidenceAccessPolicy#needsUndertaking} (with the undertakings accepted), which stay the rule for
     * one item; EvidenceListIT holds the two to the same answers. The measures are asked in subqueries, not joined, so
     * that the database counts and pages a case's items from the index alone: most items have none.
     */
    private static String where(ItemQuery query) {
        StringBuilder where = new StringBuilder(" where e.disputeCase.id = :caseId");
        where.append(sees(query.viewer()).orElseThrow());
        if (query.copyable() && !query.viewer().isCourtStaff()) {
            // Bound by the measures: another side's item produced under them. View-only is never copied; an
            // undertaking must have been accepted first.
            where.append(" and (e.measures is null or e.side = :side or exists (select m.id from ProtectiveMeasures m"
                    + " where m = e.measures and m.viewOnly = false and (m.undertakingRequired = false"
                    + " or exists (select u.id from Undertaking u where u.measuresId = m.id and u.username = :username))))");
        }
        if (query.onlySide() != null) {
            where.append(" and e.side = :onlySide");
        }
        if (query.pattern().isPresent()) {
            where.append(" and (lower(e.exhibitNumber) like :pattern escape '!' or lower(e.title) like :pattern escape '!')");
        }
        return where.toString();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> typed, ItemQuery query) {
        typed.setParameter("caseId", query.caseId());
        CaseActor viewer = query.viewer();
        if (!viewer.isCourtStaff()) {
            typed.setParameter("side", viewer.side().orElseThrow());
            typed.setParameter("courtOnly", Confidentiality.COURT_ONLY);
            typed.setParameter("username", viewer.username());
        }
        if (query.onlySide() != null) {
            typed.setParameter("onlySide", query.onlySide());
        }
        query.pattern().ifPresent(pattern -> typed.setParameter("pattern", pattern));
        return typed;
    }

    /** What the integrity sweep re-checks of an item: its stored content's hashes and size, and its token (Base64 DER). */
    public record Fingerprint(long id, long caseId, String exhibitNumber, String sha256, String sm3, long size, String timestampToken) {

        public byte[] timestampTokenBytes() {
            return Base64.getDecoder().decode(timestampToken);
        }
    }

    /** In a transaction of its own when the caller has none: the nightly sweep reads from a scheduler thread. */
    @Transactional
    public List<Fingerprint> fingerprints(long afterId, int limit) {
        return entityManager.createQuery("select new org.evidencedesk.evidence.EvidenceItems$Fingerprint(e.id,"
                        + " e.disputeCase.id, e.exhibitNumber, e.sha256, e.sm3, e.sizeBytes, e.timestampToken) from EvidenceItem e"
                        + " where e.id > :after order by e.id", Fingerprint.class)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Marks an item whose stored content no longer matches what was received. */
    @Transactional
    public void flagIntegrityProblem(long id, String problem) {
        byId(id).ifPresent(item -> item.flagIntegrityProblem(problem));
    }

    public List<Long> casesWithEvidence() {
        return entityManager.createQuery("select distinct e.disputeCase.id from EvidenceItem e", Long.class).getResultList();
    }

    /** The next exhibit sequence of a side; call with the case locked, so two intakes never share one. */
    int nextSequence(long caseId, Side side) {
        Integer last = entityManager.createQuery("select max(e.exhibitSequence) from EvidenceItem e"
                        + " where e.disputeCase.id = :caseId and e.side = :side", Integer.class)
                .setParameter("caseId", caseId)
                .setParameter("side", side)
                .getSingleResult();
        return last == null ? 1 : last + 1;
    }

    void add(EvidenceItem item) {
        entityManager.persist(item);
        entityManager.flush();
    }
}
