package org.evidencedesk.api.bundles;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.evidencedesk.api.ApiCaller;
import org.evidencedesk.api.ApiProblem;
import org.evidencedesk.api.Public;
import org.evidencedesk.bundle.verification.PublicVerifier;
import org.evidencedesk.bundle.verification.VerificationFolder;
import org.evidencedesk.bundle.verify.BundleReport;
import org.evidencedesk.bundle.verify.ReportJson;
import org.evidencedesk.bundle.verify.VerificationLimits;
import org.evidencedesk.shared.Phrase;
import org.evidencedesk.web.BodyRefusedException;

/**
 * The public verifier for programs, as {@code verify.xhtml} is for people: anyone, without a token, sends a bundle, or
 * a file with its time-stamp token or signature, as the raw body and gets the report the verify command prints with
 * {@code --json}, in the language asked. The verification slots, the size limits and the per-address limit are the
 * page's ({@code VerifierGate}, {@code UploadGate}, {@code RateLimitFilter} decide before this runs); the body goes
 * into a folder of its own, removed as soon as the report is made. A failed verification is a report (200), not an
 * error: the request was served, the bundle did not pass.
 */
@Path("verify")
@RequestScoped
@Tag(name = "Bundles", description = "Signed evidence bundles and their verification.")
public class VerifyResource {

    private static final Logger LOG = Logger.getLogger(VerifyResource.class.getName());
    private static final String REPORT = "The verify command's JSON report: overall result, each check with its text in the "
            + "language asked and its phrase (message key and arguments), each item, and the note on long-term data.";

    @Inject
    private ApiCaller caller;

    @Inject
    private PublicVerifier verifier;

    @Context
    private ServletContext context;

    @POST
    @Public
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "verifyBundle", summary = "Verify an evidence bundle",
            description = "Checks every signature, time-stamp and hash of the bundle sent as the raw body (application/zip or "
                    + "application/vnd.etsi.asic-e+zip) against this server's root certificate, as the verification page does. "
                    + "Nothing is kept. No token needed.")
    @RequestBody(description = "The bundle (.asice), raw.", required = true,
            content = @Content(mediaType = "application/zip", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "200", description = "The report; passed is false when a check failed.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT, description = REPORT)))
    @APIResponse(responseCode = "413", description = "The bundle is larger than the verifier takes.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "415", description = "A form was sent instead of the raw bundle.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "429", description = "Too many verifications from this address.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "503", description = "Every verification slot is taken; Retry-After says when to come back.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "408", description = "The body stopped arriving (nothing for 30 s); nothing was kept.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "507", description = "The server's disk cannot take the bundle now.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response bundle(InputStream body,
            @Parameter(description = "The bundle's file name, percent-encoded, for the report.") @HeaderParam("X-File-Name") String name)
            throws IOException {
        try (VerificationFolder folder = VerificationFolder.create(context)) {
            java.nio.file.Path bundle = received(() -> folder.receive(body, "bundle.asice"));
            return report(verifier.bundle(subject(name, "bundle.asice"), bundle));
        }
    }

    @POST
    @Path("file")
    @Public
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "verifyFile", summary = "Verify one file with its time-stamp token or signature",
            description = "The raw body is the proof (an RFC 3161 time-stamp token or reply, .tsr, or a detached CMS signature, "
                    + ".p7s; at most 64 KiB) immediately followed by the file; X-Proof-Length gives the proof's length in bytes. "
                    + "Checked against this server's root certificate, as the verification page checks a single file. Nothing is "
                    + "kept. No token needed.")
    @RequestBody(description = "The proof's bytes, then the file's.", required = true,
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "200", description = "The report; passed is false when a check failed.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT, description = REPORT)))
    @APIResponse(responseCode = "400", description = "No or a wrong proof kind or length, or a proof over 64 KiB.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "413", description = "The file is larger than the upload limit.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "415", description = "A form was sent instead of the raw body.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "429", description = "Too many verifications from this address.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "503", description = "Every verification slot is taken; Retry-After says when to come back.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "408", description = "The body stopped arriving (nothing for 30 s); nothing was kept.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "507", description = "The server's disk cannot take the file now.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response file(InputStream body,
            @Parameter(description = "What the proof is: token (.tsr) or signature (.p7s).", required = true) @QueryParam("proof") String proof,
            @Parameter(description = "The proof's length in bytes, at most 65536.", required = true) @HeaderParam("X-Proof-Length") String proofLength,
            @Parameter(description = "The file's name, percent-encoded, for the report.") @HeaderParam("X-File-Name") String name)
            throws IOException {
        String proofName = proofName(proof);
        int length = proofLength(proofLength);
        try (VerificationFolder folder = VerificationFolder.create(context)) {
            byte[] proofBytes = received(() -> body.readNBytes(length));
            if (proofBytes.length < length) {
                throw new ApiProblem(400, "api.verify.proof", VerificationLimits.PROOF_LIMIT);
            }
            java.nio.file.Path proofFile = folder.receive(new ByteArrayInputStream(proofBytes), proofName);
            java.nio.file.Path file = received(() -> folder.receive(body, "file"));
            return report(verifier.file(subject(name, "file"), file, proofName, proofFile));
        }
    }

    private Response report(BundleReport report) {
        Locale language = caller.locale();
        return Response.ok(ReportJson.render(report, Phrase.messages(language)), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .language(language)
                .header("Cache-Control", "no-store")
                .build();
    }

    private interface Reading<T> {
        T read() throws IOException;
    }

    /**
     * Reads the body; one refused while it arrived (past its limit, the disk's reserve, or stalled by the client) is the
     * API's problem.
     */
    private static <T> T received(Reading<T> reading) throws IOException {
        try {
            return reading.read();
        } catch (BodyRefusedException e) {
            LOG.warning(() -> "Refused a verification body: " + e.getMessage());
            throw switch (e.status()) {
                case BodyRefusedException.INSUFFICIENT_STORAGE -> new ApiProblem(e.status(), "api.verify.diskFull");
                case HttpServletResponse.SC_REQUEST_TIMEOUT -> new ApiProblem(e.status(), "api.bodyStalled");
                default -> new ApiProblem(e.status(), "api.verify.tooLarge");
            };
        }
    }

    private static String proofName(String proof) {
        if ("token".equals(proof)) {
            return "proof.tsr";
        }
        if ("signature".equals(proof)) {
            return "proof.p7s";
        }
        throw new ApiProblem(400, "api.verify.proof", VerificationLimits.PROOF_LIMIT);
    }

    private static int proofLength(String header) {
        try {
            int length = Integer.parseInt(String.valueOf(header).strip());
            if (length >= 1 && length <= VerificationLimits.PROOF_LIMIT) {
                return length;
            }
        } catch (NumberFormatException e) {
            // refused below, as a length out of range is
        }
        throw new ApiProblem(400, "api.verify.proof", VerificationLimits.PROOF_LIMIT);
    }

    /** The name the client gave, percent-decoded and without any folder, else {@code fallback}. */
    private static String subject(String name, String fallback) {
        if (name == null || name.isBlank()) {
            return fallback;
        }
        try {
            String decoded = URLDecoder.decode(name.replace("+", "%2B"), StandardCharsets.UTF_8);
            String bare = decoded.substring(Math.max(decoded.lastIndexOf('/'), decoded.lastIndexOf('\\')) + 1);
            return bare.isBlank() ? fallback : bare;
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
