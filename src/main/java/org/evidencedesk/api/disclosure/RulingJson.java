package org.evidencedesk.api.disclosure;

import java.time.Instant;
import java.util.ResourceBundle;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evidencedesk.ruling.Ruling;
import org.evidencedesk.ruling.RulingKind;

/** A ruling as the pages list it: what it decides, on what basis, by whom and when, and its signed PDF's digest. */
@Schema(name = "Ruling", description = "A signed ruling (or notice, or finding) of the court.")
public record RulingJson(
        @Schema(description = "The ruling's id.") long id,
        @Schema(description = "The case's id.") long caseId,
        @Schema(description = "What it decides.") RulingKind kind,
        @Schema(description = "The document's title in the caller's language.") String title,
        @Schema(description = "Its subject: a disclosure request's id, or a fact in issue's for BURDEN_SHIFTED and BURDEN_NOT_SHIFTED.")
        long subjectId,
        @Schema(description = "The rule set it rests on.") String legalBasis,
        @Schema(description = "The judge who decided.") String judge,
        @Schema(description = "When it was decided.") Instant decidedAt,
        @Schema(description = "The SHA-256 of the PDF as issued, lowercase hex.") String pdfSha256,
        @Schema(description = "The size of the PDF as issued.") long pdfSize,
        @Schema(description = "Where to fetch its signed PDF.") String pdf) {

    static RulingJson of(Ruling ruling, ResourceBundle messages) {
        return new RulingJson(ruling.getId(), ruling.getCaseId(), ruling.getKind(), messages.getString(ruling.getKind().messageKey()),
                ruling.getSubjectId(), ruling.getLegalBasis(), ruling.getJudge(), ruling.getDecidedAt(), ruling.getPdfSha256(),
                ruling.getPdfSize(), "/api/v1/rulings/" + ruling.getId() + "/pdf");
    }
}
