package org.evidencedesk.api.bundles;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evidencedesk.api.ApiCaller;
import org.evidencedesk.bundle.export.BundleDelivery;
import org.evidencedesk.bundle.export.BundleExports;
import org.evidencedesk.identity.TokenScope;
import org.evidencedesk.web.Downloads;

/**
 * A case's signed evidence bundle for a program, as the export page gives it to a person: the same items (only those
 * the caller may take a copy of), the same custody checkpoint and {@code BUNDLE_EXPORTED} entry, the same file, streamed
 * with its exact length. A GET, unlike the page's form post: a token is no cookie, so no other site can make a
 * caller's client export.
 */
@Path("cases/{caseId}/bundle")
@RequestScoped
@Tag(name = "Bundles", description = "Signed evidence bundles and their verification.")
public class BundleExportResource {

    @Inject
    private ApiCaller caller;

    @Inject
    private BundleExports exports;

    @Inject
    private BundleDelivery delivery;

    /** The servlet's request: for a HEAD, Jersey tells its own request it is a GET. */
    @Context
    private HttpServletRequest request;

    @GET
    @Produces(BundleExports.MEDIA_TYPE)
    @Operation(operationId = "exportBundle", summary = "Export a case's signed evidence bundle",
            description = "Streams the ASiC-E bundle (a zip) of the items the caller may take a copy of: all of them, one side's, "
                    + "those with one status, or those chosen by id (at most one of side, status, items). The export is "
                    + "written to the case's custody log with the bundle's SHA-256 after its last byte, as the export page's is.")
    @SecurityRequirement(name = "token", scopes = "export")
    @APIResponse(responseCode = "200", description = "The bundle, with its exact length and file name.",
            content = @Content(mediaType = BundleExports.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "More than one of side, status and items, or one that does not exist.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "401", description = "No valid token.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "403", description = "The token lacks the export scope, or the caller is neither counsel nor court.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "404", description = "No case the caller may see.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "The selection holds no item the caller may export.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "429", description = "The token made too many calls.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response export(
            @Parameter(description = "The case's id.") @PathParam("caseId") long caseId,
            @Parameter(description = "Only this side's items: CLAIMANT, RESPONDENT, THIRD_PARTY or COURT.") @QueryParam("side") String side,
            @Parameter(description = "Only items with this status: SUBMITTED, ADMITTED, CHALLENGED or EXCLUDED.") @QueryParam("status") String status,
            @Parameter(description = "Only these items, by id: comma-separated or repeated.") @QueryParam("items") List<String> items)
            throws IOException {
        if (HttpMethod.HEAD.equals(request.getMethod())) {
            // Jakarta REST answers HEAD with the GET method; preparing an export takes a custody checkpoint, so a HEAD
            // would write to the custody log and send nothing.
            throw new WebApplicationException(Response.status(Response.Status.METHOD_NOT_ALLOWED).header(HttpHeaders.ALLOW, HttpMethod.GET).build());
        }
        caller.require(TokenScope.EXPORT);
        String username = caller.username();
        BundleExports.PreparedExport export = exports.prepare(caseId, username, ExportSelection.of(side, status, items));
        StreamingOutput bundle = out -> delivery.deliver(export, username, out);
        return Response.ok(bundle, MediaType.valueOf(BundleExports.MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_LENGTH, export.length())
                .header("Content-Disposition", Downloads.disposition(export.filename()))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
