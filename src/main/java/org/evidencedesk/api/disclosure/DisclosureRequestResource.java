package org.evidencedesk.api.disclosure;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evidencedesk.api.ApiCaller;
import org.evidencedesk.api.Versions;
import org.evidencedesk.identity.TokenScope;

/**
 * One disclosure request: reading it as its page shows it, and the ordered side's opinion on it. The judge's decisions
 * (grant, deny, findings) stay on the pages.
 */
@Path("disclosure-requests/{requestId}")
@RequestScoped
@Tag(name = "Disclosure")
public class DisclosureRequestResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    private ApiCaller caller;

    @Inject
    private DisclosureReading reading;

    @Inject
    private DisclosureChanges changes;

    @Context
    private HttpHeaders headers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getDisclosureRequest", summary = "A disclosure request",
            description = "The request as its page shows it to the caller: application, opinion, order, what was produced, rulings, "
                    + "history and the steps open to the caller. ETag is its version.")
    @SecurityRequirement(name = "token", scopes = "read")
    @APIResponse(responseCode = "200", description = "The request.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RequestJson.class)))
    @APIResponse(responseCode = "401", description = "No valid token.", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "403", description = "The token lacks the read scope.", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "404", description = "No such request, or not one the caller may see (another case's, the other side's draft).",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "429", description = "Too many calls with this token; try again after Retry-After.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response get(@PathParam("requestId") @Parameter(description = "The request's id.") long requestId) {
        caller.require(TokenScope.READ);
        return withTag(reading.read(requestId, caller.username(), caller.locale()));
    }

    @PUT
    @Path("opinion")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordDisclosureOpinion", summary = "Give the ordered side's opinion on a filed request",
            description = "Counsel of the side the order would bind gives its opinion (CE art. 46 para. 1); the request goes to review. "
                    + "Send If-Match with the ETag read: a request changed meanwhile answers 412 and nothing changes.")
    @SecurityRequirement(name = "token", scopes = "submit")
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, description = "The ETag of the version the opinion answers.")
    @APIResponse(responseCode = "200", description = "Recorded; the request as it now stands, with its new ETag.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RequestJson.class)))
    @APIResponse(responseCode = "400", description = "The body is not an opinion.", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "401", description = "No valid token.", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "403", description = "The token lacks the submit scope, or the caller is not counsel of the ordered side (disclosure.notAllowed).",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "404", description = "No such request, or not one the caller may see.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "The request is not waiting for an opinion (disclosure.illegalTransition).",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "412", description = "If-Match names another version (api.version.stale); nothing changed.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "The opinion is empty or too long.", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "429", description = "Too many calls with this token; try again after Retry-After.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response recordOpinion(@PathParam("requestId") @Parameter(description = "The request's id.") long requestId,
                                  @NotNull @Valid OpinionBody body) {
        caller.require(TokenScope.SUBMIT);
        changes.recordOpinion(requestId, headers, caller.username(), body);
        return withTag(reading.read(requestId, caller.username(), caller.locale()));
    }

    private static Response withTag(RequestJson request) {
        return Response.ok().tag(Versions.etag(request.version())).entity(request).build();
    }
}
