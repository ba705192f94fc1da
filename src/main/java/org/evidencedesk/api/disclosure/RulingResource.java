package org.evidencedesk.api.disclosure;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
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

/** A ruling's signed PDF (PAdES, with the archive time-stamps added since it was issued), as the pages' PDF link serves it. */
@Path("rulings/{rulingId}")
@RequestScoped
@Tag(name = "Disclosure")
public class RulingResource {

    private static final String PROBLEM = "application/problem+json";
    private static final String PDF = "application/pdf";

    @Inject
    private ApiCaller caller;

    @Inject
    private RulingDocuments documents;

    @GET
    @Path("pdf")
    @Produces({PDF, PROBLEM})
    @Operation(operationId = "getRulingPdf", summary = "A ruling's signed PDF",
            description = "The PDF in its current version; check it with any PAdES validator. No custody entry, as on the page.")
    @SecurityRequirement(name = "token", scopes = "read")
    @APIResponse(responseCode = "200", description = "The signed PDF.",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "401", description = "No valid token.", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "403", description = "The token lacks the read scope.", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "404", description = "No such ruling, or its case is not one the caller may see.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "429", description = "Too many calls with this token; try again after Retry-After.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response pdf(@PathParam("rulingId") @Parameter(description = "The ruling's id.") long rulingId) {
        caller.require(TokenScope.READ);
        RulingDocuments.Pdf pdf = documents.pdf(rulingId, caller.username());
        StreamingOutput body = out -> {
            try (InputStream in = documents.open(pdf)) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, PDF)
                .header("Content-Disposition", "inline; filename=\"" + pdf.fileName() + "\"")
                .header("Content-Length", pdf.version().size())
                .build();
    }
}
