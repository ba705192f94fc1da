package org.evidencedesk.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.evidencedesk.dispute.DeadlinePlanner;

/**
 * The dates the demo cases ask the workflow for, chosen from the court's today so that the workflow accepts each of
 * them on every day of the year: the demo runs at every start, and a date the law refuses stopped the server from
 * starting (seen on 4 December 2026, court time, when today + 15 days was a Saturday).
 *
 * @param tradeSecretEvidenceEnd the last day of the trade-secret case's evidence period, about twenty days away
 * @param modelEvidenceEnd       the last day of the language-model case's evidence period, about fifteen days away
 * @param hearing                the language-model case's hearing, ten days away at half past nine, court time
 */
record DemoSchedule(LocalDate tradeSecretEvidenceEnd, LocalDate modelEvidenceEnd, ZonedDateTime hearing) {

    private static final LocalTime HEARING_TIME = LocalTime.of(9, 30);

    static DemoSchedule on(LocalDate today, DeadlinePlanner planner) {
        return new DemoSchedule(
                evidencePeriodEnd(today, 20, planner),
                evidencePeriodEnd(today, 15, planner),
                today.plusDays(10).atTime(HEARING_TIME).atZone(planner.zone()));
    }

    /**
     * About {@code days} from {@code start}, never before the earliest end the law allows: fifteen days (CE art. 51)
     * whose last day is a rest day run to the next working day (CPL art. 85), and a period asked to end on that rest
     * day is refused.
     */
    private static LocalDate evidencePeriodEnd(LocalDate start, int days, DeadlinePlanner planner) {
        LocalDate wanted = start.plusDays(days);
        LocalDate earliest = planner.earliestEvidencePeriodEnd(start);
        return wanted.isBefore(earliest) ? earliest : wanted;
    }
}
