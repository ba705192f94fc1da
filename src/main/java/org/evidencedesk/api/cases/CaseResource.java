package org.evidencedesk.api.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evidencedesk.api.ApiCaller;
import org.evidencedesk.api.Versions;
import org.evidencedesk.dispute.CaseView;
import org.evidencedesk.dispute.CaseWorkflow;
import org.evidencedesk.identity.TokenScope;

/**
 * One case, its deadlines and its members, each read through {@link CaseWorkflow#view}, the case page's own check: a
 * case the caller may not see is 404, as on the page, whether or not it exists.
 */
@Path("cases/{caseId}")
@RequestScoped
@Tag(name = "Cases")
public class CaseResource {

    @Inject
    private ApiCaller caller;

    @Inject
    private CaseWorkflow workflow;

    @Inject
    private Clock clock;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getCase", summary = "One case",
            description = "The case's details and parties, and the capacities in which the caller acts on it. The ETag is"
                    + " the case's version: send it as If-Match with a change, or as If-None-Match to learn whether it changed.")
    @SecurityRequirement(name = "token", scopes = "read")
    @APIResponse(responseCode = "200", description = "The case.",
            headers = @Header(name = "ETag", description = "The case's version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseOverview.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the version named in If-None-Match.")
    @APIResponse(responseCode = "401", description = "No valid token.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "403", description = "The token lacks the read scope.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "404", description = "No such case, or not one the caller may see.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "429", description = "Too many calls with this token; try again after Retry-After.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response get(@PathParam("caseId") @Parameter(description = "The case's id.") long caseId,
                        @Context Request request) {
        caller.require(TokenScope.READ);
        CaseView view = workflow.view(caseId, caller.username());
        EntityTag version = Versions.etag(view.disputeCase().getVersion());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(version);
        if (unchanged != null) {
            return unchanged.tag(version).build();
        }
        return Response.ok(CaseOverview.of(view)).tag(version).build();
    }

    @GET
    @Path("deadlines")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listCaseDeadlines", summary = "The case's deadlines",
            description = "Every time limit of the case, open or closed, with its legal basis, as the case page's deadline tab shows them.")
    @SecurityRequirement(name = "token", scopes = "read")
    @APIResponse(responseCode = "200", description = "The deadlines.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = DeadlineEntry.class)))
    @APIResponse(responseCode = "401", description = "No valid token.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "403", description = "The token lacks the read scope.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "404", description = "No such case, or not one the caller may see.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "429", description = "Too many calls with this token; try again after Retry-After.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public List<DeadlineEntry> deadlines(@PathParam("caseId") @Parameter(description = "The case's id.") long caseId) {
        caller.require(TokenScope.READ);
        CaseView view = workflow.view(caseId, caller.username());
        Instant now = clock.instant();
        return view.disputeCase().getDeadlines().stream().map(deadline -> DeadlineEntry.of(deadline, now)).toList();
    }

    @GET
    @Path("members")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listCaseMembers", summary = "The case's members",
            description = "Counsel of the parties and the court's people assigned to the case, as the case page's members tab lists them.")
    @SecurityRequirement(name = "token", scopes = "read")
    @APIResponse(responseCode = "200", description = "The members.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = MemberEntry.class)))
    @APIResponse(responseCode = "401", description = "No valid token.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "403", description = "The token lacks the read scope.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "404", description = "No such case, or not one the caller may see.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "429", description = "Too many calls with this token; try again after Retry-After.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public List<MemberEntry> members(@PathParam("caseId") @Parameter(description = "The case's id.") long caseId) {
        caller.require(TokenScope.READ);
        return workflow.view(caseId, caller.username()).disputeCase().getMembers().stream().map(MemberEntry::of).toList();
    }
}
