package org.evidencedesk.api.cases;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.evidencedesk.api.ApiProblem;
import org.evidencedesk.dispute.CaseQuery;
import org.evidencedesk.dispute.CaseStatus;
import org.evidencedesk.dispute.DeadlinePlanner;
import org.evidencedesk.dispute.IpType;
import org.evidencedesk.dispute.TechnologyArea;

/**
 * The case list's filters and order as query parameters, named as on the case list page ({@code q}, {@code party},
 * {@code ipType}, {@code technology}). Values are taken as text and read here, so that a value the list does not take
 * is a 400 that names it (Jakarta REST would answer 404 for an enum it cannot convert). Their OpenAPI descriptions
 * are on {@link CasesResource#list}: Payara's scanner fails on a {@code @Parameter} inside a {@code @BeanParam} class.
 */
public class CaseFilters {

    private static final int TEXT_LIMIT = 200;

    @QueryParam("q")
    @Size(max = TEXT_LIMIT)
    private String search;

    @QueryParam("party")
    @Size(max = TEXT_LIMIT)
    private String party;

    @QueryParam("status")
    private List<String> statuses;

    @QueryParam("ipType")
    private String ipType;

    @QueryParam("technology")
    private String technology;

    @QueryParam("filedFrom")
    private String filedFrom;

    @QueryParam("filedTo")
    private String filedTo;

    @QueryParam("sort")
    @DefaultValue("FILED_AT")
    private String sort;

    @QueryParam("order")
    @DefaultValue("desc")
    private String order;

    /** The query the case list page would make of these filters; a value it does not take is refused (400). */
    CaseQuery query(DeadlinePlanner planner) {
        Set<CaseStatus> chosen = EnumSet.noneOf(CaseStatus.class);
        if (statuses != null) {
            statuses.forEach(status -> chosen.add(named("status", status, CaseStatus.class)));
        }
        return CaseQuery.filedOnDays(search, chosen, named("ipType", ipType, IpType.class),
                named("technology", technology, TechnologyArea.class), party, day("filedFrom", filedFrom),
                day("filedTo", filedTo), named("sort", sort, CaseQuery.SortField.class), ascending(), planner);
    }

    private boolean ascending() {
        return switch (order.toLowerCase(Locale.ROOT)) {
            case "asc" -> true;
            case "desc" -> false;
            default -> throw invalid("order", order);
        };
    }

    private static <E extends Enum<E>> E named(String parameter, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw invalid(parameter, value);
        }
    }

    private static LocalDate day(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw invalid(parameter, value);
        }
    }

    private static ApiProblem invalid(String parameter, String value) {
        return new ApiProblem(400, "api.parameter.invalid", parameter, value);
    }
}
