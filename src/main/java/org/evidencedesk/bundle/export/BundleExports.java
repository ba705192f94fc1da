package org.evidencedesk.bundle.export;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.evidencedesk.bundle.BundleContents;
import org.evidencedesk.bundle.BundleItem;
import org.evidencedesk.bundle.BundleWriter;
import org.evidencedesk.bundle.CustodyLogFile;
import org.evidencedesk.bundle.PartSpool;
import org.evidencedesk.custody.CustodyAction;
import org.evidencedesk.custody.CustodyCheckpoints;
import org.evidencedesk.custody.CustodyLog;
import org.evidencedesk.custody.SignedCheckpoint;
import org.evidencedesk.dispute.CaseView;
import org.evidencedesk.dispute.CaseWorkflow;
import org.evidencedesk.dispute.DisputeCase;
import org.evidencedesk.dispute.Party;
import org.evidencedesk.dispute.Side;
import org.evidencedesk.documents.EvidenceListDocument;
import org.evidencedesk.documents.EvidenceListPdf;
import org.evidencedesk.documents.PdfSigner;
import org.evidencedesk.evidence.BlobStore;
import org.evidencedesk.evidence.EvidenceAccess;
import org.evidencedesk.evidence.EvidenceItem;
import org.evidencedesk.evidence.EvidenceItems;
import org.evidencedesk.evidence.ReceiptSignatures;
import org.evidencedesk.shared.Alongside;
import org.evidencedesk.shared.BusinessException;
import org.evidencedesk.shared.Sha256;
import org.evidencedesk.shared.config.Settings;
import org.evidencedesk.shared.config.TemporaryDirectory;
import org.evidencedesk.signing.LongTermSigner;
import org.evidencedesk.signing.SigningKeys;

/**
 * Exports a case's evidence as a signed bundle (only items the user may take a copy of: see
 * {@link EvidenceAccess#copyableItems}), in three calls so that no transaction stays open while
 * gigabytes stream: {@link #prepare} (a short transaction: access, selection, checkpoint, signing),
 * {@link #write} (no transaction: the stream), {@link #record} (a short transaction: the custody entry, with
 * the SHA-256 of exactly the bytes that went out, written only after the last of them).
 */
@ApplicationScoped
public class BundleExports {

    private static final Logger LOG = Logger.getLogger(BundleExports.class.getName());
    /** How many of the case's items an export reads at a time (see {@link #select}). */
    private static final int WINDOW = 500;
    /** An ASiC-E container (ETSI EN 319 162-1), a zip. */
    public static final String MEDIA_TYPE = "application/vnd.etsi.asic-e+zip";

    @Inject
    private CaseWorkflow workflow;

    @Inject
    private EvidenceAccess access;

    @Inject
    private EvidenceItems items;

    @Inject
    private CustodyLog custody;

    @Inject
    private CustodyCheckpoints checkpoints;

    @Inject
    private BlobStore blobs;

    @Inject
    private LongTermSigner signer;

    @Inject
    private SigningKeys keys;

    @Inject
    private Settings settings;

    @Inject
    private Clock clock;

    @Inject
    private PdfSigner pdfSigner;

    @Inject
    private EvidenceListPdf evidenceLists;

    @Inject
    private ReceiptSignatures receiptSignatures;

    /** Where the export's parts and custody log are spooled while it streams (see {@link TemporaryDirectory}). */
    @Inject
    private TemporaryDirectory temporary;

    /** The application server's default pool, which draws and signs the evidence list beside the export's own thread. */
    @Resource
    private ManagedExecutorService executor;

    /** A bundle signed and ready to stream, with what the custody entry will say about it. */
    public record PreparedExport(long caseId, String caseNumber, String selection, List<String> exhibits,
                                 Map<String, Long> itemIds, BundleWriter.Prepared bundle) {

        public long length() {
            return bundle.length();
        }

        public String filename() {
            return caseNumber + " evidence.asice";
        }
    }

    /** What went out: the SHA-256 and length of the bytes written. */
    public record Written(String sha256, long length) {
    }

    /**
     * Selects the items the user may see, takes a custody checkpoint and signs the bundle's manifest. The evidence list
     * is drawn and signed on another thread meanwhile (see {@link #select}).
     *
     * @throws org.evidencedesk.dispute.CaseNotFoundException if the user may not see the case
     * @throws BusinessException if the user may not export from it or the selection holds nothing
     */
    @Transactional
    public PreparedExport prepare(long caseId, @NotNull String username, BundleSelection selection) throws IOException {
        ExportPhases phases = new ExportPhases();
        CaseView view = workflow.view(caseId, username);
        if (!view.actor().isCounsel() && !view.actor().isCourtStaff()) {
            throw new BusinessException("bundle.notAllowed");
        }
        PartSpool spool = PartSpool.toFile(temporary.newFile("bundle-parts-" + caseId + "-", ".bin"));
        try {
            return prepare(view, username, selection, spool, phases);
        } catch (IOException | RuntimeException | Error e) {
            spool.delete();
            throw e;
        }
    }

    private PreparedExport prepare(CaseView view, String username, BundleSelection selection, PartSpool spool,
                                   ExportPhases phases) throws IOException {
        long caseId = view.disputeCase().getId();
        Selected selected = select(view, username, selection, spool, phases);
        try {
            SignedCheckpoint checkpoint = checkpoints.checkpoint(caseId, username);
            phases.done("checkpoint");
            // Only the entries the exporter may see go in whole; the others as bare links, so the chain still checks.
            // Spooled a row at a time: at 10,000 items the log is tens of MB, which the heap never holds whole.
            CustodyLogFile log = CustodyLogFile.spool(temporary.newFile("custody-log-" + caseId + "-", ".jsonl"),
                    out -> custody.exportJsonLines(view, out));
            phases.done("custody log");
            try {
                PreparedExport export = prepare(view, username, selection, selected, checkpoint, log, spool, phases);
                LOG.info(() -> "Bundle of case " + caseId + " for " + username + ": " + selected.items().size() + " items, "
                        + export.length() + " bytes, prepared in " + phases.totalMillis() + " ms (" + phases + ")");
                return export;
            } catch (IOException | RuntimeException e) {
                log.delete();
                throw e;
            }
        } finally {
            selected.drawing().abandon();
        }
    }

    /**
     * The items the exporter may copy, as the bundle carries them, with the drawing of their list begun. The case's items
     * are read {@value #WINDOW} at a time, and each window's entities are let go once their bundle items are made (their
     * tokens, receipts and receipt signatures spooled): an entity holds its token and receipt signature in Base64 too,
     * about 12 KB, and at 10,000 items all of them together took the live heap of an export to 425–451 MiB of the
     * benchmark's 512 (issue 16, docs/benchmarks.md).
     */
    private Selected select(CaseView view, String username, BundleSelection selection, PartSpool spool, ExportPhases phases)
            throws IOException {
        long caseId = view.disputeCase().getId();
        ZoneId zone = settings.timeZone();
        List<EvidenceListDocument.Row> rows = new ArrayList<>();
        Map<String, Long> ids = new LinkedHashMap<>();
        List<BundleItem> bundleItems = new ArrayList<>();
        access.copyableItemsToRead(view, WINDOW, window -> {
            List<EvidenceItem> chosen = window.stream().filter(selection::includes).toList();
            if (chosen.isEmpty()) {
                return;
            }
            // The receipts' current versions: a bundle exported after a renewal carries the renewed chain.
            Map<Long, byte[]> receipts = receiptSignatures.current(caseId, chosen);
            for (EvidenceItem item : chosen) {
                rows.add(row(item, zone));
                ids.put(item.getExhibitNumber(), item.getId());
                bundleItems.add(bundleItem(item, receipts.get(item.getId()), spool));
            }
        });
        if (bundleItems.isEmpty()) {
            throw new BusinessException("bundle.nothingSelected");
        }
        phases.done("items");
        // Drawing and signing the list need nothing of the export's transaction, and at 10,000 items take as long as
        // the checkpoint and the custody log together: they run beside them.
        Alongside<Drawn> drawing = Alongside.start(executor, new TimedDrawing(evidenceList(view, username, rows), Thread.currentThread()));
        return new Selected(bundleItems, ids, drawing);
    }

    /** The selected items as the bundle carries them, their ids by exhibit number, and their list being drawn. */
    private record Selected(List<BundleItem> items, Map<String, Long> ids, Alongside<Drawn> drawing) {
    }

    private PreparedExport prepare(CaseView view, String username, BundleSelection selection, Selected selected,
                                   SignedCheckpoint checkpoint, CustodyLogFile log, PartSpool spool, ExportPhases phases)
            throws IOException {
        long caseId = view.disputeCase().getId();
        String caseNumber = view.disputeCase().getDisplayNumber();
        Drawn drawn = selected.drawing().get();
        if (drawn.beside()) {
            phases.done("evidence list awaited");
            phases.beside("evidence list drawn", drawn.drawMillis());
            phases.beside("evidence list signed", drawn.signMillis());
        } else {
            // No pool thread had begun it (all busy): this thread drew and signed it just now.
            phases.done("evidence list drawn and signed here");
        }
        byte[] evidenceList = drawn.signed();
        BundleContents contents = new BundleContents(caseNumber, caseId, username,
                clock.instant().truncatedTo(ChronoUnit.MILLIS), selection.describe(), selected.items(), log,
                new BundleContents.CheckpointFiles(checkpoint.statement(), checkpoint.signature(), checkpoint.token()),
                keys.rootCertificate(), keys.timestamping().certificate(), keys.signing().certificate(),
                Optional.of(evidenceList), keys.courtRoot(), spool);
        BundleWriter.Prepared bundle = new BundleWriter(signer, blobs::open).prepare(contents, settings.timeZone());
        phases.done("manifest signed");
        return new PreparedExport(caseId, caseNumber, selection.describe(), List.copyOf(selected.ids().keySet()),
                selected.ids(), bundle);
    }

    /** The evidence list (证据目录) of the selected items, in both languages, times in the court's zone. */
    private EvidenceListDocument evidenceList(CaseView view, String username, List<EvidenceListDocument.Row> rows) {
        DisputeCase disputeCase = view.disputeCase();
        return new EvidenceListDocument(
                disputeCase.getCourt().getNameZh() + " " + disputeCase.getCourt().getNameEn(), disputeCase.getDisplayNumber(),
                names(disputeCase, Side.CLAIMANT), names(disputeCase, Side.RESPONDENT), username,
                clock.instant().atZone(settings.timeZone()), rows);
    }

    /** An item's row in the evidence list. */
    private static EvidenceListDocument.Row row(EvidenceItem item, ZoneId zone) {
        return new EvidenceListDocument.Row(item.getExhibitNumber(), item.getTitle(), item.getFactToProve(), item.getSource(),
                item.getSha256(), item.getSm3(), item.getTimestampedAt().atZone(zone));
    }

    /** The evidence list drawn and signed, how long each took, and whether a thread other than the export's did it. */
    private record Drawn(byte[] signed, long drawMillis, long signMillis, boolean beside) {
    }

    /**
     * Draws the list and signs it as the rulings are signed (PAdES-BASELINE-LTA: its time-stamps come from the
     * installation's authority, its validation data from its own authorities), on whichever thread takes it up.
     */
    private final class TimedDrawing implements Alongside.Work<Drawn> {

        private final EvidenceListDocument list;
        private final Thread exporter;

        TimedDrawing(EvidenceListDocument list, Thread exporter) {
            this.list = list;
            this.exporter = exporter;
        }

        @Override
        public Drawn call() throws IOException {
            long start = System.nanoTime();
            byte[] pdf = evidenceLists.render(list);
            long drawn = System.nanoTime();
            byte[] signed = evidenceLists.sign(pdf, list, pdfSigner);
            long end = System.nanoTime();
            return new Drawn(signed, (drawn - start) / 1_000_000, (end - drawn) / 1_000_000, Thread.currentThread() != exporter);
        }
    }

    private static List<String> names(DisputeCase disputeCase, Side side) {
        return disputeCase.partiesOn(side).stream().map(Party::getName).toList();
    }

    /**
     * Streams the bundle to {@code out}, hashing what goes out. Stored evidence that no longer has its
     * recorded SHA-256 stops the export, is flagged on its item and logged as severe. Written once: its spooled
     * custody log is removed afterwards, whatever happened.
     */
    public Written write(PreparedExport export, OutputStream out) throws IOException {
        long start = System.nanoTime();
        MessageDigest sha256 = Sha256.newDigest();
        Counter counter = new Counter(new DigestOutputStream(out, sha256));
        try {
            export.bundle().writeTo(counter);
        } catch (BundleWriter.ChangedEvidenceException e) {
            LOG.severe(() -> "Bundle export of case " + export.caseId() + " stopped: " + e.getMessage());
            Long id = export.itemIds().get(e.exhibit());
            if (id != null) {
                items.flagIntegrityProblem(id, "found during a bundle export: " + e.getMessage());
            }
            throw e;
        } finally {
            export.bundle().discard();
        }
        LOG.info(() -> "Bundle of case " + export.caseId() + ": " + counter.count + " bytes written in "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
        return new Written(HexFormat.of().formatHex(sha256.digest()), counter.count);
    }

    /** Records, after its last byte went out, that the bundle left. */
    @Transactional
    public void record(PreparedExport export, @NotNull String username, Written written) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("file", export.filename());
        detail.put("sha256", written.sha256());
        detail.put("size", written.length());
        detail.put("items", String.join(",", export.exhibits()));
        // The ids let the custody audience judge who may see this entry: only those who may see every item in it.
        detail.put("itemIds", List.copyOf(export.itemIds().values()));
        detail.put("selection", export.selection());
        custody.append(export.caseId(), username, CustodyAction.BUNDLE_EXPORTED, null, detail);
    }

    /** The item as the bundle carries it, its token, receipt and receipt signature added to the spool. */
    static BundleItem bundleItem(EvidenceItem item, byte[] receiptSignature, PartSpool spool) throws IOException {
        return new BundleItem(item.getExhibitNumber(), item.getTitle(), item.getFactToProve(), item.getSource(),
                item.getSide().name(), item.getStatus().name(), item.getOriginalFilename(), item.getMediaType(),
                item.getSizeBytes(), item.getSha256(), item.getSm3(), item.getSubmittedAt(), item.getTimestampedAt(),
                item.getTsaSerial(), spool.append(item.timestampTokenBytes()),
                spool.append(item.getReceiptJson().getBytes(StandardCharsets.UTF_8)), spool.append(receiptSignature));
    }


    /** Counts the bytes that went out. */
    private static final class Counter extends java.io.FilterOutputStream {

        private long count;

        Counter(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
