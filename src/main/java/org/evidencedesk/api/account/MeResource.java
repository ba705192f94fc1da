package org.evidencedesk.api.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evidencedesk.api.ApiCaller;
import org.evidencedesk.identity.TokenCaller;

/** Who the token belongs to and what it may do: the first call a client makes, to check its token. */
@Path("me")
@RequestScoped
@Tag(name = "Account", description = "The caller and their token.")
public class MeResource {

    @Inject
    private ApiCaller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getMe", summary = "The caller and their token",
            description = "The token's owner, their roles, and the token's name, scopes and last day. Needs any valid token.")
    @SecurityRequirement(name = "token")
    @APIResponse(responseCode = "200", description = "The caller.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Me.class)))
    @APIResponse(responseCode = "401", description = "No valid token.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Me me() {
        caller.username();
        TokenCaller token = caller.token().orElseThrow();
        return Me.of(token);
    }
}
