package org.evidencedesk.api.evidence;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evidencedesk.api.ApiProblem;
import org.evidencedesk.evidence.Confidentiality;
import org.evidencedesk.evidence.EvidenceMetadata;

/**
 * What the submitter states about a file, as the upload page asks it: sent as the body of {@code PUT .../metadata} or,
 * base64url-encoded, in the submission's {@code X-Evidence-Metadata} header. The rules are the intake's
 * ({@link EvidenceMetadata#validate}), checked when the item is registered.
 */
@Schema(name = "SubmissionMetadata", description = "What the submitter states about the file.")
public record SubmissionMetadata(
        @Schema(description = "The title (required, at most 500 characters).", required = true) String title,
        @Schema(description = "The fact it is submitted to prove (required, at most 4000 characters).", required = true) String factToProve,
        @Schema(description = "Who may see it (required).", required = true) Confidentiality confidentiality,
        @Schema(description = "How it was collected (optional).") ItemJson.CollectionJson collection) {

    private static final Jsonb JSON = JsonbBuilder.create();

    /** Reads the metadata from its JSON text; text that is no such JSON object is refused (400), nothing changed. */
    static SubmissionMetadata parse(String json) {
        try {
            SubmissionMetadata metadata = json == null || json.isBlank() ? null : JSON.fromJson(json, SubmissionMetadata.class);
            if (metadata == null) {
                throw new ApiProblem(400, "api.submit.metadataInvalid");
            }
            return metadata;
        } catch (JsonbException e) {
            throw new ApiProblem(400, "api.submit.metadataInvalid");
        }
    }

    EvidenceMetadata toMetadata() {
        return new EvidenceMetadata(title, factToProve, collection == null ? null : collection.toRecord(), confidentiality);
    }
}
