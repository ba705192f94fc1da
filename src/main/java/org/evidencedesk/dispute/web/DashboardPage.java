package org.evidencedesk.dispute.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evidencedesk.dispute.CaseQuery;
import org.evidencedesk.dispute.CaseRow;
import org.evidencedesk.dispute.CaseStatus;
import org.evidencedesk.dispute.CaseViewer;
import org.evidencedesk.dispute.DeadlineRow;
import org.evidencedesk.dispute.DisputeCases;
import org.evidencedesk.identity.Role;
import org.evidencedesk.web.CurrentUser;

/**
 * The case side of the home page, for whoever sees cases: awaiting acceptance, overdue deadlines, those
 * due within a week, the next ones after that, cases by status, and the latest cases.
 */
@Named
@RequestScoped
public class DashboardPage {

    private static final Duration WEEK = Duration.ofDays(7);
    private static final Duration HORIZON = Duration.ofDays(90);
    private static final int LIMIT = 20;

    @Inject
    private DisputeCases cases;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    private Instant now;
    private List<CaseRow> awaitingAcceptance;
    private List<DeadlineRow> dueThisWeek;
    private List<DeadlineRow> overdue;
    private List<DeadlineRow> later;
    private Map<CaseStatus, Long> byStatus;
    private List<CaseRow> recent;

    @PostConstruct
    void load() {
        CaseViewer viewer = currentUser.viewer();
        now = clock.instant();
        // Only a clerk's home page shows the cases awaiting acceptance.
        awaitingAcceptance = !currentUser.has(Role.CLERK) ? List.of() : cases.first(new CaseQuery(null,
                Set.of(CaseStatus.SUBMITTED), null, null, null, null, null, CaseQuery.SortField.FILED_AT, true), viewer, LIMIT);
        List<DeadlineRow> open = cases.openDeadlines(viewer, now.plus(HORIZON), 3 * LIMIT);
        Instant weekEnd = now.plus(WEEK);
        overdue = open.stream().filter(deadline -> deadline.isOverdue(now)).limit(LIMIT).toList();
        dueThisWeek = open.stream().filter(deadline -> !deadline.isOverdue(now) && deadline.dueAt().isBefore(weekEnd))
                .limit(LIMIT).toList();
        later = open.stream().filter(deadline -> !deadline.dueAt().isBefore(weekEnd)).limit(LIMIT).toList();
        byStatus = cases.countByStatus(viewer);
        recent = cases.first(CaseQuery.all(), viewer, 10);
    }

    public List<CaseRow> getAwaitingAcceptance() {
        return awaitingAcceptance;
    }

    public List<DeadlineRow> getDueThisWeek() {
        return dueThisWeek;
    }

    public List<DeadlineRow> getLater() {
        return later;
    }

    public List<DeadlineRow> getOverdue() {
        return overdue;
    }

    public List<Map.Entry<CaseStatus, Long>> getByStatus() {
        return List.copyOf(byStatus.entrySet());
    }

    public List<CaseRow> getRecent() {
        return recent;
    }
}
