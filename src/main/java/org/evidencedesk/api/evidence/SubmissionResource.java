package org.evidencedesk.api.evidence;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evidencedesk.api.ApiCaller;
import org.evidencedesk.api.ApiProblem;
import org.evidencedesk.evidence.Bytes;
import org.evidencedesk.evidence.ContentDigest;
import org.evidencedesk.evidence.ContentMismatchException;
import org.evidencedesk.evidence.EvidenceIntake;
import org.evidencedesk.evidence.KeyedSubmission;
import org.evidencedesk.evidence.KeyedSubmissions;
import org.evidencedesk.identity.TokenScope;
import org.evidencedesk.shared.BusinessException;
import org.evidencedesk.shared.config.Settings;
import org.evidencedesk.shared.persistence.CommitDurability;
import org.evidencedesk.web.BodyRefusedException;

/**
 * Submitting evidence from a program: the file is the raw body of a {@code PUT} under the client's idempotency key,
 * streamed once into the store by {@link EvidenceIntake#receive(InputStream, String)} (SHA-256 and SM3 on the way; kept
 * only if the SHA-256 is the one announced in {@code Content-Digest}); the metadata comes in a header of the same call
 * or in a second one, and {@link KeyedSubmissions} registers the item through the intake the upload page uses. The
 * upload gate has already applied the page's limit and disk reserve to the body ({@code UploadRoutes}).
 */
@Path("cases/{caseId}/submissions/{key}")
@RequestScoped
@Tag(name = "Evidence")
public class SubmissionResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    private ApiCaller caller;

    @Inject
    private EvidenceIntake intake;

    @Inject
    private KeyedSubmissions submissions;

    @Inject
    private SubmissionAnswers answers;

    @Inject
    private CommitDurability durability;

    @Inject
    private Settings settings;

    @Context
    private UriInfo uri;

    @PUT
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitEvidence", summary = "Submit a file as evidence",
            description = "The body is the file itself (no multipart), streamed into the evidence store with its SHA-256 and SM3"
                    + " computed on the way; it is kept only if its SHA-256 is the one in Content-Digest. With X-Evidence-Metadata the"
                    + " item is registered at once (numbered, time-stamped, its receipt signed); without it the content waits for"
                    + " PUT .../metadata. A retry under the same key with the same digest gets the same answer and never a second item;"
                    + " a body without Content-Length is counted as it arrives against the same limit.")
    @SecurityRequirement(name = "token", scopes = "submit")
    @RequestBody(required = true, description = "The file's bytes.",
            content = @Content(mediaType = MediaType.WILDCARD, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "201", description = "Registered: the item with its receipt, signature and token.",
            headers = @Header(name = "Location", description = "The item's address.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionJson.class)))
    @APIResponse(responseCode = "202", description = "Received: the content is kept and waits for its metadata.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionJson.class)))
    @APIResponse(responseCode = "200", description = "A retry: the answer the first call under this key got, nothing new made.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionJson.class)))
    @APIResponse(responseCode = "400", description = "A header is missing or malformed (key, Content-Digest, X-File-Name, X-Evidence-Metadata).",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "401", description = "No valid token.", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "403", description = "The token lacks the submit scope, or the caller may not submit evidence to the case.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "404", description = "No such case, or not one the caller may see.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "The key was used for other content, or the case takes no more evidence.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "413", description = "Larger than the upload limit; nothing was kept.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "The content's SHA-256 is not the one announced, it is empty, or the metadata breaks a rule; nothing was registered.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "429", description = "Too many calls with this token; try again after Retry-After.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "408", description = "The body stopped arriving (nothing for 30 s); nothing was kept.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "507", description = "The data disk would fall under its reserve; nothing was kept.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response submit(@PathParam("caseId") @Parameter(description = "The case's id.") long caseId,
                           @PathParam("key") @Parameter(description = "The client's idempotency key: 1 to 100 of A-Z a-z 0-9 . _ ~ -.") String key,
                           @HeaderParam(SubmissionHeaders.CONTENT_DIGEST) @Parameter(required = true,
                                   description = "RFC 9530: sha-256=:<base64 of the file's 32-byte SHA-256>:") String contentDigest,
                           @HeaderParam(SubmissionHeaders.FILE_NAME) @Parameter(required = true,
                                   description = "The file's original name, percent-encoded UTF-8.") String fileName,
                           @HeaderParam(HttpHeaders.CONTENT_TYPE) @Parameter(description = "The file's media type.") String mediaType,
                           @HeaderParam(SubmissionHeaders.METADATA) @Parameter(
                                   description = "Optional: the SubmissionMetadata JSON, base64url-encoded; registers the item at once.") String metadata,
                           InputStream body) {
        caller.require(TokenScope.SUBMIT);
        String username = caller.username();
        String checkedKey = SubmissionHeaders.key(key);
        SubmissionHeaders sent = SubmissionHeaders.of(contentDigest, fileName, mediaType, metadata);
        // Refused before a byte of the body is read: nothing is kept for a caller who may not submit here.
        intake.checkSubmitter(caseId, username);
        KeyedSubmissions.Recorded recorded = submissions.find(caseId, username, checkedKey)
                .map(earlier -> new KeyedSubmissions.Recorded(earlier, false))
                .orElseGet(() -> submissions.received(caseId, username, checkedKey, receive(body, sent.sha256()),
                        sent.fileName(), sent.mediaType()));
        KeyedSubmission submission = recorded.submission();
        if (!submission.digest().sha256().equals(sent.sha256())) {
            throw new ApiProblem(409, "api.submit.keyReused", checkedKey);
        }
        if (submission.getState() == KeyedSubmission.State.RECEIVED && sent.metadata().isPresent()) {
            return register(caseId, checkedKey, sent.metadata().get());
        }
        int status = submission.getState() == KeyedSubmission.State.RECEIVED && recorded.created() ? 202 : 200;
        return answer(caseId, checkedKey, status);
    }

    @PUT
    @Path("metadata")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerSubmission", summary = "Give a received file its metadata",
            description = "Registers the content received under the key as an item (numbered, time-stamped, its receipt signed),"
                    + " with the upload page's rules for the metadata. Already registered: the same answer again (200).")
    @SecurityRequirement(name = "token", scopes = "submit")
    @RequestBody(required = true, description = "What the submitter states about the file.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionMetadata.class)))
    @APIResponse(responseCode = "201", description = "Registered: the item with its receipt, signature and token.",
            headers = @Header(name = "Location", description = "The item's address.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionJson.class)))
    @APIResponse(responseCode = "200", description = "Registered already: the same answer again.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionJson.class)))
    @APIResponse(responseCode = "400", description = "The key or the body is malformed.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "401", description = "No valid token.", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "403", description = "The token lacks the submit scope, or the caller may no longer submit to the case.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "404", description = "No submission of the caller's under this key, or a case the caller may not see.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "The case takes no more evidence.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "The metadata breaks a rule, or the content is gone (cleaned after the grace period); nothing was registered.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "429", description = "Too many calls with this token; try again after Retry-After.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response registerMetadata(@PathParam("caseId") @Parameter(description = "The case's id.") long caseId,
                                     @PathParam("key") @Parameter(description = "The key the content was submitted under.") String key,
                                     String metadata) {
        caller.require(TokenScope.SUBMIT);
        String checkedKey = SubmissionHeaders.key(key);
        return register(caseId, checkedKey, SubmissionMetadata.parse(metadata));
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getSubmission", summary = "Where a submission stands",
            description = "RECEIVED (waiting for its metadata) or REGISTERED with its item, receipt, signature and token.")
    @SecurityRequirement(name = "token", scopes = "submit")
    @APIResponse(responseCode = "200", description = "The submission.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionJson.class)))
    @APIResponse(responseCode = "400", description = "The key is malformed.", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "401", description = "No valid token.", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "403", description = "The token lacks the submit scope.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "404", description = "No submission of the caller's under this key, or a case the caller may not see.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "429", description = "Too many calls with this token; try again after Retry-After.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public SubmissionJson get(@PathParam("caseId") @Parameter(description = "The case's id.") long caseId,
                              @PathParam("key") @Parameter(description = "The key the content was submitted under.") String key) {
        caller.require(TokenScope.SUBMIT);
        return answers.of(caseId, caller.username(), SubmissionHeaders.key(key)).orElseThrow(ApiProblem::notFound);
    }

    private Response register(long caseId, String key, SubmissionMetadata metadata) {
        KeyedSubmissions.Registered registered = submissions.register(caseId, caller.username(), key, metadata.toMetadata());
        if (registered.created()) {
            // On the disk before the answer says "received", as the upload page does: a crash now cannot lose the receipt's item.
            durability.forceCommitted();
        }
        return answer(caseId, key, registered.created() ? 201 : 200);
    }

    private Response answer(long caseId, String key, int status) {
        SubmissionJson answer = answers.of(caseId, caller.username(), key).orElseThrow(ApiProblem::notFound);
        Response.ResponseBuilder response = Response.status(status).entity(answer);
        if (answer.item() != null) {
            response.location(uri.getBaseUriBuilder().path("items/{id}").build(answer.item().id()));
        }
        return response.build();
    }

    /** The body into the store, kept only under its announced SHA-256; a cut-off body answers why it was cut off. */
    private ContentDigest receive(InputStream body, String sha256) {
        WatchedBody watched = new WatchedBody(body);
        try {
            return intake.receive(watched, sha256);
        } catch (ContentMismatchException e) {
            throw new ApiProblem(422, "api.submit.digestMismatch", e.announced(), e.received());
        } catch (BusinessException e) {
            throw watched.refusal().map(this::refused).orElse(e);
        }
    }

    private RuntimeException refused(BodyRefusedException refusal) {
        return switch (refusal.status()) {
            case BodyRefusedException.INSUFFICIENT_STORAGE -> new ApiProblem(refusal.status(), "api.submit.diskFull");
            case HttpServletResponse.SC_REQUEST_TIMEOUT -> new ApiProblem(refusal.status(), "api.bodyStalled");
            default -> new BusinessException("evidence.upload.tooLarge", Bytes.readable(settings.uploadLimitBytes()));
        };
    }
}
