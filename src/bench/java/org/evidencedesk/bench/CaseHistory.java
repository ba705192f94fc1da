package org.evidencedesk.bench;

import static org.evidencedesk.dispute.CaseStatus.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.evidencedesk.bench.SyntheticCase.SyntheticDeadline;
import org.evidencedesk.bench.SyntheticCase.SyntheticEvent;
import org.evidencedesk.dispute.CaseStatus;
import org.evidencedesk.dispute.DeadlineKind;
import org.evidencedesk.dispute.PeriodCounter;

/**
 * The deadlines and timeline entries of a generated case, read off its {@link CaseTimeline}: the
 * periods its steps started (the latest still open while the case waits on it), and the filing, the
 * acceptance and the step that brought it to its present state.
 */
final class CaseHistory {

    /** States in which the case waits on the period its last step started. */
    private static final Set<CaseStatus> WAITING = EnumSet.of(SUBMITTED, CORRECTION_REQUESTED, ACCEPTED,
            ANSWER_PERIOD, EVIDENCE_PERIOD, HEARING_SCHEDULED, APPEAL_WINDOW, SUSPENDED);

    private static final Map<CaseStatus, String> EVENT_TYPES = eventTypes();
    private static final Set<CaseStatus> JUDGE_STEPS = EnumSet.of(HEARING, JUDGMENT, MEDIATED, DISMISSED, SUSPENDED);

    private final CaseTimeline timeline;
    private final RandomGenerator random;

    CaseHistory(CaseTimeline timeline, RandomGenerator random) {
        this.timeline = timeline;
        this.random = random;
    }

    /** One to three deadlines: the latest the case has started. */
    List<SyntheticDeadline> deadlines() {
        List<SyntheticDeadline> all = new ArrayList<>();
        all.add(deadline(DeadlineKind.ACCEPTANCE, 7, "CPL art. 126", nextStepDay(SUBMITTED)));
        addIfReached(all, ACCEPTED, DeadlineKind.SERVICE, dayOr(ACCEPTED) + 5, "CPL art. 128");
        addIfReached(all, ANSWER_PERIOD, DeadlineKind.ANSWER, dayOr(SERVED) + 15, "CPL art. 128");
        addIfReached(all, EVIDENCE_PERIOD, DeadlineKind.EVIDENCE_PERIOD, timeline.evidencePeriodEndDay, "CE art. 51");
        if (timeline.has(HEARING_SCHEDULED)) {
            all.add(hearing());
        }
        addIfReached(all, APPEAL_WINDOW, DeadlineKind.APPEAL, dayOr(APPEAL_WINDOW) + 15, "CPL art. 171");
        int kept = Math.min(all.size(), 1 + random.nextInt(3));
        List<SyntheticDeadline> latest = new ArrayList<>(all.subList(all.size() - kept, all.size()));
        if (WAITING.contains(timeline.status)) {
            latest.set(latest.size() - 1, reopened(latest.get(latest.size() - 1)));
        }
        return latest;
    }

    /** The filing, the acceptance (with the case number) and the step into the present state. */
    List<SyntheticEvent> events(String caseNumber) {
        CaseStatus status = timeline.status;
        List<SyntheticEvent> events = new ArrayList<>();
        events.add(new SyntheticEvent(timeline.filedAt, "counsel", "FILED", null, SUBMITTED, null));
        if (timeline.has(ACCEPTED) && status != ACCEPTED) {
            events.add(new SyntheticEvent(timeline.acceptedAt, "clerk", "ACCEPTED", SUBMITTED, ACCEPTED, caseNumber));
        }
        if (status != SUBMITTED) {
            CaseStatus from = stepBefore(status);
            events.add(new SyntheticEvent(timeline.during(timeline.lastDay()), actor(status), eventType(status),
                    from, status, status == ACCEPTED ? caseNumber : null));
        }
        return events;
    }

    private CaseStatus stepBefore(CaseStatus status) {
        int index = CaseTimeline.ROAD.indexOf(status);
        return index > 0 ? CaseTimeline.ROAD.get(index - 1) : timeline.reached;
    }

    private void addIfReached(List<SyntheticDeadline> all, CaseStatus step, DeadlineKind kind, int dueDay, String basis) {
        if (timeline.has(step)) {
            all.add(deadline(kind, dueDay, basis, nextStepDay(step)));
        }
    }

    /** A deadline met on the day the case took its next step (or superseded when it left the road). */
    private SyntheticDeadline deadline(DeadlineKind kind, int dueDay, String basis, int closedDay) {
        LocalDate dueOn = timeline.date(dueDay);
        String state = closedDay == timeline.branchDay && timeline.status != NOT_ACCEPTED ? "SUPERSEDED" : "MET";
        return new SyntheticDeadline(kind, dueOn, PeriodCounter.endInstant(dueOn, timeline.zone()), basis, state,
                timeline.during(closedDay));
    }

    private SyntheticDeadline hearing() {
        Instant at = timeline.hearingAt();
        int closedDay = timeline.has(HEARING) ? day(HEARING) : timeline.lastDay();
        String state = timeline.has(HEARING) ? "MET" : "SUPERSEDED";
        return new SyntheticDeadline(DeadlineKind.HEARING, timeline.date(timeline.hearingDay), at, "CPL art. 139",
                state, timeline.during(closedDay));
    }

    private static SyntheticDeadline reopened(SyntheticDeadline deadline) {
        return new SyntheticDeadline(deadline.kind(), deadline.dueOn(), deadline.dueAt(), deadline.basis(), "OPEN", null);
    }

    /** The day of the step after this one: the next road step, else the day the case left the road, else its last day. */
    private int nextStepDay(CaseStatus step) {
        int next = CaseTimeline.ROAD.indexOf(step) + 1;
        if (next < timeline.roadDays.length) {
            return timeline.roadDays[next];
        }
        return timeline.lastDay();
    }

    private int day(CaseStatus step) {
        return timeline.day(step);
    }

    private int dayOr(CaseStatus step) {
        return timeline.has(step) ? day(step) : timeline.lastDay();
    }

    private String actor(CaseStatus status) {
        if (status == WITHDRAWN) {
            return timeline.has(ACCEPTED) ? "judge" : "counsel";
        }
        return JUDGE_STEPS.contains(status) ? "judge" : "clerk";
    }

    private String eventType(CaseStatus status) {
        if (status == WITHDRAWN && !timeline.has(ACCEPTED)) {
            return "FILING_WITHDRAWN";
        }
        return EVENT_TYPES.get(status);
    }

    private static Map<CaseStatus, String> eventTypes() {
        Map<CaseStatus, String> types = new EnumMap<>(CaseStatus.class);
        for (CaseStatus status : CaseStatus.values()) {
            types.put(status, status.name());
        }
        types.put(ANSWER_PERIOD, "ANSWER_PERIOD_OPENED");
        types.put(EVIDENCE_PERIOD, "EVIDENCE_PERIOD_OPENED");
        types.put(EVIDENCE_EXCHANGE, "EVIDENCE_EXCHANGE_OPENED");
        types.put(HEARING, "HEARING_OPENED");
        types.put(JUDGMENT, "JUDGMENT_ENTERED");
        types.put(WITHDRAWN, "WITHDRAWAL_APPROVED");
        types.put(APPEAL_WINDOW, "APPEAL_WINDOW_OPENED");
        return types;
    }
}
