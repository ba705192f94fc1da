package org.evidencedesk.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.evidencedesk.custody.CustodyAction;
import org.evidencedesk.custody.CustodyLog;
import org.evidencedesk.dispute.CaseView;
import org.evidencedesk.dispute.CaseWorkflow;
import org.evidencedesk.dispute.DisputeCase;
import org.evidencedesk.dispute.DisputeCases;
import org.evidencedesk.dispute.Side;
import org.evidencedesk.shared.BusinessException;
import org.evidencedesk.shared.CanonicalJson;
import org.evidencedesk.shared.config.Settings;
import org.evidencedesk.signing.LongTermSigner;
import org.evidencedesk.signing.TimestampException;
import org.evidencedesk.signing.TimestampToken;
import org.evidencedesk.signing.Timestamper;

/**
 * Receiving evidence, in two steps. {@link #receive} streams the upload into the content-addressed store
 * (no transaction is held while bytes arrive). {@link #register} then, in one short transaction, timestamps
 * its SHA-256, locks the case, numbers the exhibit, signs the receipt, stores the item and writes the custody
 * log: an item exists with all of these, or not at all.
 */
@ApplicationScoped
public class EvidenceIntake {

    private static final Logger LOG = Logger.getLogger(EvidenceIntake.class.getName());

    @Inject
    private BlobStore blobs;

    @Inject
    private CaseWorkflow workflow;

    @Inject
    private DisputeCases cases;

    @Inject
    private EvidenceItems items;

    @Inject
    private BlobUploads uploads;

    @Inject
    private Timestamper timestamper;

    @Inject
    private LongTermSigner signer;

    @Inject
    private CustodyLog custody;

    @Inject
    private Settings settings;

    @Inject
    private Clock clock;

    /**
     * Checks that the user may submit evidence to the case now, before any byte of their upload is stored: those
     * who may not (another judge of the court, the investigator, a closed case) are refused without a file kept.
     *
     * @throws org.evidencedesk.dispute.CaseNotFoundException if the user may not see the case
     */
    @Transactional
    public void checkSubmitter(long caseId, @NotNull String username) {
        submitterSide(workflow.view(caseId, username));
    }

    /**
     * Whether the user may submit evidence to the case now: the rule {@link #checkSubmitter} and the registration
     * enforce, for the pages that offer Submit evidence only where it would be taken.
     */
    public static boolean accepts(CaseView view) {
        return view.actor().submitsEvidenceFor().isPresent() && view.disputeCase().acceptsEvidence();
    }

    private static Side submitterSide(CaseView view) {
        Side side = view.actor().submitsEvidenceFor()
                .orElseThrow(() -> new BusinessException("evidence.notASubmitter"));
        if (!view.disputeCase().acceptsEvidence()) {
            throw new BusinessException("evidence.caseClosed");
        }
        return side;
    }

    /** Streams an upload into the store, hashing it on the way; refuses empty and oversize uploads. */
    public ContentDigest receive(InputStream content) {
        return receive(limit -> blobs.store(content, limit));
    }

    /**
     * Streams an upload into the store as {@link #receive(InputStream)} does, keeping it only when its SHA-256 is the
     * one its sender announced (RFC 9530 {@code Content-Digest}).
     *
     * @throws ContentMismatchException when it is not; nothing was kept
     */
    public ContentDigest receive(InputStream content, @NotNull String expectedSha256) {
        return receive(limit -> blobs.store(content, limit, expectedSha256));
    }

    /**
     * Receives an upload the servlet container has already written to disk: {@code moveInto} moves it to the
     * path it is given (in the store's temporary directory, so usually by a rename), and the store keeps it
     * from there, read once for its digests and never copied again. Refuses empty and oversize uploads.
     */
    public ContentDigest receiveFile(FileMove moveInto) {
        return receive(limit -> {
            Path temporary = blobs.newTemporaryFile();
            try {
                moveInto.to(temporary);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(temporary);
                throw e;
            }
            return blobs.adopt(temporary, limit);
        });
    }

    /** Moves content that is already on disk to the given path. */
    @FunctionalInterface
    public interface FileMove {
        void to(Path target) throws IOException;
    }

    private interface Keeping {
        StoredBlob keep(long limit) throws IOException;
    }

    private ContentDigest receive(Keeping keeping) {
        try {
            StoredBlob stored = keeping.keep(settings.uploadLimitBytes());
            if (stored.digest().size() == 0) {
                throw new BusinessException("evidence.upload.empty");
            }
            // Its grace period starts now: the clean-up leaves it alone while its uploader describes it.
            uploads.received(stored.digest().sha256());
            return stored.digest();
        } catch (UploadTooLargeException e) {
            throw new BusinessException("evidence.upload.tooLarge", Bytes.readable(settings.uploadLimitBytes()));
        } catch (EmptyUploadException e) {
            throw new BusinessException("evidence.upload.empty");
        } catch (IOException e) {
            throw new BusinessException("evidence.upload.interrupted");
        }
    }

    @Transactional
    public EvidenceItem register(long caseId, @NotNull String username, @NotNull ContentDigest digest, String originalFilename,
                                 String mediaType, EvidenceMetadata metadata) {
        return register(caseId, username, digest, originalFilename, mediaType, metadata, null);
    }

    /**
     * Registers an item produced under a disclosure order ({@code production} not null): the caller has checked
     * the order allows it; the item is bound by the order's protective measures.
     */
    @Transactional
    public EvidenceItem register(long caseId, @NotNull String username, @NotNull ContentDigest digest, String originalFilename,
                                 String mediaType, EvidenceMetadata metadata, Production production) {
        CaseView view = workflow.view(caseId, username);
        DisputeCase disputeCase = view.disputeCase();
        Side side = submitterSide(view);
        metadata.validate();
        // Held until this transaction ends: the clean-up of unregistered blobs cannot remove it in between.
        uploads.holdForRegistration(digest.sha256());
        if (!blobs.exists(digest.sha256())) {
            throw new BusinessException("evidence.upload.interrupted");
        }
        // Millisecond precision: the receipt must say exactly what the database keeps.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        EvidenceItem.Received received = new EvidenceItem.Received(disputeCase, side, metadata,
                FileNames.clean(originalFilename), mediaTypeOrDefault(mediaType), digest, username, now, production);

        TimestampToken token = stamp(caseId, digest);

        cases.lockExclusively(disputeCase);
        int sequence = items.nextSequence(caseId, side);
        String exhibit = String.format("%s-%03d", side.exhibitPrefix(), sequence);
        String tsaName = token.tsaName().orElse("Evidence Desk built-in TSA");
        String receipt = receipt(received, exhibit, tsaName, token);
        EvidenceItem item = new EvidenceItem(received, sequence, exhibit, tsaName, token.serialNumber().toString(),
                token.genTime(), token.encoded(), receipt, sign(receipt));
        items.add(item);

        custody.append(caseId, username, CustodyAction.SUBMITTED, item.getId(), submission(item));
        custody.append(caseId, username, CustodyAction.TIMESTAMPED, item.getId(), Map.of("exhibit", exhibit,
                "tsa", tsaName, "serial", token.serialNumber().toString(), "time", token.genTime().toString()));
        LOG.info(() -> "Evidence " + exhibit + " received in case " + caseId + " from " + username + ", sha256 " + digest.sha256());
        return item;
    }

    /**
     * The token is taken before the case row is locked, so that however long the authority takes (an external
     * one over the network, the built-in one behind other callers) no other submission to the case waits for it.
     * The order of events stays sound: the receipt's time is read before the token is asked for, so it never
     * follows the token's time; the token binds the content's digest only, not the exhibit number, so numbering
     * after it changes nothing it proves; and the custody entries, written under the lock, come after both. Two
     * items of one case submitted together may be numbered in the other order than their tokens' times; the
     * exhibit order is the custody chain's order, and each item's token still follows its own receipt time. A
     * submission refused after stamping (the transaction rolls back) leaves a token nothing refers to and a gap
     * in the serials, which RFC 3161 allows.
     */
    private TimestampToken stamp(long caseId, ContentDigest digest) {
        try {
            return timestamper.stamp(HexFormat.of().parseHex(digest.sha256()));
        } catch (TimestampException e) {
            LOG.warning(() -> "No timestamp for an item of case " + caseId + ": " + e.getMessage());
            throw new BusinessException("evidence.tsaUnavailable");
        }
    }

    private static Map<String, Object> submission(EvidenceItem item) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("exhibit", item.getExhibitNumber());
        detail.put("sha256", item.getSha256());
        detail.put("sm3", item.getSm3());
        detail.put("size", item.getSizeBytes());
        detail.put("file", item.getOriginalFilename());
        if (item.getProducedUnder() != null) {
            detail.put("producedUnderRequest", item.getProducedUnder());
        }
        return detail;
    }

    /** The receipt's canonical JSON: what was received, from whom, when, and which token proves the time. */
    static String receipt(EvidenceItem.Received received, String exhibit, String tsaName, TimestampToken token) {
        DisputeCase disputeCase = received.disputeCase();
        return receipt(disputeCase.getDisplayNumber(), disputeCase.getId(), exhibit, received.metadata().title().strip(),
                received.originalFilename(), received.digest(), received.submittedBy(), received.submittedAt(), tsaName, token);
    }

    /** The same receipt from plain values, for the benchmark's evidence generator, which has no entities. */
    public static String receipt(String caseNumber, long caseId, String exhibit, String title, String file, ContentDigest digest,
                                 String submitter, Instant receivedAt, String tsaName, TimestampToken token) {
        Map<String, Object> receipt = new LinkedHashMap<>();
        receipt.put("case", caseNumber);
        receipt.put("caseId", caseId);
        receipt.put("exhibit", exhibit);
        receipt.put("title", title);
        receipt.put("file", file);
        receipt.put("size", digest.size());
        receipt.put("sha256", digest.sha256());
        receipt.put("sm3", digest.sm3());
        receipt.put("submitter", submitter);
        receipt.put("receivedAt", receivedAt.toString());
        receipt.put("tsa", tsaName);
        receipt.put("tsaSerial", token.serialNumber().toString());
        receipt.put("timestampedAt", token.genTime().toString());
        return CanonicalJson.write(receipt);
    }

    /** CAdES-BASELINE-LTA, so the receipt verifies offline long after its certificates expire. */
    private byte[] sign(String receipt) {
        return signer.signDetached(receipt.getBytes(StandardCharsets.UTF_8));
    }

    static String mediaTypeOrDefault(String mediaType) {
        if (mediaType == null || mediaType.isBlank() || mediaType.length() > 200 || !mediaType.matches("[\\w.+-]+/[\\w.+-]+.*")) {
            return "application/octet-stream";
        }
        return mediaType.strip();
    }
}
