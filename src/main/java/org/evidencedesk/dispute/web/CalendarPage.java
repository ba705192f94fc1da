package org.evidencedesk.dispute.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.evidencedesk.dispute.DeadlinePlanner;
import org.evidencedesk.dispute.DeadlineRow;
import org.evidencedesk.dispute.DisputeCases;
import org.evidencedesk.web.CurrentUser;

/** The calendar: hearings and open deadlines of the user's cases, day by day, from overdue to eight weeks ahead. */
@Named
@RequestScoped
public class CalendarPage {

    private static final int WEEKS_AHEAD = 8;
    private static final int LIMIT = 500;

    @Inject
    private DisputeCases cases;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private DeadlinePlanner planner;

    @Inject
    private Clock clock;

    private List<Map.Entry<LocalDate, List<DeadlineRow>>> days;
    private LocalDate today;
    private boolean anyProvisional;

    @PostConstruct
    void load() {
        today = planner.today(clock.instant());
        LocalDate until = today.plusWeeks(WEEKS_AHEAD);
        List<DeadlineRow> open = cases.openDeadlinesBetween(currentUser.viewer(), Instant.EPOCH, planner.endOf(until), LIMIT);
        Map<LocalDate, List<DeadlineRow>> grouped = open.stream()
                .collect(Collectors.groupingBy(DeadlineRow::dueOn, TreeMap::new, Collectors.toList()));
        days = List.copyOf(grouped.entrySet());
        anyProvisional = open.stream().anyMatch(DeadlineRow::provisional);
    }

    /** Whether a deadline shown ends in a year without a holiday file, so the page warns that it may move. */
    public boolean isAnyProvisional() {
        return anyProvisional;
    }

    public List<Map.Entry<LocalDate, List<DeadlineRow>>> getDays() {
        return days;
    }

    public LocalDate getToday() {
        return today;
    }
}
