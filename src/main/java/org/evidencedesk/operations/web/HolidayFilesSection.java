package org.evidencedesk.operations.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.evidencedesk.dispute.HolidayCoverage;

/** Administration › Background jobs, the holiday files section: the years that matter and whether each has its file. */
@Named
@RequestScoped
public class HolidayFilesSection {

    @Inject
    private HolidayCoverage coverage;

    private List<HolidayCoverage.Year> years;

    @PostConstruct
    void load() {
        years = coverage.yearsThatMatter();
    }

    public List<HolidayCoverage.Year> getYears() {
        return years;
    }

    public boolean isAnyMissing() {
        return years.stream().anyMatch(year -> !year.hasFile());
    }
}
