package org.evidencedesk.dispute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.evidencedesk.identity.Role;
import org.evidencedesk.identity.UserAccount;
import org.evidencedesk.identity.UserAccounts;
import org.evidencedesk.identity.AccountProvisioning;
import org.evidencedesk.shared.BusinessException;
import org.evidencedesk.shared.persistence.ConcurrentChange;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the container, against the configured database: who sees which case, by id and in lists; the
 * optimistic lock between two clerks; running case numbers; and that a refused step changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class DisputePersistenceIT {

    private static final String PASSWORD = "a long enough pass phrase";


    @Inject
    CaseWorkflow workflow;

    @Inject
    DisputeCases cases;

    @Inject
    Courts courts;

    @Inject
    AccountProvisioning provisioning;

    @Inject
    UserAccounts accounts;

    @Inject
    CaseAccessPolicy policy;

    @Inject
    DeadlinePlanner planner;

    @Inject
    WorkingCalendar calendar;

    @PersistenceContext(unitName = "evidencedesk")
    EntityManager entityManager;

    private String counsel;
    private String otherCounsel;
    private String clerk;
    private String secondClerk;
    private String foreignClerk;
    private Court beijing;

    @BeforeEach
    void people() {
        beijing = courts.byCode("BJIPC").orElseThrow();
        Court shanghai = courts.byCode("SHIPC").orElseThrow();
        counsel = user("counsel", Role.COUNSEL, null);
        otherCounsel = user("other", Role.COUNSEL, null);
        clerk = user("clerk", Role.CLERK, beijing.getId());
        secondClerk = user("clerk2", Role.CLERK, beijing.getId());
        foreignClerk = user("sh-clerk", Role.CLERK, shanghai.getId());
    }

    @Test
    void aCaseIsSeenByItsCounselAndItsCourtOnly() {
        long id = fileCase("Visibility");

        assertEquals(id, workflow.view(id, counsel).disputeCase().getId());
        assertEquals(id, workflow.view(id, clerk).disputeCase().getId());
        assertThrows(CaseNotFoundException.class, () -> workflow.view(id, otherCounsel));
        assertThrows(CaseNotFoundException.class, () -> workflow.view(id, foreignClerk));
        assertThrows(CaseNotFoundException.class, () -> workflow.view(Long.MAX_VALUE, clerk));

        assertTrue(listed(counsel).contains(id));
        assertTrue(listed(clerk).contains(id));
        assertTrue(!listed(otherCounsel).contains(id));
        assertTrue(!listed(foreignClerk).contains(id));
    }

    @Test
    void someoneWhoMayNotSeeACaseCannotChangeItEither() {
        long id = fileCase("Hidden change");
        long version = version(id);

        assertThrows(CaseNotFoundException.class, () -> workflow.accept(id, version, foreignClerk));
        assertThrows(CaseNotFoundException.class, () -> workflow.withdrawFiling(id, version, otherCounsel));

        assertEquals(CaseStatus.SUBMITTED, workflow.view(id, clerk).disputeCase().getStatus());
    }

    @Test
    void theSecondOfTwoClerksEditingAtOnceIsRefusedAndTheFirstEditKept() {
        long id = fileCase("Two clerks");
        long loadedByBoth = version(id);
        CaseDetails first = withTitle(workflow.view(id, clerk).disputeCase().details(), "First clerk's title");
        CaseDetails second = withTitle(first, "Second clerk's title");

        workflow.correctRecord(id, loadedByBoth, clerk, first);
        RuntimeException conflict = assertThrows(RuntimeException.class,
                () -> workflow.correctRecord(id, loadedByBoth, secondClerk, second));

        assertTrue(ConcurrentChange.causedBy(conflict), conflict.toString());
        assertEquals("First clerk's title", workflow.view(id, clerk).disputeCase().getTitle());
    }

    @Test
    void aStepOnAStaleVersionIsRefusedEvenWhenOnlyTheCasesPartsChanged() {
        long id = fileCase("Stale step");
        long stale = version(id);
        workflow.requestCorrection(id, stale, clerk, "Attach the certificate.");

        assertThrows(RuntimeException.class, () -> workflow.refuse(id, stale, secondClerk, "No standing."));

        assertEquals(CaseStatus.CORRECTION_REQUESTED, workflow.view(id, clerk).disputeCase().getStatus());
    }

    @Test
    void acceptedCasesGetRunningNumbersPerCourtAndYear() {
        long one = fileCase("Number one");
        long two = fileCase("Number two");

        workflow.accept(one, version(one), clerk);
        workflow.accept(two, version(two), clerk);

        int first = runningNumber(workflow.view(one, clerk).disputeCase().getCaseNumber());
        int second = runningNumber(workflow.view(two, clerk).disputeCase().getCaseNumber());
        assertEquals(first + 1, second);
        assertTrue(workflow.view(one, clerk).disputeCase().getCaseNumber().matches("\\(\\d{4}\\)京73民初\\d+号"));
    }

    @Test
    void anIllegalStepIsRefusedAndChangesNothing() {
        long id = fileCase("Illegal step");
        long version = version(id);
        int events = workflow.view(id, clerk).disputeCase().getEvents().size();

        BusinessException refused = assertThrows(BusinessException.class,
                () -> workflow.closeEvidencePeriod(id, version, clerk));

        assertEquals("case.illegalTransition", refused.messageKey());
        DisputeCase after = workflow.view(id, clerk).disputeCase();
        assertEquals(CaseStatus.SUBMITTED, after.getStatus());
        assertEquals(events, after.getEvents().size());
        assertEquals(version, after.getVersion());
    }

    /** Each respondent's service and answer deadline is stored with it and survives a correction (CPL arts. 128, 285). */
    @Test
    void serviceAndTheAnswerDeadlineAreStoredPerRespondent_CPL128_CPL285() {
        CaseDetails details = new CaseDetails("Per party " + System.nanoTime(), IpType.PATENT, TechnologyArea.SEARCH,
                "Claims", "Relief", List.of(new PartyDetails(PartyKind.RIGHTS_HOLDER, "Holder Co.", true),
                new PartyDetails(PartyKind.MERCHANT, "Merchant Co.", true),
                new PartyDetails(PartyKind.MERCHANT, "Overseas Ltd.", false)));
        long id = workflow.file(details, beijing.getId(), counsel).getId();
        workflow.accept(id, version(id), clerk);
        DisputeCase accepted = workflow.view(id, clerk).disputeCase();
        long overseas = accepted.getParties().get(2).getId();
        LocalDate today = accepted.getAcceptedAt().atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate();

        workflow.recordService(id, version(id), clerk, overseas, today);
        workflow.correctRecord(id, version(id), clerk, withTitle(workflow.view(id, clerk).disputeCase().details(), "Corrected"));

        DisputeCase stored = workflow.view(id, clerk).disputeCase();
        Party party = stored.getParties().get(2);
        assertEquals(overseas, party.getId());
        assertEquals(today, party.getComplaintServedOn());
        Deadline answer = stored.openDeadlines().stream().filter(d -> d.getKind() == DeadlineKind.ANSWER).findFirst().orElseThrow();
        assertEquals(overseas, answer.getParty().getId());
        assertEquals("CPL art. 285", answer.getBasis());
        assertEquals(CaseStatus.ACCEPTED, stored.getStatus());
        assertEquals(List.of("Merchant Co."), stored.partiesAwaitingService().stream().map(Party::getName).toList());
    }

    @Test
    void theFilerMayNotActAsTheCourt() {
        long id = fileCase("Self acceptance");

        BusinessException refused = assertThrows(BusinessException.class,
                () -> workflow.accept(id, version(id), counsel));

        assertEquals("case.notAllowed", refused.messageKey());
    }

    /**
     * CPL art. 85: a deadline in a year without a holiday file is stored provisional with what it was counted from
     * (V15), is found for review, and a review without the file changes nothing; a case cannot close on it.
     */
    @Test
    void aDeadlineInAYearWithoutHolidayFileIsStoredProvisionalAndFoundForReview_CPL85() {
        long id = fileCase("Provisional");
        workflow.accept(id, version(id), clerk);
        LocalDate today = planner.today(java.time.Instant.now());
        serveRespondent(id, today);
        workflow.openAnswerPeriod(id, version(id), clerk);
        LocalDate farEnd = LocalDate.of(today.getYear() + 3, 3, 10);
        assertFalse(calendar.hasScheduleFor(farEnd.getYear()), "no holiday file is shipped for " + farEnd.getYear());

        workflow.openEvidencePeriod(id, version(id), clerk, today, farEnd);

        Deadline stored = openDeadline(id, DeadlineKind.EVIDENCE_PERIOD);
        assertTrue(stored.isProvisional());
        assertEquals(Optional.of(Reckoning.chosenDay(farEnd)), stored.reckoning());
        assertFalse(cases.withDeadlinesToReview(calendar.yearsWithSchedule()).contains(id),
                "provisional until a file for " + farEnd.getYear() + " comes, whatever is counted again");
        assertFalse(cases.withDeadlinesToReview(Set.of()).contains(id));
        assertTrue(cases.withDeadlinesToReview(Set.of(farEnd.getYear())).contains(id), "once the file for its year is there");
        assertFalse(cases.latestOpenDueDay().orElseThrow().isBefore(stored.getDueOn()));
        long before = version(id);
        assertEquals(0, workflow.reviewProvisionalDeadlines(id));
        assertEquals(before, version(id), "a review that changes nothing leaves the version, so no user's edit fails on it");
        assertTrue(openDeadline(id, DeadlineKind.EVIDENCE_PERIOD).isProvisional());
        assertTrue(workflow.view(id, clerk).disputeCase().hasProvisionalDeadline());
    }

    /**
     * A deadline ending in a year the files cover is reviewed only if provisional (its file may have come since); one
     * stored certain in a year no file covers is reviewed (stored before the flag), and a provisional one there is not.
     */
    @Test
    void theReviewFindsOpenDeadlinesByTheYearTheyEndIn() {
        long id = fileCase("Review by year");
        workflow.accept(id, version(id), clerk);
        serveRespondent(id, planner.today(Instant.now()));
        workflow.openAnswerPeriod(id, version(id), clerk);
        Deadline answer = openDeadline(id, DeadlineKind.ANSWER);
        int year = answer.getDueOn().getYear();

        assertEquals(answer.isProvisional(), cases.withDeadlinesToReview(Set.of(year)).contains(id));
        assertEquals(!answer.isProvisional(), cases.withDeadlinesToReview(Set.of(year + 1)).contains(id));
        assertEquals(!answer.isProvisional(), cases.withDeadlinesToReview(Set.of()).contains(id));
    }

    /**
     * The home page's lists and counts are read part by part (the viewer's court, membership elsewhere) for speed on a
     * large docket: they hold exactly what the one "court or member" query holds, for counsel of cases at two courts,
     * each court's clerk and counsel of none, in its order.
     */
    @Test
    void theHomePagesListsAndCountsHoldTheCasesTheViewerSeesAsTheCaseListDoes() {
        Court shanghai = courts.byCode("SHIPC").orElseThrow();
        long inBeijing = withAnswerDeadline(fileCase("Home in Beijing"), clerk);
        long inShanghai = withAnswerDeadline(workflow.file(new CaseDetails("Home in Shanghai " + System.nanoTime(),
                IpType.PATENT, TechnologyArea.SEARCH, "Claims", "Relief", List.of(new PartyDetails(PartyKind.RIGHTS_HOLDER,
                        "Holder Co.", true), new PartyDetails(PartyKind.MERCHANT, "Merchant Co.", true))),
                shanghai.getId(), counsel).getId(), foreignClerk);
        long awaiting = fileCase("Home awaiting");
        java.time.Instant horizon = Instant.now().plus(Duration.ofDays(3650));

        for (String username : List.of(counsel, clerk, foreignClerk, otherCounsel)) {
            CaseViewer viewer = policy.viewerFor(accounts.byUsername(username).orElseThrow());
            List<CaseRow> all = cases.page(CaseQuery.all(), viewer, 0, 100_000);
            CaseQuery submitted = new CaseQuery(null, Set.of(CaseStatus.SUBMITTED), null, null, null, null, null,
                    CaseQuery.SortField.FILED_AT, true);
            assertEquals(cases.page(submitted, viewer, 0, 20), cases.first(submitted, viewer, 20), username);
            assertEquals(all.subList(0, Math.min(10, all.size())), cases.first(CaseQuery.all(), viewer, 10), username);

            Map<CaseStatus, Long> byStatus = new EnumMap<>(CaseStatus.class);
            all.forEach(row -> byStatus.merge(row.status(), 1L, Long::sum));
            assertEquals(byStatus, cases.countByStatus(viewer), username);

            List<DeadlineRow> deadlines = cases.openDeadlines(viewer, horizon, 100_000);
            List<Long> visible = all.stream().map(CaseRow::id).toList();
            assertTrue(deadlines.stream().allMatch(deadline -> visible.contains(deadline.caseId())), username);
            assertEquals(deadlines.stream().map(DeadlineRow::dueAt).sorted().toList(),
                    deadlines.stream().map(DeadlineRow::dueAt).toList(), username + ": soonest first");
            List<Long> deadlineCases = deadlines.stream().map(DeadlineRow::caseId).toList();
            assertEquals(visible.contains(inBeijing), deadlineCases.contains(inBeijing), username);
            assertEquals(visible.contains(inShanghai), deadlineCases.contains(inShanghai), username);
            assertEquals(deadlines.subList(0, Math.min(3, deadlines.size())).stream().map(DeadlineRow::id).toList(),
                    cases.openDeadlines(viewer, horizon, 3).stream().map(DeadlineRow::id).toList(), username);
        }
        assertTrue(listed(counsel).containsAll(List.of(inBeijing, inShanghai, awaiting)));
        assertTrue(listed(clerk).contains(inBeijing) && !listed(clerk).contains(inShanghai));
        assertTrue(listed(foreignClerk).contains(inShanghai) && !listed(foreignClerk).contains(inBeijing));
    }

    /**
     * A viewer is asked only for the parts that can hold a case for them (see {@code DisputeCases.parts}): the court
     * alone, membership alone, or both. Each list, count and deadline list holds what the rule says, and a viewer
     * with neither a court nor a membership they may use (a disabled account) gets nothing, with no query asked.
     */
    @Test
    void everyListHoldsTheCasesOfTheViewersCourtAndMembershipsAndADisabledAccountsNone() {
        long filed = withAnswerDeadline(fileCase("Parts"), clerk);
        Instant horizon = Instant.now().plus(Duration.ofDays(3650));
        UserAccount counselAccount = accounts.byUsername(counsel).orElseThrow();
        CaseViewer ofCounsel = policy.viewerFor(counselAccount);
        CaseViewer ofCourt = CaseViewer.ofCourt(beijing.getId());
        CaseViewer disabled = new CaseViewer(counselAccount.getId(), counsel, null, false, ofCounsel.memberRoles());

        assertEquals(null, ofCounsel.courtId());
        for (CaseViewer viewer : List.of(ofCounsel, ofCourt)) {
            List<Long> listed = cases.page(CaseQuery.all(), viewer, 0, 100_000).stream().map(CaseRow::id).toList();
            assertTrue(listed.contains(filed), viewer.username());
            assertEquals(listed.size(), cases.count(CaseQuery.all(), viewer), viewer.username());
            assertTrue(cases.openDeadlines(viewer, horizon, 100_000).stream().anyMatch(d -> d.caseId() == filed),
                    viewer.username());
        }
        assertEquals(cases.page(CaseQuery.all(), ofCourt, 0, 100_000).stream().map(CaseRow::id).toList(),
                entityManager.createQuery("select c.id from DisputeCase c where c.court.id = :court"
                        + " order by c.filedAt desc, c.id desc", Long.class).setParameter("court", beijing.getId()).getResultList());
        assertEquals(List.of(), cases.page(CaseQuery.all(), disabled, 0, 100_000));
        assertEquals(0, cases.count(CaseQuery.all(), disabled));
        assertEquals(0, cases.countUpTo(CaseQuery.all(), disabled, 10));
        assertEquals(List.of(), cases.first(CaseQuery.all(), disabled, 10));
        assertEquals(Map.of(), cases.countByStatus(disabled));
        assertEquals(List.of(), cases.openDeadlines(disabled, horizon, 100));
    }

    /** A count that stops at a limit counts the parts in turn: what the whole count says, up to the limit. */
    @Test
    void aCountUpToALimitStopsThereAndIsTheWholeCountBelowIt() {
        String word = "Capped" + System.nanoTime();
        for (int i = 0; i < 3; i++) {
            fileCase(word);
        }
        CaseQuery search = new CaseQuery(word, Set.of(), null, null, null, null, null, CaseQuery.SortField.FILED_AT, false);
        assertTrue(search.searchesText());
        assertFalse(CaseQuery.all().searchesText());

        for (String username : List.of(counsel, clerk, foreignClerk)) {
            CaseViewer viewer = policy.viewerFor(accounts.byUsername(username).orElseThrow());
            long whole = cases.count(CaseQuery.all(), viewer);
            assertEquals(whole, cases.countUpTo(CaseQuery.all(), viewer, (int) whole + 5), username);
            assertEquals(Math.min(whole, 2), cases.countUpTo(CaseQuery.all(), viewer, 2), username);
            assertEquals(cases.count(search, viewer), cases.countUpTo(search, viewer, 10), username);
        }
        CaseViewer ofClerk = policy.viewerFor(accounts.byUsername(clerk).orElseThrow());
        assertEquals(3, cases.countUpTo(search, ofClerk, 10));
        assertEquals(2, cases.countUpTo(search, ofClerk, 2));
        assertEquals(0, cases.countUpTo(search, policy.viewerFor(accounts.byUsername(foreignClerk).orElseThrow()), 10));
    }

    /**
     * A search for two characters (a Chinese word, often) finds the cases whose title or party holds them, and its
     * count is the length of its list: on PostgreSQL through the bigram indexes (V26), on H2 by reading the table. The
     * searches for one character and for three find the same cases as before. A party found is a party the case names
     * now, and a term is never found across two names.
     */
    @Test
    void aSearchForTwoChineseCharactersFindsTheCasesWhoseTitleOrPartyHoldsThem() {
        long shengchuang = fileCaseBetween("盛创诉镜明：比价插件专利纠纷", "杭州盛创科技有限公司", "广州镜明商城网络有限公司");
        long ruibo = fileCaseBetween("锐博诉镜明：导购模型技术秘密纠纷", "杭州锐博网络有限公司", "广州镜明商城网络有限公司");
        long chuangrui = fileCaseBetween("北京创锐诉天衡：盛创图标商标纠纷", "北京创锐软件有限公司", "天津天衡贸易有限公司");
        Set<Long> among = Set.of(shengchuang, ruibo, chuangrui);
        CaseViewer viewer = policy.viewerFor(accounts.byUsername(clerk).orElseThrow());

        assertEquals(Set.of(shengchuang, chuangrui), found(viewer, "盛创", null, among));
        assertEquals(Set.of(shengchuang), found(viewer, null, "盛创", among));
        assertEquals(Set.of(chuangrui), found(viewer, null, "创锐", among));
        assertEquals(Set.of(shengchuang, ruibo), found(viewer, "镜明", null, among));
        assertEquals(Set.of(shengchuang), found(viewer, null, " 盛创\u3000", among), "an ideographic space typed after it");
        // One character and three take the like: no pair stands for them.
        assertEquals(Set.of(shengchuang, ruibo), found(viewer, null, "杭", among));
        assertEquals(Set.of(ruibo), found(viewer, null, "锐博网", among));
        assertEquals(Set.of(), found(viewer, "盛创锐", null, among), "both pairs are in a title, apart");
        // The party search looks in the case's copy of its parties' names (V28), one name a line: never across two.
        assertEquals(Set.of(), found(viewer, null, "司广", among), "a pair across two parties' names");
        assertEquals(Set.of(), found(viewer, null, "公司广州", among), "a term across two parties' names");

        CaseDetails filed = workflow.view(ruibo, counsel).disputeCase().details();
        workflow.amend(ruibo, version(ruibo), counsel, new CaseDetails(filed.title(), filed.ipType(), filed.technologyArea(),
                filed.claims(), filed.relief(), List.of(new PartyDetails(PartyKind.RIGHTS_HOLDER, "杭州瑞波网络有限公司", true),
                filed.parties().get(1))));

        assertEquals(Set.of(), found(viewer, null, "锐博网", among), "the name the party had");
        assertEquals(Set.of(ruibo), found(viewer, null, "瑞波", among), "the name it has now");
        assertEquals(Set.of(shengchuang, ruibo), found(viewer, null, "镜明", among), "the party kept");
    }

    /** Which of {@code among} a search finds, after checking that its count is the length of its whole list. */
    private Set<Long> found(CaseViewer viewer, String search, String party, Set<Long> among) {
        CaseQuery query = new CaseQuery(search, Set.of(), null, null, party, null, null, CaseQuery.SortField.FILED_AT, false);
        List<CaseRow> rows = cases.page(query, viewer, 0, 100_000);
        assertEquals(cases.count(query, viewer), rows.size(), search + " / " + party);
        return rows.stream().map(CaseRow::id).filter(among::contains).collect(Collectors.toSet());
    }

    private long fileCaseBetween(String title, String holder, String merchant) {
        CaseDetails details = new CaseDetails(title + " " + System.nanoTime(), IpType.PATENT, TechnologyArea.SEARCH,
                "Claims", "Relief", List.of(new PartyDetails(PartyKind.RIGHTS_HOLDER, holder, true),
                new PartyDetails(PartyKind.MERCHANT, merchant, true)));
        return workflow.file(details, beijing.getId(), counsel).getId();
    }

    /**
     * The calendar and the home pages list up to 500 open deadlines, most of which name a party (an answer, an
     * appeal): they are read as rows with their parties' names and their cases' numbers and titles, and no deadline,
     * case or party is loaded (500 cases with their claims and search text made the calendar miss its 150 ms). Counted
     * as Hibernate's loads, not as statements: the background jobs' ticks run statements of their own at any moment.
     */
    @Test
    void openDeadlinesAreReadAsRowsWithTheirPartiesAndCasesNoEntityLoaded() {
        List<Long> filed = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            filed.add(withAnswerDeadline(fileCase("Parties read at once " + i), clerk));
        }
        CaseViewer viewer = policy.viewerFor(accounts.byUsername(clerk).orElseThrow());
        Instant horizon = Instant.now().plus(Duration.ofDays(3650));
        List<DeadlineRow> listed = new ArrayList<>();

        Map<Class<?>, Long> loaded = entitiesLoadedWhile(() -> listed.addAll(cases.openDeadlines(viewer, horizon, 500)),
                Deadline.class, DisputeCase.class, Party.class);

        for (long id : filed) {
            Deadline answer = openDeadline(id, DeadlineKind.ANSWER);
            DeadlineRow row = listed.stream().filter(r -> r.id() == answer.getId()).findFirst().orElseThrow();
            DisputeCase disputeCase = workflow.view(id, clerk).disputeCase();
            assertEquals(new DeadlineRow(answer.getId(), DeadlineKind.ANSWER, answer.getDueOn(), answer.getDueAt(),
                    answer.isProvisional(), answer.getParty().getName(), id, disputeCase.getCaseNumber(),
                    disputeCase.getFilingReference(), disputeCase.getTitle()), row);
            assertEquals(disputeCase.getDisplayNumber(), row.caseDisplayNumber());
        }
        assertEquals(Map.of(Deadline.class, 0L, DisputeCase.class, 0L, Party.class, 0L), loaded, "entities loaded");
    }

    private Map<Class<?>, Long> entitiesLoadedWhile(Runnable listing, Class<?>... entities) {
        Statistics statistics = entityManager.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        try {
            listing.run();
            Map<Class<?>, Long> loads = new HashMap<>();
            for (Class<?> entity : entities) {
                loads.put(entity, statistics.getEntityStatistics(entity.getName()).getLoadCount()
                        + statistics.getEntityStatistics(entity.getName()).getFetchCount());
            }
            return loads;
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    /** Accepts the case as the court's clerk, serves its respondent today and opens the answer period (a deadline). */
    private long withAnswerDeadline(long id, String courtClerk) {
        workflow.accept(id, workflow.view(id, courtClerk).disputeCase().getVersion(), courtClerk);
        long respondent = workflow.view(id, courtClerk).disputeCase().getParties().get(1).getId();
        workflow.recordService(id, workflow.view(id, courtClerk).disputeCase().getVersion(), courtClerk, respondent,
                planner.today(Instant.now()));
        workflow.openAnswerPeriod(id, workflow.view(id, courtClerk).disputeCase().getVersion(), courtClerk);
        return id;
    }

    private Deadline openDeadline(long id, DeadlineKind kind) {
        return workflow.view(id, clerk).disputeCase().openDeadlines().stream()
                .filter(deadline -> deadline.getKind() == kind).findFirst().orElseThrow();
    }

    private long fileCase(String title) {
        CaseDetails details = new CaseDetails(title + " " + System.nanoTime(), IpType.PATENT, TechnologyArea.SEARCH,
                "Claims", "Relief", List.of(new PartyDetails(PartyKind.RIGHTS_HOLDER, "Holder Co.", true),
                new PartyDetails(PartyKind.MERCHANT, "Merchant Co.", true)));
        return workflow.file(details, beijing.getId(), counsel).getId();
    }

    /** Serves the complaint on the one respondent of a case filed by {@link #fileCase}. */
    private void serveRespondent(long id, LocalDate servedOn) {
        long respondent = workflow.view(id, clerk).disputeCase().getParties().get(1).getId();
        workflow.recordService(id, version(id), clerk, respondent, servedOn);
    }

    private long version(long id) {
        return workflow.view(id, clerk).disputeCase().getVersion();
    }

    private List<Long> listed(String username) {
        UserAccount user = accounts.byUsername(username).orElseThrow();
        return cases.page(CaseQuery.all(), policy.viewerFor(user), 0, 10_000).stream().map(CaseRow::id).toList();
    }

    private static CaseDetails withTitle(CaseDetails details, String title) {
        return new CaseDetails(title, details.ipType(), details.technologyArea(), details.claims(), details.relief(),
                details.parties());
    }

    private static int runningNumber(String caseNumber) {
        return Integer.parseInt(caseNumber.replaceAll(".*民初(\\d+)号", "$1"));
    }

    private String user(String prefix, Role role, Long courtId) {
        String username = prefix + "-" + Long.toString(System.nanoTime(), 36);
        provisioning.create(username, prefix, null, EnumSet.of(role), courtId, PASSWORD, "test");
        return username;
    }
}
