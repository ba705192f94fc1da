package org.evidencedesk.dispute;

import java.time.Instant;
import java.time.LocalDate;

/** When a period ends: its last day in the court's time zone, the instant that day ends, and the rule. */
public record DueDate(LocalDate lastDay, Instant endsAt, String basis) {
}
