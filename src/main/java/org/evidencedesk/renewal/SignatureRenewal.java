package org.evidencedesk.renewal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evidencedesk.archive.DueRenewal;
import org.evidencedesk.archive.SignatureKind;
import org.evidencedesk.archive.SignatureRenewals;
import org.evidencedesk.custody.CustodyAction;
import org.evidencedesk.custody.CustodyLog;
import org.evidencedesk.evidence.BlobStore;
import org.evidencedesk.shared.Sha256;

/**
 * Renews one stored signature, in a transaction of its own: the current version gets one more archive time-stamp, the
 * result is stored as the next renewal (a ruling's PDF in the blob store) and the case's custody log records it. Any
 * failure (the time-stamping authority down, say) rolls all of it back: the signature stays as it was, still due.
 */
@ApplicationScoped
public class SignatureRenewal {

    static final String ACTOR = "archive-renewal";
    private static final long PDF_LIMIT = 200L * 1024 * 1024;

    @Inject
    private StoredSignatures stored;

    @Inject
    private ArchiveFormats formats;

    @Inject
    private SignatureRenewals renewals;

    @Inject
    private BlobStore blobs;

    @Inject
    private CustodyLog custody;

    /**
     * @throws RenewalGainsNothing when the renewed signature would be due no later than now: its newest time-stamp
     *         runs out as early as before (the authority's certificate expires then, or the hash algorithm's end of life
     *         comes), so storing it would only grow the signature
     * @throws RuntimeException when the renewal fails otherwise; nothing is changed
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Renewal renew(DueRenewal due, Instant now) {
        SignedContent current = stored.current(due.kind(), due.subjectId());
        ArchiveFormats.Assessed format = formats.assess(current.signature());
        List<Instant> before = TimestampTimes.in(due.kind(), current.signature());
        byte[] renewed = format.format().renew(current.signature(), current.content());
        List<Instant> after = TimestampTimes.in(due.kind(), renewed);
        if (after.size() <= before.size()) {
            throw new IllegalStateException("The renewed " + due.kind() + " " + due.subjectId() + " holds no new time-stamp");
        }
        Instant renewBy = format.format().renewBy(renewed);
        if (!renewBy.isAfter(due.renewBy())) {
            throw new RenewalGainsNothing(due, renewBy);
        }
        Instant stampedAt = Collections.max(after);
        Instant at = now.truncatedTo(ChronoUnit.MILLIS);
        String sha256 = HexFormat.of().formatHex(Sha256.of(renewed));
        int sequence = (due.kind() == SignatureKind.RULING
                ? renewals.renewedPdf(due, storePdf(renewed), renewed.length, at, renewBy)
                : renewals.renewed(due, renewed, sha256, at, renewBy)).getSequence();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("subject", due.kind().name() + " " + due.subjectId());
        detail.put("sequence", sequence);
        detail.put("sha256", sha256);
        detail.put("archiveTimestamp", stampedAt.toString());
        detail.put("renewBy", renewBy.toString());
        custody.append(due.caseId(), ACTOR, CustodyAction.SIGNATURE_RENEWED, current.itemId(), detail);
        return new Renewal(due, sequence, sha256, stampedAt, renewBy);
    }

    private String storePdf(byte[] pdf) {
        try {
            return blobs.store(new ByteArrayInputStream(pdf), PDF_LIMIT).digest().sha256();
        } catch (IOException e) {
            throw new UncheckedIOException("The renewed PDF could not be stored", e);
        }
    }
}
