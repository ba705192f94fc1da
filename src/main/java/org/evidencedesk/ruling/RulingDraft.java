package org.evidencedesk.ruling;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.evidencedesk.dispute.Side;

/**
 * A ruling before it is rendered and signed: the case, what it decides and about what, the operative
 * text's arguments (e.g. the deadline and items of an order; a {@link org.evidencedesk.shared.Translatable}
 * is printed in the document's language, {@link NamedPersons} by their names), the judge's reasons, the legal
 * basis as a rule-set key, the language of the document (the court's), and the side that applied when the
 * document is addressed to the applicant alone (a notice, {@link DocumentForm#NOTICE}); null otherwise.
 */
public record RulingDraft(long caseId, RulingKind kind, long subjectId, List<Object> decisionArguments, String reasons,
                          String legalBasis, String judge, Instant decidedAt, Locale language, Side applicant) {

    public RulingDraft {
        decisionArguments = List.copyOf(decisionArguments);
        if (kind.form().addressedToApplicant() && applicant == null) {
            throw new IllegalArgumentException("A " + kind.form() + " (" + kind + ") is addressed to the applicant: name its side");
        }
    }

    /** A draft of a document addressed to every party. */
    public RulingDraft(long caseId, RulingKind kind, long subjectId, List<Object> decisionArguments, String reasons,
                       String legalBasis, String judge, Instant decidedAt, Locale language) {
        this(caseId, kind, subjectId, decisionArguments, reasons, legalBasis, judge, decidedAt, language, null);
    }
}
