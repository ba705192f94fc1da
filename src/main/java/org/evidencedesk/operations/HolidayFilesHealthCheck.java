package org.evidencedesk.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.evidencedesk.dispute.HolidayCoverage;

/**
 * Reports at {@code /health} the years that matter without a holiday file. Always UP: the server works without
 * them, counting the deadlines of those years as provisional, but a monitor can alert on the list.
 */
@Readiness
@ApplicationScoped
public class HolidayFilesHealthCheck implements HealthCheck {

    @Inject
    private HolidayCoverage coverage;

    @Override
    public HealthCheckResponse call() {
        try {
            List<Integer> missing = coverage.yearsWithoutFile();
            return HealthCheckResponse.named("holiday-files").up()
                    .withData("years-without-file", missing.isEmpty() ? "none" : missing.toString())
                    .build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("holiday-files").down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
