package org.evidencedesk.evidence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.evidencedesk.bundle.BundleWriter;
import org.evidencedesk.bundle.export.BundleExports;
import org.evidencedesk.bundle.export.BundleSelection;
import org.evidencedesk.bundle.verify.BundleReport;
import org.evidencedesk.bundle.verify.BundleVerifier;
import org.evidencedesk.custody.CustodyAction;
import org.evidencedesk.custody.CustodyCheckpoints;
import org.evidencedesk.custody.CustodyEntry;
import org.evidencedesk.custody.CustodyLog;
import org.evidencedesk.custody.SignedCheckpoint;
import org.evidencedesk.custody.revocation.CertificateRevocation;
import org.evidencedesk.custody.revocation.CertificateRevoked;
import org.evidencedesk.dispute.CaseDetails;
import org.evidencedesk.dispute.CaseNotFoundException;
import org.evidencedesk.dispute.CaseView;
import org.evidencedesk.dispute.CaseWorkflow;
import org.evidencedesk.dispute.Courts;
import org.evidencedesk.dispute.IpType;
import org.evidencedesk.dispute.MemberRole;
import org.evidencedesk.dispute.PartyDetails;
import org.evidencedesk.dispute.PartyKind;
import org.evidencedesk.dispute.TechnologyArea;
import org.evidencedesk.documents.EvidenceListDocument;
import org.evidencedesk.documents.EvidenceListPdf;
import org.evidencedesk.documents.PdfSigner;
import org.evidencedesk.documents.RulingDocument;
import org.evidencedesk.documents.RulingPdf;
import org.evidencedesk.identity.Role;
import org.evidencedesk.identity.AccountProvisioning;
import org.evidencedesk.shared.BusinessException;
import org.evidencedesk.shared.config.Settings;
import org.evidencedesk.shared.persistence.DataSourceConfiguration;
import org.evidencedesk.signing.BouncyCastleTimestampAuthority;
import org.evidencedesk.signing.PublicTimestamps;
import org.evidencedesk.signing.Revocation;
import org.evidencedesk.signing.RevocationReason;
import org.evidencedesk.signing.RevokedCertificate;
import org.evidencedesk.signing.RevokedCertificates;
import org.evidencedesk.signing.SignatureVerifier;
import org.evidencedesk.signing.SigningKeys;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In the container: intake numbers, stamps and chains items; a failure half-way leaves nothing behind;
 * the access policy holds by id; a changed custody row is found; a chain begun before V9 goes on and verifies; a
 * bundle export holds what its exporter may see, verifies, and is recorded with its SHA-256, and changed stored
 * evidence stops it; an administrator's revocation of a certificate is recorded, and written to the custody logs of
 * the cases it touches.
 */
@ExtendWith(ArquillianExtension.class)
class EvidencePersistenceIT {

    private static final String PASSWORD = "a long enough pass phrase";


    @Inject
    EvidenceIntake intake;

    @Inject
    EvidenceAccess access;

    @Inject
    CustodyLog custody;

    @Inject
    CaseWorkflow workflow;

    @Inject
    Courts courts;

    @Inject
    AccountProvisioning provisioning;

    @Inject
    Settings settings;

    @Inject
    IntegritySweep sweep;

    @Inject
    CustodyCheckpoints checkpoints;

    @Inject
    SigningKeys keys;

    @Inject
    @PublicTimestamps
    BouncyCastleTimestampAuthority publicAuthority;

    @Inject
    BundleExports exports;

    @Inject
    RulingPdf rulings;

    @Inject
    PdfSigner pdfSigner;

    @Inject
    EvidenceListPdf evidenceLists;

    @Inject
    CertificateRevocation revocation;

    @Inject
    RevokedCertificates revocations;

    @Inject
    EvidenceItems items;

    @Inject
    jakarta.transaction.UserTransaction transaction;

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    jakarta.enterprise.concurrent.ManagedExecutorService executor;

    private String claimant;
    private String respondent;
    private String stranger;
    private long caseId;

    @BeforeEach
    void aCaseWithBothSides() {
        long court = courts.byCode("BJIPC").orElseThrow().getId();
        claimant = user("claimant", Role.COUNSEL, null);
        respondent = user("respondent", Role.COUNSEL, null);
        stranger = user("stranger", Role.COUNSEL, null);
        String clerk = user("clerk", Role.CLERK, court);
        caseId = workflow.file(new CaseDetails("Evidence " + System.nanoTime(), IpType.TRADE_SECRET, TechnologyArea.DATA,
                "Claims", "Relief", List.of(new PartyDetails(PartyKind.RIGHTS_HOLDER, "Holder", true),
                        new PartyDetails(PartyKind.MERCHANT, "Merchant", true))), court, claimant).getId();
        workflow.addMember(caseId, workflow.view(caseId, clerk).disputeCase().getVersion(), clerk, respondent,
                MemberRole.RESPONDENT_COUNSEL);
    }

    @Test
    void itemsAreNumberedPerSideStampedSignedAndChained() {
        EvidenceItem first = submit(claimant, "first", Confidentiality.PARTIES);
        EvidenceItem second = submit(claimant, "second", Confidentiality.PARTIES);
        EvidenceItem theirs = submit(respondent, "theirs", Confidentiality.PARTIES);

        assertEquals("P-001", first.getExhibitNumber());
        assertEquals("P-002", second.getExhibitNumber());
        assertEquals("D-001", theirs.getExhibitNumber());
        assertTrue(first.timestampTokenBytes().length > 100);
        assertTrue(first.receiptSignatureBytes().length > 100);
        assertTrue(first.getReceiptJson().contains("\"exhibit\":\"P-001\""));
        List<CustodyEntry> chain = custody.entries(caseId);
        assertEquals(List.of(CustodyAction.SUBMITTED, CustodyAction.TIMESTAMPED), chain.subList(0, 2).stream().map(CustodyEntry::getAction).toList());
        assertEquals(List.of(), custody.verify(caseId));
    }

    /**
     * Intake takes its time-stamp before it locks the case (issue 11, finding 3): while another transaction holds
     * the case row, the waiting submission has its token already, so no authority's pace is ever added to the
     * time the case stays locked. The receipt's time still precedes the token's, and the custody entries follow.
     */
    @Test
    void theTokenIsTakenBeforeTheCaseRowIsLocked() throws Exception {
        ContentDigest digest = intake.receive(new ByteArrayInputStream("stamped while the case is locked".getBytes(StandardCharsets.UTF_8)));
        java.time.Instant released;
        java.util.concurrent.Future<EvidenceItem> waiting;
        java.util.concurrent.atomic.AtomicReference<java.time.Instant> finished = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicReference<Thread> submitter = new java.util.concurrent.atomic.AtomicReference<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement lock = connection.prepareStatement("UPDATE dispute_case SET version = version WHERE id = ?")) {
                lock.setLong(1, caseId);
                assertEquals(1, lock.executeUpdate(), "the case row, locked by an update not yet committed");
                waiting = executor.submit(() -> {
                    submitter.set(Thread.currentThread());
                    EvidenceItem registered = intake.register(caseId, claimant, digest, "locked.txt", "text/plain",
                            new EvidenceMetadata("Item locked", "What it proves", null, Confidentiality.PARTIES));
                    finished.set(java.time.Instant.now());
                    return registered;
                });
                awaitLockWait(submitter);
                // Over a second, so that a token taken now has an earlier whole second (genTime is to the second),
                // and under H2's default lock timeout of 2 s.
                Thread.sleep(1100);
                released = java.time.Instant.now();
                connection.commit();
            }
        }
        EvidenceItem item = waiting.get(60, java.util.concurrent.TimeUnit.SECONDS);

        assertTrue(finished.get().isAfter(released), "the submission waited for the case row until " + released
                + " and finished at " + finished.get());
        assertTrue(item.getTimestampedAt().isBefore(released.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)),
                "token time " + item.getTimestampedAt() + " precedes the lock's release at " + released);
        assertFalse(item.getSubmittedAt().isAfter(item.getTimestampedAt().plusSeconds(1)),
                "the receipt's time does not follow the token's, within its accuracy of a second");
        List<CustodyEntry> chain = custody.entries(caseId);
        CustodyEntry timestamped = chain.get(chain.size() - 1);
        assertEquals(CustodyAction.TIMESTAMPED, timestamped.getAction());
        assertFalse(timestamped.getOccurredAt().isBefore(item.getTimestampedAt()), "the custody entry follows the token");
        assertEquals(List.of(), custody.verify(caseId));
    }

    /** Waits until the submitting thread is inside {@code DisputeCases.lockExclusively}, waiting for the case row. */
    private static void awaitLockWait(java.util.concurrent.atomic.AtomicReference<Thread> submitter) throws InterruptedException {
        awaitWaitIn(submitter, "lockExclusively");
    }

    /** Waits until the submitting thread is inside the method named {@code method}. */
    private static void awaitWaitIn(java.util.concurrent.atomic.AtomicReference<Thread> submitter, String method)
            throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            Thread thread = submitter.get();
            if (thread != null && java.util.Arrays.stream(thread.getStackTrace())
                    .anyMatch(frame -> frame.getMethodName().equals(method))) {
                return;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("the submission never waited in " + method);
    }

    /**
     * A download while an item is registered in the same case (seen under load on PostgreSQL: "deadlock detected",
     * a 500 for the download). A download appends its custody entry; inserting it checks that its case exists, which
     * on PostgreSQL takes a share of the case row. It used to take that share after locking the chain's head, while
     * registering locks the case row first and the head after, so each waited for the other. Every append now takes
     * the share before the head. Here another transaction holds the case row as registering does; the download waits
     * for it without holding the head, so the holder can still take the head, as registering goes on to do.
     */
    @Test
    void aDownloadWaitsForTheCaseRowBeforeItHoldsTheChain() throws Exception {
        EvidenceItem item = submit(claimant, "downloaded beside a registration", Confidentiality.PARTIES);
        java.util.concurrent.Future<?> downloading;
        java.util.concurrent.atomic.AtomicReference<Thread> downloader = new java.util.concurrent.atomic.AtomicReference<>();
        try (Connection registration = dataSource.getConnection()) {
            boolean postgresql = registration.getMetaData().getDatabaseProductName().contains("PostgreSQL");
            registration.setAutoCommit(false);
            try (PreparedStatement caseRow = registration.prepareStatement("SELECT id FROM dispute_case WHERE id = ? FOR UPDATE");
                 PreparedStatement head = registration.prepareStatement("UPDATE custody_head SET sequence = sequence WHERE case_id = ?")) {
                caseRow.setLong(1, caseId);
                caseRow.executeQuery().close();
                downloading = executor.submit(() -> {
                    downloader.set(Thread.currentThread());
                    return access.download(item.getId(), respondent, "token");
                });
                if (postgresql) {
                    awaitWaitIn(downloader, "shareCaseRow");
                } else {
                    // H2's foreign-key check takes no lock: the download does not wait for the case row at all.
                    downloading.get(60, java.util.concurrent.TimeUnit.SECONDS);
                }
                head.setLong(1, caseId);
                assertEquals(1, head.executeUpdate(), "the head, free while the download waits for the case row");
                registration.commit();
            }
        }
        downloading.get(60, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(CustodyAction.DOWNLOADED, custody.entries(caseId).get(custody.entries(caseId).size() - 1).getAction());
        assertEquals(List.of(), custody.verify(caseId));
    }

    @Test
    void identicalContentIsStoredOnceAndRecordedTwice() throws IOException {
        EvidenceItem one = submit(claimant, "same bytes", Confidentiality.PARTIES);
        EvidenceItem two = submit(claimant, "same bytes", Confidentiality.PARTIES);

        assertEquals(one.getSha256(), two.getSha256());
        assertTrue(!one.getExhibitNumber().equals(two.getExhibitNumber()));
        try (Stream<Path> blobs = Files.walk(settings.dataDirectory().resolve("blobs/sha256"))) {
            assertEquals(1, blobs.filter(path -> path.getFileName().toString().equals(one.getSha256())).count());
        }
    }

    @Test
    void anUploadCutOffHalfWayLeavesNoBlobNoItemAndNoLogEntry() throws IOException {
        int entries = custody.entries(caseId).size();
        InputStream cutOff = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent++ > 300_000) {
                    throw new IOException("client went away");
                }
                return 'x';
            }
        };

        BusinessException refused = assertThrows(BusinessException.class, () -> intake.receive(cutOff));

        assertEquals("evidence.upload.interrupted", refused.messageKey());
        try (Stream<Path> leftovers = Files.list(settings.dataDirectory().resolve("blobs/tmp"))) {
            assertEquals(0, leftovers.count());
        }
        assertEquals(entries, custody.entries(caseId).size());
        assertTrue(access.visibleItems(caseId, claimant).isEmpty());
    }

    @Test
    void emptyUploadsAreRefused() {
        BusinessException refused = assertThrows(BusinessException.class,
                () -> intake.receive(new ByteArrayInputStream(new byte[0])));

        assertEquals("evidence.upload.empty", refused.messageKey());
    }

    @Test
    void anUploadOneByteOverTheLimitIsRefusedNamingTheLimitAndLeavesNothing() throws IOException {
        long limit = settings.uploadLimitBytes();
        long blobsBefore = countFiles(settings.dataDirectory().resolve("blobs/sha256"));
        GeneratedStream overSize = GeneratedStream.of(limit + 1, 7);

        BusinessException refused = assertThrows(BusinessException.class, () -> intake.receive(overSize));

        assertEquals("evidence.upload.tooLarge", refused.messageKey());
        assertEquals(List.of(Bytes.readable(limit)), List.of(refused.arguments()));
        assertEquals(limit + 1, overSize.delivered(), "read one byte past the limit, no more");
        assertEquals(blobsBefore, countFiles(settings.dataDirectory().resolve("blobs/sha256")));
        try (Stream<Path> leftovers = Files.list(settings.dataDirectory().resolve("blobs/tmp"))) {
            assertEquals(0, leftovers.count());
        }
    }

    private static long countFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void theOtherSideDoesNotSeeCourtOnlyItemsAndStrangersSeeNothing() {
        EvidenceItem forCourt = submit(claimant, "for the court", Confidentiality.COURT_ONLY);
        EvidenceItem shared = submit(claimant, "shared", Confidentiality.PARTIES);

        assertThrows(CaseNotFoundException.class, () -> access.view(forCourt.getId(), respondent));
        assertEquals(shared.getId(), access.view(shared.getId(), respondent).item().getId());
        assertFalse(access.visibleItems(caseId, respondent).stream().anyMatch(item -> item.getId().equals(forCourt.getId())));
        assertThrows(CaseNotFoundException.class, () -> access.view(shared.getId(), stranger));
        assertThrows(CaseNotFoundException.class, () -> access.download(shared.getId(), stranger, "content"));
    }

    @Test
    void anExportReadsTheSameItemsAsTheListWindowByWindowAndLetsGoOfThem() throws Exception {
        EvidenceItem forCourt = submit(claimant, "kept for the court", Confidentiality.COURT_ONLY);
        EvidenceItem shared = submit(claimant, "kept for both", Confidentiality.PARTIES);
        submit(respondent, "the respondent's own", Confidentiality.PARTIES);

        transaction.begin();
        try {
            CaseView view = workflow.view(caseId, respondent);
            List<EvidenceItem> tracked = access.copyableItems(view);
            // Windows of two: the case's items (three at least) take more than one.
            List<List<EvidenceItem>> windows = new java.util.ArrayList<>();
            access.copyableItemsToRead(view, 2, windows::add);
            List<EvidenceItem> read = windows.stream().flatMap(List::stream).toList();

            assertTrue(windows.size() > 1);
            assertEquals(tracked.stream().map(EvidenceItem::getId).toList(), read.stream().map(EvidenceItem::getId).toList());
            assertTrue(read.stream().anyMatch(item -> item.getId().equals(shared.getId())));
            assertFalse(read.stream().anyMatch(item -> item.getId().equals(forCourt.getId())));
            // No longer the transaction's: finding the item by id reads a new copy of it, with the same columns.
            EvidenceItem readShared = read.stream().filter(item -> item.getId().equals(shared.getId())).findFirst().orElseThrow();
            EvidenceItem found = items.byId(shared.getId()).orElseThrow();
            assertNotSame(readShared, found);
            assertEquals(found.getSha256(), readShared.getSha256());
            assertArrayEquals(found.timestampTokenBytes(), readShared.timestampTokenBytes());
            assertSame(found, items.byId(shared.getId()).orElseThrow(), "an item the transaction holds is found as itself");
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void viewsOfNonPublicItemsAreLoggedAndAChangedLogRowIsFound() throws Exception {
        EvidenceItem item = submit(claimant, "logged", Confidentiality.COUNSEL_ONLY);
        access.view(item.getId(), respondent);
        access.download(item.getId(), respondent, "content");

        List<CustodyEntry> chain = custody.entries(caseId);
        assertEquals(CustodyAction.DOWNLOADED, chain.get(chain.size() - 1).getAction());
        assertEquals(CustodyAction.VIEWED, chain.get(chain.size() - 2).getAction());
        assertEquals(List.of(), custody.verify(caseId));

        try (Connection connection = dataSource.getConnection();
             PreparedStatement edit = connection.prepareStatement(
                     "update custody_entry set actor = 'someone-else' where case_id = ? and sequence = 1")) {
            edit.setLong(1, caseId);
            edit.executeUpdate();
        }
        assertEquals(List.of("the details of entry 1 do not match its commitment"), custody.verify(caseId));

        update("update custody_entry set commitment = '" + "f".repeat(64) + "' where case_id = ? and sequence = 2");
        assertEquals(List.of("the details of entry 1 do not match its commitment", "entry 2 was changed after it was written",
                "the details of entry 2 do not match its commitment"), custody.verify(caseId));
    }

    /**
     * Migration V9: a chain begun before it keeps its format 1 entries as written, goes on in format 2 from their
     * last hash, verifies, and exports to counsel with the old entry about an item counsel may not see withheld.
     */
    @Test
    void aChainBegunBeforeV9GoesOnInFormat2AndItsBundlesVerify() throws Exception {
        String previous = CustodyEntry.GENESIS;
        long sequence = 0;
        for (java.util.Map<String, Object> old : List.of(
                java.util.Map.<String, Object>of("actor", "clerk", "action", "CHECKPOINT", "detail", "{\"sequence\":0}"),
                java.util.Map.<String, Object>of("actor", "respondent", "action", "SUBMITTED", "item", 999_999L,
                        "detail", "{\"exhibit\":\"D-099\",\"file\":\"before V9.bin\"}"))) {
            previous = insertFormat1(++sequence, old, previous);
        }
        EvidenceItem item = submit(claimant, "after V9 " + System.nanoTime(), Confidentiality.PARTIES);

        List<CustodyEntry> chain = custody.entries(caseId);
        assertEquals(List.of(1, 1, 2, 2), chain.stream().map(CustodyEntry::getFormatVersion).toList());
        assertEquals(previous, chain.get(2).getPreviousHash());
        assertEquals(List.of(), custody.verify(caseId));

        BundleExports.PreparedExport export = exports.prepare(caseId, claimant, BundleSelection.all());
        assertEquals(List.of(item.getExhibitNumber()), export.exhibits());
        Path file = Files.createTempFile("bundle", ".asice");
        try {
            try (java.io.OutputStream out = Files.newOutputStream(file)) {
                exports.write(export, out);
            }
            String log;
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                log = new String(zip.getInputStream(zip.getEntry("custody/custody-log.jsonl")).readAllBytes(), StandardCharsets.UTF_8);
            }
            assertFalse(log.contains("before V9.bin") || log.contains("D-099"), log);
            assertTrue(log.lines().toList().get(1).contains("\"v\":1,\"previousHash\""), log);
            BundleReport report = new BundleVerifier(java.time.Clock.systemUTC()).verify(file, java.util.Optional.of(keys.rootCertificate()));
            assertTrue(report.passed(), report.toString());
            assertTrue(report.findings().stream().anyMatch(finding -> finding.check().equals("custodyWithheld")
                    && finding.detail().toString().contains("1 of them, written before")), report.findings().toString());
        } finally {
            Files.delete(file);
        }

        update("update custody_entry set detail = '{\"exhibit\":\"D-098\",\"file\":\"before V9.bin\"}'"
                + " where case_id = ? and sequence = 2");
        assertEquals(List.of("entry 2 was changed after it was written"), custody.verify(caseId));
    }

    /** A format 1 row, as the application wrote it before V9: its hash over the whole canonical entry. */
    private String insertFormat1(long sequence, java.util.Map<String, Object> old, String previous) throws Exception {
        java.time.Instant at = java.time.Instant.parse("2026-01-05T08:00:00.123Z").plusSeconds(sequence);
        java.util.Map<String, Object> canonical = new java.util.LinkedHashMap<>();
        canonical.put("case", caseId);
        canonical.put("sequence", sequence);
        canonical.put("at", at.toString());
        canonical.put("actor", old.get("actor"));
        canonical.put("action", old.get("action"));
        canonical.put("item", old.get("item"));
        canonical.put("detail", new org.evidencedesk.shared.CanonicalJson.Raw((String) old.get("detail")));
        String hash = org.evidencedesk.custody.ChainLink.hash(org.evidencedesk.shared.CanonicalJson.write(canonical), previous);
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement("insert into custody_entry (case_id, sequence, occurred_at,"
                    + " actor, action, item_id, detail, previous_hash, entry_hash, format_version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
                insert.setLong(1, caseId);
                insert.setLong(2, sequence);
                insert.setTimestamp(3, java.sql.Timestamp.from(at));
                insert.setString(4, (String) old.get("actor"));
                insert.setString(5, (String) old.get("action"));
                if (old.get("item") == null) {
                    insert.setNull(6, java.sql.Types.BIGINT);
                } else {
                    insert.setLong(6, (Long) old.get("item"));
                }
                insert.setString(7, (String) old.get("detail"));
                insert.setString(8, previous);
                insert.setString(9, hash);
                insert.executeUpdate();
            }
            try (PreparedStatement head = connection.prepareStatement(sequence == 1
                    ? "insert into custody_head (sequence, head_hash, case_id) values (?, ?, ?)"
                    : "update custody_head set sequence = ?, head_hash = ? where case_id = ?")) {
                head.setLong(1, sequence);
                head.setString(2, hash);
                head.setLong(3, caseId);
                head.executeUpdate();
            }
        }
        return hash;
    }

    private void update(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement edit = connection.prepareStatement(sql)) {
            edit.setLong(1, caseId);
            edit.executeUpdate();
        }
    }

    @Test
    void theIntegritySweepFindsAChangedByteAndFlagsTheItem() throws Exception {
        EvidenceItem item = submit(claimant, "to be damaged " + System.nanoTime(), Confidentiality.PARTIES);
        assertTrue(sweep.run().problems().stream().noneMatch(problem -> problem.contains(item.getExhibitNumber() + ":")
                && problem.startsWith("case " + caseId)));
        damageStoredContent(item);

        IntegritySweep.SweepReport report = sweep.run();

        assertTrue(report.problems().stream().anyMatch(problem -> problem.startsWith("case " + caseId + ", "
                + item.getExhibitNumber() + ": stored content changed")), report.problems().toString());
        assertTrue(access.view(item.getId(), claimant).item().getIntegrityProblem().startsWith("stored content changed"));
    }

    @Test
    void theIntegritySweepFindsATokenReplacedByAPublicOneAndFlagsTheItem() throws Exception {
        EvidenceItem item = submit(claimant, "to be restamped " + System.nanoTime(), Confidentiality.PARTIES);
        byte[] publicToken = publicAuthority.stamp(java.util.HexFormat.of().parseHex(item.getSha256())).encoded();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement edit = connection.prepareStatement("update evidence_item set timestamp_token = ? where id = ?")) {
            edit.setString(1, java.util.Base64.getEncoder().encodeToString(publicToken));
            edit.setLong(2, item.getId());
            edit.executeUpdate();
        }

        IntegritySweep.SweepReport report = sweep.run();

        String expected = "case " + caseId + ", " + item.getExhibitNumber() + ": time-stamp token: a public time-stamp, not an evidence receipt";
        assertTrue(report.problems().stream().anyMatch(problem -> problem.startsWith(expected)), report.problems().toString());
        assertTrue(access.view(item.getId(), claimant).item().getIntegrityProblem().startsWith("time-stamp token: a public time-stamp"));
    }

    @Test
    void aCheckpointSignsAndTimestampsTheChainHeadAndJoinsTheChain() throws Exception {
        submit(claimant, "before the checkpoint", Confidentiality.PARTIES);
        String head = custody.entries(caseId).get(custody.entries(caseId).size() - 1).getEntryHash();

        SignedCheckpoint checkpoint = checkpoints.checkpoint(caseId, "clerk");

        assertEquals(head, checkpoint.headHash());
        SignatureVerifier verifier = new SignatureVerifier(keys.rootCertificate(), java.time.Clock.systemUTC());
        byte[] statement = checkpoint.statement().getBytes(StandardCharsets.UTF_8);
        assertTrue(verifier.verifyDetached(checkpoint.signature(), new ByteArrayInputStream(statement)).valid());
        assertTrue(verifier.verifyTimestamp(checkpoint.token(),
                java.security.MessageDigest.getInstance("SHA-256").digest(statement)).valid());
        assertEquals(CustodyAction.CHECKPOINT, custody.entries(caseId).get(custody.entries(caseId).size() - 1).getAction());
        assertEquals(List.of(), custody.verify(caseId));
    }

    @Test
    void aBundleHoldsWhatTheExporterMaySeeVerifiesAndIsRecordedWithItsHash() throws Exception {
        EvidenceItem mine = submit(claimant, "claimant's own " + System.nanoTime(), Confidentiality.PARTIES);
        EvidenceItem theirs = submit(respondent, "respondent's shared " + System.nanoTime(), Confidentiality.PARTIES);
        EvidenceItem hidden = submit(respondent, "for the court only " + System.nanoTime(), Confidentiality.COURT_ONLY);

        BundleExports.PreparedExport export = exports.prepare(caseId, claimant, BundleSelection.all());
        assertEquals(List.of(mine.getExhibitNumber(), theirs.getExhibitNumber()), export.exhibits());
        assertFalse(export.exhibits().contains(hidden.getExhibitNumber()));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        BundleExports.Written written = exports.write(export, out);
        exports.record(export, claimant, written);

        assertEquals(export.length(), out.size());
        assertEquals(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(out.toByteArray())),
                written.sha256());
        CustodyEntry last = custody.entries(caseId).get(custody.entries(caseId).size() - 1);
        assertEquals(CustodyAction.BUNDLE_EXPORTED, last.getAction());
        assertTrue(last.getDetail().contains("\"sha256\":\"" + written.sha256() + "\""), last.getDetail());
        assertTrue(custody.entries(caseId).stream().anyMatch(entry -> entry.getAction() == CustodyAction.CHECKPOINT));
        assertEquals(List.of(), custody.verify(caseId));

        Path file = Files.write(Files.createTempFile("bundle", ".asice"), out.toByteArray());
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile());
             org.apache.pdfbox.pdmodel.PDDocument list = org.apache.pdfbox.Loader.loadPDF(
                     zip.getInputStream(zip.getEntry("evidence-list.pdf")).readAllBytes())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(list);
            assertTrue(text.contains("证据目录") && text.contains(mine.getExhibitNumber()) && !text.contains(hidden.getExhibitNumber()), text);
            assertEquals(List.of("ETSI.CAdES.detached", "ETSI.RFC3161"), list.getSignatureDictionaries().stream()
                    .map(org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature::getSubFilter).toList());
        }
        try {
            BundleReport report = new BundleVerifier(java.time.Clock.systemUTC()).verify(file, java.util.Optional.of(keys.rootCertificate()));
            assertTrue(report.passed(), report.toString());
            assertEquals(2, report.items().size());
        } finally {
            Files.delete(file);
        }

        BundleExports.PreparedExport respondentSide = exports.prepare(caseId, claimant,
                new BundleSelection(BundleSelection.Kind.SIDE, org.evidencedesk.dispute.Side.RESPONDENT, null, java.util.Set.of()));
        assertEquals(List.of(theirs.getExhibitNumber()), respondentSide.exhibits());
        respondentSide.bundle().discard();
        assertThrows(CaseNotFoundException.class, () -> exports.prepare(caseId, stranger, BundleSelection.all()));
        assertThrows(BusinessException.class, () -> exports.prepare(caseId, claimant,
                new BundleSelection(BundleSelection.Kind.HAND, null, null, java.util.Set.of(hidden.getId()))));
    }

    @Test
    void storedEvidenceChangedSinceIntakeStopsTheExportAndFlagsTheItem() throws Exception {
        EvidenceItem item = submit(claimant, "to be damaged before export " + System.nanoTime(), Confidentiality.PARTIES);
        BundleExports.PreparedExport export = exports.prepare(caseId, claimant, BundleSelection.all());
        damageStoredContent(item);
        long entries = custody.entries(caseId).size();

        assertThrows(BundleWriter.ChangedEvidenceException.class, () -> exports.write(export, java.io.OutputStream.nullOutputStream()));

        assertTrue(access.view(item.getId(), claimant).item().getIntegrityProblem().startsWith("found during a bundle export"));
        assertTrue(custody.entries(caseId).stream().skip(entries).noneMatch(entry -> entry.getAction() == CustodyAction.BUNDLE_EXPORTED));
    }

    /** The document renderers resolve in the container, with the configured font and the installation's keys. */
    @Test
    void theInstallationSignsRulingsAndRendersEvidenceLists() throws Exception {
        byte[] signed = rulings.renderSigned(new RulingDocument("北京知识产权法院", "(2026)京73民初7号", List.of("原告公司"), List.of("被告公司"),
                "责令提交证据裁定书", "送达：各方当事人", List.of("原告申请责令被告提交销售账簿。"), "裁定如下：", "准许原告的申请。", "张明",
                java.time.LocalDate.of(2026, 11, 25), java.util.Locale.SIMPLIFIED_CHINESE, "ipe-24-26@1"), pdfSigner);

        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(signed)) {
            // The signature itself, not a document time-stamp appended after it (PAdES-BASELINE-LTA).
            org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature signature = document.getSignatureDictionaries().stream()
                    .filter(candidate -> "ETSI.CAdES.detached".equals(candidate.getSubFilter())).findFirst().orElseThrow();
            byte[] cms;
            try (org.bouncycastle.asn1.ASN1InputStream in = new org.bouncycastle.asn1.ASN1InputStream(signature.getContents(signed))) {
                cms = in.readObject().getEncoded();
            }
            assertTrue(new SignatureVerifier(keys.rootCertificate(), java.time.Clock.systemUTC())
                    .verifyDetached(cms, new ByteArrayInputStream(signature.getSignedContent(signed))).valid());
            // PAdES-BASELINE-LTA: the installation's validation data in the document security store, a document time-stamp last.
            assertTrue(document.getDocumentCatalog().getCOSObject().containsKey(org.apache.pdfbox.cos.COSName.DSS));
            assertEquals("ETSI.RFC3161", document.getLastSignatureDictionary().getSubFilter());
        }
        java.io.ByteArrayOutputStream list = new java.io.ByteArrayOutputStream();
        evidenceLists.render(new EvidenceListDocument("北京知识产权法院", "(2026)京73民初7号", List.of("原告公司"), List.of("被告公司"),
                "counsel", java.time.ZonedDateTime.now(settings.timeZone()), List.of()), list);
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(list.toByteArray())) {
            assertTrue(new org.apache.pdfbox.text.PDFTextStripper().getText(document).contains("证据目录"));
        }
    }

    /**
     * An administrator's revocation of the signing certificate (issue 14): the record the authorities read, and one
     * entry in the custody log of each case with entries since the certificate's notBefore (this case: its chain
     * still verifies), none in a case without entries; a second revocation is refused and changes nothing. Run in a
     * transaction the test rolls back, so the installation's signing certificate stays good for every later test in
     * the run: the rollback also shows that nothing of a revocation outlives its transaction.
     */
    @Test
    void aRevocationIsRecordedOnceInTheCustodyLogOfEveryCaseTouchedWhileTheCertificateWasInUse() throws Exception {
        submit(claimant, "signed before the revocation", Confidentiality.PARTIES);
        long untouched = newCase();
        String administrator = user("revoker", Role.ADMIN, null);
        java.security.cert.X509Certificate signing = keys.signing().certificate();
        int entriesBefore = custody.entries(caseId).size();

        transaction.begin();
        try {
            CertificateRevoked done = revocation.revoke(signing.getIssuerX500Principal(), signing.getSerialNumber(),
                    RevocationReason.KEY_COMPROMISE, "  Key copied to a lost laptop  ", administrator);

            assertTrue(done.casesRecorded() >= 1, "at least this case, and any other test's case of the run");
            Revocation stated = revocations.find(signing.getIssuerX500Principal(), signing.getSerialNumber()).orElseThrow();
            assertEquals(RevocationReason.KEY_COMPROMISE, stated.reason());
            assertEquals(List.of(stated), revocations.revokedBy(signing.getIssuerX500Principal()));
            List<CustodyEntry> chain = custody.entries(caseId);
            assertEquals(entriesBefore + 1, chain.size());
            CustodyEntry entry = chain.get(chain.size() - 1);
            assertEquals(CustodyAction.CERTIFICATE_REVOKED, entry.getAction());
            assertEquals(administrator, entry.getActor());
            for (String expected : List.of("\"serial\":\"" + RevokedCertificate.serialHexOf(signing.getSerialNumber()) + "\"",
                    "\"sha256\":\"" + RevokedCertificate.fingerprintOf(signing) + "\"", "\"reason\":\"KEY_COMPROMISE\"",
                    "\"reasonCode\":1", "\"comment\":\"Key copied to a lost laptop\"",
                    "\"certificate\":\"" + signing.getSubjectX500Principal().getName() + "\"",
                    "\"revokedAt\":\"" + done.revocation().getRevokedAt() + "\"")) {
                assertTrue(entry.getDetail().contains(expected), entry.getDetail() + " names " + expected);
            }
            assertEquals(List.of(), custody.verify(caseId));
            assertEquals(List.of(), custody.entries(untouched));

            BusinessException twice = assertThrows(BusinessException.class, () -> revocation.revoke(
                    signing.getIssuerX500Principal(), signing.getSerialNumber(), RevocationReason.SUPERSEDED, "Again",
                    administrator));
            assertEquals("revocation.alreadyRevoked", twice.messageKey());
            assertEquals(entriesBefore + 1, custody.entries(caseId).size());
            assertEquals(RevocationReason.KEY_COMPROMISE,
                    revocations.find(signing.getIssuerX500Principal(), signing.getSerialNumber()).orElseThrow().reason());
        } finally {
            transaction.rollback();
        }
        assertEquals(java.util.Optional.empty(), revocations.find(signing.getIssuerX500Principal(), signing.getSerialNumber()));
        assertEquals(entriesBefore, custody.entries(caseId).size());
    }

    /** The service itself refuses anyone but an enabled administrator, and a certificate this installation did not issue. */
    @Test
    void onlyAnAdministratorRevokesAndOnlyWhatThisInstallationIssued() {
        submit(claimant, "entries a refusal must not add to", Confidentiality.PARTIES);
        java.security.cert.X509Certificate signing = keys.signing().certificate();
        java.security.cert.X509Certificate root = keys.rootCertificate();
        String clerk = user("clerk-revoking", Role.CLERK, courts.byCode("BJIPC").orElseThrow().getId());
        String administrator = user("revoker", Role.ADMIN, null);
        int entriesBefore = custody.entries(caseId).size();

        for (String notAnAdministrator : List.of(claimant, clerk, "no-such-user")) {
            BusinessException refused = assertThrows(BusinessException.class, () -> revocation.revoke(
                    signing.getIssuerX500Principal(), signing.getSerialNumber(), RevocationReason.UNSPECIFIED, "Mine", notAnAdministrator));
            assertEquals("revocation.administratorsOnly", refused.messageKey(), notAnAdministrator);
        }
        BusinessException theRoot = assertThrows(BusinessException.class, () -> revocation.revoke(
                root.getIssuerX500Principal(), root.getSerialNumber(), RevocationReason.CA_COMPROMISE, "The root", administrator));
        assertEquals("revocation.notIssuedHere", theRoot.messageKey());
        BusinessException elsewhere = assertThrows(BusinessException.class, () -> revocation.revoke(
                new javax.security.auth.x500.X500Principal("CN=Another Authority, O=Elsewhere"), signing.getSerialNumber(),
                RevocationReason.UNSPECIFIED, "Not ours", administrator));
        assertEquals("revocation.notIssuedHere", elsewhere.messageKey());
        BusinessException silent = assertThrows(BusinessException.class, () -> revocation.revoke(
                signing.getIssuerX500Principal(), signing.getSerialNumber(), RevocationReason.UNSPECIFIED, "   ", administrator));
        assertEquals("revocation.commentRequired", silent.messageKey());

        assertEquals(java.util.Optional.empty(), revocations.find(signing.getIssuerX500Principal(), signing.getSerialNumber()));
        assertEquals(entriesBefore, custody.entries(caseId).size());
    }

    /** The cases a revocation reaches: those whose chain has an entry at or after the certificate's notBefore. */
    @Test
    void theCasesTouchedSinceAnInstantAreThoseWithAnEntryFromThen() {
        java.time.Instant beforeTheItem = java.time.Instant.now().minusSeconds(1);
        submit(claimant, "touched now", Confidentiality.PARTIES);
        long untouched = newCase();

        assertTrue(custody.casesWithEntriesSince(beforeTheItem).contains(caseId));
        assertFalse(custody.casesWithEntriesSince(beforeTheItem).contains(untouched));
        assertFalse(custody.casesWithEntriesSince(java.time.Instant.now().plusSeconds(3600)).contains(caseId));
    }

    private long newCase() {
        long court = courts.byCode("BJIPC").orElseThrow().getId();
        return workflow.file(new CaseDetails("Untouched " + System.nanoTime(), IpType.TRADE_SECRET, TechnologyArea.DATA,
                "Claims", "Relief", List.of(new PartyDetails(PartyKind.RIGHTS_HOLDER, "Holder", true),
                        new PartyDetails(PartyKind.MERCHANT, "Merchant", true))), court, stranger).getId();
    }

    /** Changes one byte of an item's stored content, as someone with access to the disk could. */
    private void damageStoredContent(EvidenceItem item) throws IOException {
        Path blob = settings.dataDirectory().resolve("blobs/sha256").resolve(item.getSha256().substring(0, 2))
                .resolve(item.getSha256().substring(2, 4)).resolve(item.getSha256());
        Files.setPosixFilePermissions(blob, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        byte[] bytes = Files.readAllBytes(blob);
        bytes[0] ^= 1;
        Files.write(blob, bytes);
    }

    private EvidenceItem submit(String username, String text, Confidentiality level) {
        ContentDigest digest = intake.receive(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        return intake.register(caseId, username, digest, text + ".txt", "text/plain",
                new EvidenceMetadata("Item " + text, "What it proves", null, level));
    }

    private String user(String prefix, Role role, Long courtId) {
        String username = prefix + "-" + Long.toString(System.nanoTime(), 36);
        provisioning.create(username, prefix, null, EnumSet.of(role), courtId, PASSWORD, "test");
        return username;
    }
}
