package org.evidencedesk.api.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.evidencedesk.dispute.CaseQuery;
import org.evidencedesk.dispute.TechnologyArea;
import org.evidencedesk.dispute.IpType;
import org.evidencedesk.dispute.CaseStatus;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evidencedesk.api.ApiCaller;
import org.evidencedesk.api.PageOf;
import org.evidencedesk.api.Paging;
import org.evidencedesk.dispute.CaseListing;
import org.evidencedesk.dispute.DeadlinePlanner;
import org.evidencedesk.identity.TokenScope;

/** The case list: the list page's query, filters and visibility, a page at a time with the whole list's total. */
@Path("cases")
@RequestScoped
@Tag(name = "Cases", description = "Cases, their deadlines and members, and the custody log.")
public class CasesResource {

    @Inject
    private ApiCaller caller;

    @Inject
    private CaseListing listing;

    @Inject
    private DeadlinePlanner planner;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listCases", summary = "The caller's cases",
            description = "The cases the caller may see (a court's clerks and judges: all its cases; everybody else: the"
                    + " cases they are a member of), filtered and ordered as on the case list page, a page at a time.")
    @SecurityRequirement(name = "token", scopes = "read")
    @APIResponse(responseCode = "200", description = "One page of the list, with the whole list's total.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseSummaryPage.class)))
    @APIResponse(responseCode = "400", description = "A filter, order or paging value the list does not take.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "401", description = "No valid token.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "403", description = "The token lacks the read scope.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "429", description = "Too many calls with this token; try again after Retry-After.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @Parameters({
            @Parameter(name = "q", in = ParameterIn.QUERY, description = "Words to look for in case numbers, filing references, titles and party names.", schema = @Schema(type = SchemaType.STRING, maxLength = 200)),
            @Parameter(name = "party", in = ParameterIn.QUERY, description = "Part of a party's name.", schema = @Schema(type = SchemaType.STRING, maxLength = 200)),
            @Parameter(name = "status", in = ParameterIn.QUERY, description = "Only cases in these states; repeat the parameter for more than one.", schema = @Schema(type = SchemaType.ARRAY, implementation = CaseStatus.class)),
            @Parameter(name = "ipType", in = ParameterIn.QUERY, description = "Only cases about this kind of intellectual property.", schema = @Schema(implementation = IpType.class)),
            @Parameter(name = "technology", in = ParameterIn.QUERY, description = "Only cases about this technology.", schema = @Schema(implementation = TechnologyArea.class)),
            @Parameter(name = "filedFrom", in = ParameterIn.QUERY, description = "Only cases filed on or after this day (YYYY-MM-DD, the court's calendar).", schema = @Schema(type = SchemaType.STRING, format = "date")),
            @Parameter(name = "filedTo", in = ParameterIn.QUERY, description = "Only cases filed on or before this day (YYYY-MM-DD, the court's calendar).", schema = @Schema(type = SchemaType.STRING, format = "date")),
            @Parameter(name = "sort", in = ParameterIn.QUERY, description = "The order of the list.", schema = @Schema(implementation = CaseQuery.SortField.class)),
            @Parameter(name = "order", in = ParameterIn.QUERY, description = "asc or desc.", schema = @Schema(type = SchemaType.STRING, enumeration = {"asc", "desc"})),
            @Parameter(ref = "page"),
            @Parameter(ref = "size")})
    public PageOf<CaseSummary> list(@Valid @BeanParam CaseFilters filters, @Valid @BeanParam Paging paging) {
        caller.require(TokenScope.READ);
        CaseListing.CaseList list = listing.page(filters.query(planner), caller.username(), paging.offset(), paging.size());
        return PageOf.of(list.rows(), CaseSummary::of, paging, list.total());
    }

    /** The list's page, for the OpenAPI document (a generic record has no schema of its own). */
    @Schema(name = "CaseSummaryPage", description = "One page of the case list.")
    record CaseSummaryPage(
            @Schema(description = "The cases of this page.") java.util.List<CaseSummary> items,
            @Schema(description = "This page's number, from 0.") int page,
            @Schema(description = "The page size asked for.") int size,
            @Schema(description = "How many cases the whole list has.") long total) {
    }
}
