package org.evidencedesk.api.evidence;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
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
import org.evidencedesk.api.ApiProblem;
import org.evidencedesk.api.Versions;
import org.evidencedesk.evidence.BlobStore;
import org.evidencedesk.evidence.ContentMissingException;
import org.evidencedesk.evidence.EvidenceAccess;
import org.evidencedesk.evidence.EvidenceItem;
import org.evidencedesk.evidence.ItemDownloads;
import org.evidencedesk.evidence.ReceiptSignatures;
import org.evidencedesk.identity.TokenScope;
import org.evidencedesk.web.Downloads;

/**
 * One evidence item and its downloads, opened through {@link EvidenceAccess} as the item page and the download servlet
 * open them: the same policy (an item the caller may not see is 404, view-only content and a missing undertaking are
 * refused) and the same custody entries (a view for the item, a download for each file).
 */
@Path("items/{itemId}")
@RequestScoped
@Tag(name = "Evidence")
public class ItemResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    private ApiCaller caller;

    @Inject
    private EvidenceAccess access;

    @Inject
    private BlobStore blobs;

    @Inject
    private ReceiptSignatures receiptSignatures;

    @GET
    @Transactional
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getItem", summary = "One evidence item",
            description = "The item's metadata, digests and time-stamp, as its page shows them; the view is written to the custody log"
                    + " as the page's is (unless the item is public record). The ETag is the item's version.")
    @SecurityRequirement(name = "token", scopes = "read")
    @APIResponse(responseCode = "200", description = "The item.",
            headers = @Header(name = "ETag", description = "The item's version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemJson.class)))
    @APIResponse(responseCode = "401", description = "No valid token.", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "403", description = "The token lacks the read scope, or the item's confidentiality undertaking is not yet accepted (on the item page).",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "404", description = "No such item, or not one the caller may see.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "429", description = "Too many calls with this token; try again after Retry-After.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response get(@PathParam("itemId") @Parameter(description = "The item's id.") long itemId) {
        caller.require(TokenScope.READ);
        EvidenceAccess.ItemView view = access.view(itemId, caller.username());
        return Response.ok(ItemJson.of(view.item(), view.caseView().actor())).tag(Versions.etag(view.item().getVersion())).build();
    }

    @GET
    @Path("content")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(operationId = "downloadItemContent", summary = "The item's file",
            description = "The file as submitted, as an attachment; written to the custody log as the page's download is."
                    + " A view-only item (by protective order) is refused, as on the page.")
    @SecurityRequirement(name = "token", scopes = "read")
    @APIResponse(responseCode = "200", description = "The file.",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "401", description = "No valid token.", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "403", description = "The token lacks the read scope, the item is view-only, or its undertaking is not yet accepted.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "404", description = "No such item, or not one the caller may see.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "410", description = "The item's stored content is missing from the evidence store (its receipt, signature and token"
            + " still download); the item is marked for the court's integrity check, and no download is logged.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "429", description = "Too many calls with this token; try again after Retry-After.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response content(@PathParam("itemId") @Parameter(description = "The item's id.") long itemId) {
        caller.require(TokenScope.READ);
        EvidenceItem item;
        // Opened, and the download logged, before the answer begins: content missing from the store answers 410, not a
        // 200 that breaks off. The answer's body reads the content anew, so nothing stays open if no body is written.
        try (EvidenceAccess.OpenedContent opened = access.downloadContent(itemId, caller.username())) {
            item = opened.view().item();
        } catch (ContentMissingException e) {
            throw new ApiProblem(410, "api.item.contentMissing");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String sha256 = item.getSha256();
        StreamingOutput file = out -> {
            try (InputStream in = blobs.open(sha256)) {
                in.transferTo(out);
            }
        };
        return attachment(Response.ok(file, MediaType.APPLICATION_OCTET_STREAM), ItemDownloads.of(item).content())
                .header(HttpHeaders.CONTENT_LENGTH, item.getSizeBytes()).build();
    }

    @GET
    @Path("token")
    @Transactional
    @Produces("application/timestamp-reply")
    @Operation(operationId = "downloadItemToken", summary = "The item's time-stamp",
            description = "The RFC 3161 time-stamp reply (DER) over the file's SHA-256; written to the custody log as the page's download is.")
    @SecurityRequirement(name = "token", scopes = "read")
    @APIResponse(responseCode = "200", description = "The time-stamp reply.",
            content = @Content(mediaType = "application/timestamp-reply", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "401", description = "No valid token.", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "403", description = "The token lacks the read scope.", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "404", description = "No such item, or not one the caller may see.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "429", description = "Too many calls with this token; try again after Retry-After.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response token(@PathParam("itemId") @Parameter(description = "The item's id.") long itemId) {
        caller.require(TokenScope.READ);
        return file(itemId, "token.tsr", "application/timestamp-reply", EvidenceItem::timestampTokenBytes, ItemDownloads::token);
    }

    @GET
    @Path("receipt")
    @Transactional
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "downloadItemReceipt", summary = "The item's receipt",
            description = "The receipt's canonical JSON, exactly the bytes its signature covers; written to the custody log as the page's download is.")
    @SecurityRequirement(name = "token", scopes = "read")
    @APIResponse(responseCode = "200", description = "The receipt.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "401", description = "No valid token.", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "403", description = "The token lacks the read scope.", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "404", description = "No such item, or not one the caller may see.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "429", description = "Too many calls with this token; try again after Retry-After.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response receipt(@PathParam("itemId") @Parameter(description = "The item's id.") long itemId) {
        caller.require(TokenScope.READ);
        // Bytes, not a String entity: a JSON provider must not re-serialize what the signature covers.
        return file(itemId, "receipt.json", MediaType.APPLICATION_JSON, item -> item.getReceiptJson().getBytes(StandardCharsets.UTF_8),
                ItemDownloads::receipt);
    }

    @GET
    @Path("signature")
    @Transactional
    @Produces("application/pkcs7-signature")
    @Operation(operationId = "downloadItemSignature", summary = "The receipt's signature",
            description = "The detached CMS (CAdES) signature over the receipt's bytes, with the archive time-stamps added since;"
                    + " written to the custody log as the page's download is.")
    @SecurityRequirement(name = "token", scopes = "read")
    @APIResponse(responseCode = "200", description = "The signature.",
            content = @Content(mediaType = "application/pkcs7-signature", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "401", description = "No valid token.", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "403", description = "The token lacks the read scope.", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "404", description = "No such item, or not one the caller may see.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "429", description = "Too many calls with this token; try again after Retry-After.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response signature(@PathParam("itemId") @Parameter(description = "The item's id.") long itemId) {
        caller.require(TokenScope.READ);
        return file(itemId, "receipt.p7s", "application/pkcs7-signature", receiptSignatures::current, ItemDownloads::receiptSignature);
    }

    /** One of the item's small files, opened for download as the download servlet opens it ({@code what} as it names them). */
    private Response file(long itemId, String what, String type, Function<EvidenceItem, byte[]> bytes, Function<ItemDownloads, String> name) {
        EvidenceItem item = access.download(itemId, caller.username(), what).item();
        return attachment(Response.ok(bytes.apply(item), type), name.apply(ItemDownloads.of(item))).build();
    }

    private static Response.ResponseBuilder attachment(Response.ResponseBuilder response, String fileName) {
        return response.header("Content-Disposition", Downloads.disposition(fileName)).header("X-Content-Type-Options", "nosniff");
    }
}
