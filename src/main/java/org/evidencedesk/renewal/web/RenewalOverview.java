package org.evidencedesk.renewal.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.evidencedesk.archive.SignatureRenewals;
import org.evidencedesk.shared.config.Settings;

/**
 * Administration › Background jobs, the archive time-stamp section: the earliest time a stored signature's archive
 * time-stamp must be renewed by, across the installation, and how many are due within the margin. An operator watches
 * the first stay further off than the margin; a count that does not fall after the daily run means renewals fail.
 */
@Named
@RequestScoped
public class RenewalOverview {

    @Inject
    private SignatureRenewals renewals;

    @Inject
    private Settings settings;

    @Inject
    private Clock clock;

    private Optional<Instant> earliest;
    private long dueWithinMargin;
    private long marginDays;

    @PostConstruct
    void load() {
        marginDays = settings.renewalMargin().toDays();
        earliest = renewals.earliestDue();
        dueWithinMargin = renewals.countDueBefore(clock.instant().plus(settings.renewalMargin()));
    }

    /** Empty before the job has seen any signature. */
    public Optional<Instant> getEarliest() {
        return earliest;
    }

    public long getDueWithinMargin() {
        return dueWithinMargin;
    }

    public long getMarginDays() {
        return marginDays;
    }
}
