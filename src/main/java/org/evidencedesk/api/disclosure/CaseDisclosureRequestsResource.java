package org.evidencedesk.api.disclosure;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evidencedesk.api.ApiCaller;
import org.evidencedesk.api.Versions;
import org.evidencedesk.identity.TokenScope;

/** A case's disclosure requests: the list its page's disclosure tab shows, and filing a new one as {@code disclosure/new.xhtml} does. */
@Path("cases/{caseId}/disclosure-requests")
@RequestScoped
@Tag(name = "Disclosure", description = "Disclosure requests (orders to produce evidence) and the court's rulings.")
public class CaseDisclosureRequestsResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    private ApiCaller caller;

    @Inject
    private DisclosureReading reading;

    @Inject
    private DisclosureChanges changes;

    @Context
    private UriInfo uri;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listDisclosureRequests", summary = "The case's disclosure requests",
            description = "The requests the caller may see, oldest first: every filed one, and the drafts of the caller's own side.")
    @SecurityRequirement(name = "token", scopes = "read")
    @APIResponse(responseCode = "200", description = "The requests.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = RequestSummaryJson.class)))
    @APIResponse(responseCode = "401", description = "No valid token.", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "403", description = "The token lacks the read scope.", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "404", description = "No such case, or not one the caller may see.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "429", description = "Too many calls with this token; try again after Retry-After.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public List<RequestSummaryJson> list(@PathParam("caseId") @Parameter(description = "The case's id.") long caseId) {
        caller.require(TokenScope.READ);
        return reading.ofCase(caseId, caller.username());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "fileDisclosureRequest", summary = "Apply for an order that the other side produce evidence",
            description = "Files the application at once (or, with draft=true, only saves a draft), as the new-request page does: "
                    + "only counsel of a party, only before the evidence period ends, with all four elements stated. "
                    + "A refused filing keeps nothing, not even a draft. Written to the case's custody log.")
    @SecurityRequirement(name = "token", scopes = "submit")
    @APIResponse(responseCode = "201", description = "Filed (or saved as a draft); Location names it.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RequestJson.class)))
    @APIResponse(responseCode = "400", description = "The body is not an application (a preliminary item id that is no number: "
            + "api.disclosure.preliminaryItemIds).", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "401", description = "No valid token.", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "403", description = "The token lacks the submit scope, or the caller is not counsel of a party (disclosure.onlyPartiesApply).",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "404", description = "No such case (or preliminary item of the case, or fact), or not one the caller may see.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "Refused by the rules: the evidence period has ended, an element is missing or too long, no applicable rule.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "429", description = "Too many calls with this token; try again after Retry-After.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response file(@PathParam("caseId") @Parameter(description = "The case's id.") long caseId,
                         @NotNull @Valid ApplicationBody body) {
        caller.require(TokenScope.SUBMIT);
        long id = changes.apply(caseId, caller.username(), body);
        RequestJson filed = reading.read(id, caller.username(), caller.locale());
        return Response.created(uri.getBaseUriBuilder().path("disclosure-requests/{id}").build(id))
                .tag(Versions.etag(filed.version()))
                .entity(filed)
                .build();
    }
}
