package org.evidencedesk.dispute;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.evidencedesk.shared.config.Database;
import org.evidencedesk.shared.config.Settings;

/** The repository of cases: loading one, lists with filters, and what the dashboards count. */
@ApplicationScoped
public class DisputeCases {

    private static final String MEMBER = "c.id in (select m.disputeCase.id from CaseMember m"
            + " where m.user.id = :userId and m.role in :memberRoles)";

    /**
     * Visibility, the same rule as {@link CaseAccessPolicy}, as a JPQL condition on {@code c}. The membership
     * test is an uncorrelated {@code in}, not a correlated {@code exists}: the same cases, but PostgreSQL then
     * costs it once rather than once per case, where its estimate for 100,000 cases was high enough to switch
     * on JIT compilation, which alone added 10-25 ms to each list query.
     */
    private static final String VISIBLE = "(c.court.id = :courtId or " + MEMBER + ")";

    /** The two disjoint parts of {@link #VISIBLE}, counted apart (see {@link #count}). */
    private static final String AT_COURT = "c.court.id = :courtId";
    private static final String MEMBER_ELSEWHERE = "c.court.id <> :courtId and " + MEMBER;

    @PersistenceContext(unitName = "evidencedesk")
    private EntityManager entityManager;

    @Inject
    private Settings settings;

    public Optional<DisputeCase> byId(long id) {
        return Optional.ofNullable(entityManager.find(DisputeCase.class, id));
    }

    /** Loads a case for a change, bumping its version so that concurrent changes to its parts collide too. */
    public Optional<DisputeCase> forChange(long id) {
        return byId(id).map(found -> {
            entityManager.lock(found, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            return found;
        });
    }

    /** Holds the case's row until commit, so that numbering its exhibits is one at a time. */
    public void lockExclusively(DisputeCase disputeCase) {
        entityManager.lock(disputeCase, LockModeType.PESSIMISTIC_WRITE);
    }

    void add(DisputeCase disputeCase) {
        entityManager.persist(disputeCase);
        entityManager.flush();
    }

    /**
     * One page of the list. A viewer who sees one part only (counsel: their cases; a clerk who is no member: the
     * court's) is asked for that part alone: "court or member" with an id nobody has made PostgreSQL walk the whole
     * filing-date index testing the membership of each of 100,000 cases for a counsel of two (334 ms).
     */
    public List<CaseRow> page(CaseQuery query, CaseViewer viewer, int first, int size) {
        Map<String, Map<String, Object>> parts = parts(viewer);
        if (parts.isEmpty()) {
            return List.of();
        }
        Map<String, Object> parameters = new HashMap<>();
        parts.values().forEach(parameters::putAll);
        String where = (parts.size() == 1 ? parts.keySet().iterator().next() : VISIBLE) + filters(query, parameters);
        TypedQuery<CaseRow> rows = rows(where, order(query))
                .setFirstResult(first)
                .setMaxResults(size);
        parameters.forEach(rows::setParameter);
        return rows.getResultList();
    }

    /**
     * The first {@code size} rows of {@link #page}, found part by part (see {@link #count}): the home page's short
     * lists. Over "court or member", PostgreSQL walked the whole sort index of 100,000 cases for a user of two cases;
     * each part alone reads its index. The rows are then read by id in the query's order.
     */
    public List<CaseRow> first(CaseQuery query, CaseViewer viewer, int size) {
        String order = order(query);
        Set<Long> ids = new HashSet<>();
        for (Map.Entry<String, Map<String, Object>> part : parts(viewer).entrySet()) {
            Map<String, Object> parameters = new HashMap<>(part.getValue());
            TypedQuery<Long> partIds = entityManager.createQuery("select c.id from DisputeCase c where " + part.getKey()
                            + filters(query, parameters) + " order by " + order, Long.class)
                    .setMaxResults(size);
            parameters.forEach(partIds::setParameter);
            ids.addAll(partIds.getResultList());
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        return rows("c.id in :ids", order).setParameter("ids", ids).setMaxResults(size).getResultList();
    }

    private TypedQuery<CaseRow> rows(String where, String order) {
        return entityManager.createQuery("select new org.evidencedesk.dispute.CaseRow(c.id,"
                + " c.filingReference, c.caseNumber, c.title, c.status, c.ipType, c.technologyArea,"
                + " c.court.nameEn, c.court.nameZh, c.filedAt) from DisputeCase c where " + where
                + " order by " + order, CaseRow.class);
    }

    private static String order(CaseQuery query) {
        return query.sortField().path() + (query.ascending() ? " asc" : " desc") + ", c.id desc";
    }

    /**
     * Counted in two parts, the cases of the viewer's court and the cases elsewhere the viewer is a member
     * of: the same total as one count over {@link #VISIBLE}, but each part can be read from an index, where
     * the "court or member" condition made PostgreSQL read the whole case table for every page of the list.
     * {@code count(*)}, not {@code count(c)} (which becomes {@code count(id)}), lets it count a court's cases
     * from the (court_id, status) index alone.
     */
    public long count(CaseQuery query, CaseViewer viewer) {
        long total = 0;
        for (Map.Entry<String, Map<String, Object>> part : parts(viewer).entrySet()) {
            total += count(query, part.getKey(), part.getValue());
        }
        return total;
    }

    /**
     * {@link #count}, counted no further than {@code limit}: the ids of at most that many cases are read, part by part.
     * For a search of words or parties, whose matches PostgreSQL reads from the table one by one once its indexes have
     * found them: counting the 8,017 cases of a court whose parties' names hold 科技 read 6,104 pages of the case table
     * (85 ms one at a time on the docket, 420 ms at the 95th percentile under load); its first thousand, 35 ms.
     */
    public long countUpTo(CaseQuery query, CaseViewer viewer, int limit) {
        long found = 0;
        for (Map.Entry<String, Map<String, Object>> part : parts(viewer).entrySet()) {
            if (found >= limit) {
                break;
            }
            Map<String, Object> parameters = new HashMap<>(part.getValue());
            TypedQuery<Long> ids = entityManager.createQuery(
                    "select c.id from DisputeCase c where " + part.getKey() + filters(query, parameters), Long.class)
                    .setMaxResults((int) (limit - found));
            parameters.forEach(ids::setParameter);
            found += ids.getResultList().size();
        }
        return found;
    }

    private long count(CaseQuery query, String part, Map<String, Object> partParameters) {
        Map<String, Object> parameters = new HashMap<>(partParameters);
        TypedQuery<Long> count = entityManager.createQuery(
                "select count(*) from DisputeCase c where " + part + filters(query, parameters), Long.class);
        parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }

    /** The visible cases by status, counted part by part (see {@link #count}). */
    public Map<CaseStatus, Long> countByStatus(CaseViewer viewer) {
        Map<CaseStatus, Long> counts = new EnumMap<>(CaseStatus.class);
        for (Map.Entry<String, Map<String, Object>> part : parts(viewer).entrySet()) {
            TypedQuery<Object[]> query = entityManager.createQuery("select c.status, count(*) from DisputeCase c where "
                    + part.getKey() + " group by c.status", Object[].class);
            part.getValue().forEach(query::setParameter);
            for (Object[] row : query.getResultList()) {
                counts.merge((CaseStatus) row[0], (Long) row[1], Long::sum);
            }
        }
        return counts;
    }

    /** Open deadlines of visible cases that end before {@code until} (overdue ones included), soonest first. */
    public List<DeadlineRow> openDeadlines(CaseViewer viewer, Instant until, int limit) {
        return openDeadlines(viewer, "d.dueAt < :until", Map.of("until", until), limit);
    }

    /** Open deadlines (hearings included) of visible cases in a time window, for the calendar. */
    public List<DeadlineRow> openDeadlinesBetween(CaseViewer viewer, Instant from, Instant until, int limit) {
        return openDeadlines(viewer, "d.dueAt >= :from and d.dueAt < :until", Map.of("from", from, "until", until), limit);
    }

    /**
     * The first {@code limit} open deadlines in the window, soonest first, found part by part (see {@link #first}):
     * over "court or member" PostgreSQL walked every open deadline of 100,000 cases for counsel of two. Then read as
     * rows, the columns the lists show: loaded as entities with their cases, 500 of them for the calendar read every
     * case's claims and search text, and the calendar missed its 150 ms on the docket of a million items.
     */
    private List<DeadlineRow> openDeadlines(CaseViewer viewer, String window, Map<String, Object> windowParameters, int limit) {
        Set<Long> ids = new HashSet<>();
        for (Map.Entry<String, Map<String, Object>> part : parts(viewer).entrySet()) {
            TypedQuery<Long> partIds = entityManager.createQuery("select d.id from Deadline d join d.disputeCase c"
                            + " where d.state = :open and " + window + " and " + part.getKey() + " order by d.dueAt, d.id", Long.class)
                    .setParameter("open", Deadline.State.OPEN)
                    .setMaxResults(limit);
            windowParameters.forEach(partIds::setParameter);
            part.getValue().forEach(partIds::setParameter);
            ids.addAll(partIds.getResultList());
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("select new org.evidencedesk.dispute.DeadlineRow(d.id, d.kind, d.dueOn, d.dueAt,"
                        + " d.provisional, p.name, c.id, c.caseNumber, c.filingReference, c.title)"
                        + " from Deadline d join d.disputeCase c left join d.party p"
                        + " where d.id in :ids order by d.dueAt, d.id", DeadlineRow.class)
                .setParameter("ids", ids)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * The cases whose open counted deadlines may need counting again: those with a provisional deadline ending in a year
     * of {@code yearsWithFile} (its last year's file came; a deadline is provisional while any day it counts lacks one,
     * its last day's year among them, see {@link DeadlinePlanner}), and those with a deadline stored certain ending in a
     * year outside it (stored before deadlines kept the flag). A provisional deadline ending in a year without a file
     * stays provisional whatever is counted again: the review read each of the 17,104 cases of the benchmark docket
     * holding one at every start and every night, and changed none (25 s).
     */
    public List<Long> withDeadlinesToReview(Set<Integer> yearsWithFile) {
        String toReview = yearsWithFile.isEmpty() ? " and d.provisional = false" // no file: nothing becomes certain
                : " and (d.provisional = true and extract(year from d.dueOn) in :years"
                        + " or d.provisional = false and extract(year from d.dueOn) not in :years)";
        TypedQuery<Long> query = entityManager.createQuery("select distinct d.disputeCase.id from Deadline d"
                        + " where d.state = :open and d.reckonedFrom is not null" + toReview, Long.class)
                .setParameter("open", Deadline.State.OPEN);
        if (!yearsWithFile.isEmpty()) {
            query.setParameter("years", yearsWithFile);
        }
        return query.getResultList();
    }

    /** The last day of the latest open deadline of any case, for the years the holiday files must cover. */
    public Optional<LocalDate> latestOpenDueDay() {
        return Optional.ofNullable(entityManager.createQuery(
                        "select max(d.dueOn) from Deadline d where d.state = :open", LocalDate.class)
                .setParameter("open", Deadline.State.OPEN)
                .getSingleResult());
    }

    /** The query's filters as conditions to append to a visibility condition, each starting with " and". */
    private String filters(CaseQuery query, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder();
        if (query.search() != null && !query.search().isBlank()) {
            where.append(" and ").append(contains("c.searchText", likeEscaped(query.search()), "search", parameters));
        }
        if (!query.statuses().isEmpty()) {
            where.append(" and c.status in :statuses");
            parameters.put("statuses", query.statuses());
        }
        if (query.ipType() != null) {
            where.append(" and c.ipType = :ipType");
            parameters.put("ipType", query.ipType());
        }
        if (query.technologyArea() != null) {
            where.append(" and c.technologyArea = :technology");
            parameters.put("technology", query.technologyArea());
        }
        if (query.partyName() != null && !query.partyName().isBlank()) {
            // The case row's own copy of its parties' names (V28): the party rows' indexes found the names, but each
            // matching party row then had to be read for its case, 23,790 of them for 科技 on the docket.
            String term = likeEscaped(query.partyName()).replace('\n', ' ');
            where.append(" and ").append(contains("c.partyText", term, "party", parameters));
        }
        if (query.filedFrom() != null) {
            where.append(" and c.filedAt >= :filedFrom");
            parameters.put("filedFrom", query.filedFrom());
        }
        if (query.filedBefore() != null) {
            where.append(" and c.filedAt < :filedBefore");
            parameters.put("filedBefore", query.filedBefore());
        }
        return where.toString();
    }

    /**
     * {@link #VISIBLE} as its disjoint parts that can hold a case for this viewer, each with its parameters: the cases
     * of the viewer's court, and those elsewhere they are a member of. A part that can hold none is left out, not asked
     * with an id nobody has: a counsel's open deadlines joined every one of their cases' rows to test that its court
     * was not "no court" (50-75 ms of their home page's 130 on the docket of 100,000 cases).
     */
    private static Map<String, Map<String, Object>> parts(CaseViewer viewer) {
        Map<String, Map<String, Object>> parts = new LinkedHashMap<>();
        if (viewer.courtId() != null) {
            parts.put(AT_COURT, Map.of("courtId", viewer.courtId()));
        }
        if (viewer.enabled() && !viewer.memberRoles().isEmpty()) {
            Map<String, Object> membership = new HashMap<>(Map.of("userId", viewer.userId(), "memberRoles", viewer.memberRoles()));
            if (viewer.courtId() == null) {
                parts.put(MEMBER, membership);
            } else {
                membership.put("courtId", viewer.courtId());
                parts.put(MEMBER_ELSEWHERE, membership);
            }
        }
        return parts;
    }

    /**
     * The condition that {@code text} contains {@code term}: a like, which a trigram index serves for a term of three
     * characters or more (V3). On PostgreSQL a term of two characters, often a Chinese word, is looked up as the pair
     * of characters it is, in the bigram index of the same text (V26): a text contains a term of two characters
     * exactly when that pair is one of its pairs of adjacent characters. Without it such a search read the whole
     * table; with the like beside the pair the planner took the two for independent, expected a fraction of the
     * matches, and walked the cases by date testing each.
     */
    private String contains(String text, String term, String parameter, Map<String, Object> parameters) {
        if (settings.database() == Database.POSTGRESQL && term.codePointCount(0, term.length()) == 2) {
            parameters.put(parameter, term);
            return "function('has_bigrams_of', " + text + ", :" + parameter + ") = true";
        }
        parameters.put(parameter, "%" + term + "%");
        return text + " like :" + parameter;
    }

    private static String likeEscaped(String text) {
        // strip(), not trim(): a Chinese input method often leaves an ideographic space (U+3000) behind.
        return text.strip().toLowerCase(Locale.ROOT).replace("\\", "").replace("%", "").replace("_", "");
    }
}
