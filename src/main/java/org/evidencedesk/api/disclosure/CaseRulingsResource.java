package org.evidencedesk.api.disclosure;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.ResourceBundle;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evidencedesk.api.ApiCaller;
import org.evidencedesk.identity.TokenScope;
import org.evidencedesk.ruling.RulingDocuments;
import org.evidencedesk.web.RequestLanguage;

/** A case's rulings: whoever may see the case may read them, as the PDF link of the pages answers. */
@Path("cases/{caseId}/rulings")
@RequestScoped
@Tag(name = "Disclosure")
public class CaseRulingsResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    private ApiCaller caller;

    @Inject
    private RulingDocuments documents;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listRulings", summary = "The case's rulings",
            description = "Every signed ruling, notice and finding of the case, in order of decision, with the SHA-256 of its PDF as issued.")
    @SecurityRequirement(name = "token", scopes = "read")
    @APIResponse(responseCode = "200", description = "The rulings.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = RulingJson.class)))
    @APIResponse(responseCode = "401", description = "No valid token.", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "403", description = "The token lacks the read scope.", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "404", description = "No such case, or not one the caller may see.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "429", description = "Too many calls with this token; try again after Retry-After.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public List<RulingJson> list(@PathParam("caseId") @Parameter(description = "The case's id.") long caseId) {
        caller.require(TokenScope.READ);
        ResourceBundle messages = RequestLanguage.messages(caller.locale());
        return documents.ofCase(caseId, caller.username()).stream().map(ruling -> RulingJson.of(ruling, messages)).toList();
    }
}
