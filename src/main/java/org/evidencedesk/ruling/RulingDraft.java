package org.evidencedesk.ruling;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A ruling before it is rendered and signed: the case, what it decides and about what, the operative
 * text's arguments (e.g. the deadline and items of an order; a {@link org.evidencedesk.shared.Translatable}
 * is printed in the document's language), the judge's reasons, the legal basis as a rule-set key, and the
 * language of the document (the court's).
 */
public record RulingDraft(long caseId, RulingKind kind, long subjectId, List<Object> decisionArguments, String reasons,
                          String legalBasis, String judge, Instant decidedAt, Locale language) {

    public RulingDraft {
        decisionArguments = List.copyOf(decisionArguments);
    }
}
