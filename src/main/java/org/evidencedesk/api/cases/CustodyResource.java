package org.evidencedesk.api.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evidencedesk.api.ApiCaller;
import org.evidencedesk.api.PageOf;
import org.evidencedesk.api.Paging;
import org.evidencedesk.custody.CustodyLog;
import org.evidencedesk.custody.CustodyRow;
import org.evidencedesk.identity.TokenScope;

/**
 * A case's custody chain for the court, a page at a time, as the case page's custody tab reads it: the log checks the
 * caller's access to the case again for every page, and withholds what the caller may not see.
 */
@Path("cases/{caseId}/custody")
@RequestScoped
@Tag(name = "Cases")
public class CustodyResource {

    @Inject
    private ApiCaller caller;

    @Inject
    private CustodyLog log;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listCustodyEntries", summary = "The case's custody log",
            description = "The case's custody chain in order, a page at a time, with each entry's hash and its previous"
                    + " entry's, so that the chain can be re-walked. Court data: the token needs the court scope, which only"
                    + " clerks, judges and technical investigators hold.")
    @SecurityRequirement(name = "token", scopes = "court")
    @APIResponse(responseCode = "200", description = "One page of the chain, with the number of entries in the whole chain.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CustodyPage.class)))
    @APIResponse(responseCode = "400", description = "A paging value out of range.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "401", description = "No valid token.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "403", description = "The token lacks the court scope.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "404", description = "No such case, or not one the caller may see.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "429", description = "Too many calls with this token; try again after Retry-After.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public PageOf<CustodyLogEntry> entries(@PathParam("caseId") @Parameter(description = "The case's id.") long caseId,
                                          @Valid @BeanParam Paging paging) {
        caller.require(TokenScope.COURT);
        // The rows first: reading them checks that the caller may see the case (404 if not), before the count says anything.
        List<CustodyRow> rows = log.rows(caseId, caller.username(), paging.offset(), paging.size());
        return PageOf.of(rows, CustodyLogEntry::of, paging, log.count(caseId));
    }

    /** The chain's page, for the OpenAPI document (a generic record has no schema of its own). */
    @Schema(name = "CustodyPage", description = "One page of a case's custody chain.")
    record CustodyPage(
            @Schema(description = "The entries of this page, in chain order.") List<CustodyLogEntry> items,
            @Schema(description = "This page's number, from 0.") int page,
            @Schema(description = "The page size asked for.") int size,
            @Schema(description = "How many entries the whole chain has, withheld ones included.") long total) {
    }
}
