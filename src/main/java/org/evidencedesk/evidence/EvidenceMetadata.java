package org.evidencedesk.evidence;

import java.io.Serializable;
import org.evidencedesk.shared.BusinessException;

/** What the submitter states about an item, checked before anything is recorded. */
public record EvidenceMetadata(String title, String factToProve, CollectionRecord collection,
                               Confidentiality confidentiality) implements Serializable {

    static final int TITLE_MAX = 500;
    static final int FACT_MAX = 4000;

    public void validate() {
        if (title == null || title.isBlank() || title.length() > TITLE_MAX) {
            throw new BusinessException("evidence.titleRequired", TITLE_MAX);
        }
        if (factToProve == null || factToProve.isBlank() || factToProve.length() > FACT_MAX) {
            throw new BusinessException("evidence.factRequired", FACT_MAX);
        }
        if (confidentiality == null) {
            throw new BusinessException("evidence.confidentialityRequired");
        }
        CollectionRecord record = collection;
        if (record != null && (tooLong(record.source(), 2000) || tooLong(record.method(), 500)
                || tooLong(record.collector(), 200) || tooLong(record.tool(), 200) || tooLong(record.certificateReference(), 500))) {
            throw new BusinessException("evidence.collectionTooLong");
        }
    }

    private static boolean tooLong(String text, int max) {
        return text != null && text.length() > max;
    }
}
