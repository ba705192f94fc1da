package org.evidencedesk.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evidencedesk.archive.SignatureKind;
import org.evidencedesk.archive.SignatureRenewals;

/**
 * An item's receipt signature as it is handed out: the current version, with every archive time-stamp the renewal
 * job has added since intake; the original when none has been. Every download and every bundle takes it from here.
 */
@ApplicationScoped
public class ReceiptSignatures {

    @Inject
    private SignatureRenewals renewals;

    @Transactional
    public byte[] current(EvidenceItem item) {
        return renewals.currentSignature(SignatureKind.RECEIPT, item.getId(), item.receiptSignatureBytes());
    }

    /**
     * The current receipt signature of each item, all of the case {@code caseId}, by item id, in the items' order; read
     * together, for a bundle.
     */
    @Transactional
    public Map<Long, byte[]> current(long caseId, List<EvidenceItem> items) {
        Map<Long, byte[]> renewed = renewals.newestSignaturesInCase(SignatureKind.RECEIPT, caseId,
                items.stream().map(EvidenceItem::getId).toList());
        Map<Long, byte[]> current = new LinkedHashMap<>();
        items.forEach(item -> current.put(item.getId(), renewed.getOrDefault(item.getId(), item.receiptSignatureBytes())));
        return current;
    }
}
