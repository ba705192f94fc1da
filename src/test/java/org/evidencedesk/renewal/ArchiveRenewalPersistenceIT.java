package org.evidencedesk.renewal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.evidencedesk.archive.DueRenewal;
import org.evidencedesk.archive.RenewedSignature;
import org.evidencedesk.archive.SignatureKind;
import org.evidencedesk.archive.SignatureRenewals;
import org.evidencedesk.bundle.BundleLayout;
import org.evidencedesk.bundle.export.BundleExports;
import org.evidencedesk.bundle.export.BundleSelection;
import org.evidencedesk.custody.CustodyAction;
import org.evidencedesk.custody.CustodyCheckpoints;
import org.evidencedesk.custody.CustodyEntry;
import org.evidencedesk.custody.CustodyLog;
import org.evidencedesk.dispute.CaseDetails;
import org.evidencedesk.dispute.CaseWorkflow;
import org.evidencedesk.dispute.Courts;
import org.evidencedesk.dispute.IpType;
import org.evidencedesk.dispute.PartyDetails;
import org.evidencedesk.dispute.PartyKind;
import org.evidencedesk.dispute.TechnologyArea;
import org.evidencedesk.documents.PdfSigner;
import org.evidencedesk.documents.RulingDocument;
import org.evidencedesk.documents.RulingPdf;
import org.evidencedesk.evidence.BlobStore;
import org.evidencedesk.evidence.Confidentiality;
import org.evidencedesk.evidence.ContentDigest;
import org.evidencedesk.evidence.EvidenceIntake;
import org.evidencedesk.evidence.EvidenceItem;
import org.evidencedesk.evidence.EvidenceMetadata;
import org.evidencedesk.evidence.ReceiptSignatures;
import org.evidencedesk.identity.Role;
import org.evidencedesk.identity.AccountProvisioning;
import org.evidencedesk.renewal.web.RenewalOverview;
import org.evidencedesk.ruling.Rulings;
import org.evidencedesk.shared.Sha256;
import org.evidencedesk.shared.config.Settings;
import org.evidencedesk.shared.persistence.DataSourceConfiguration;
import org.evidencedesk.signing.AuthorityAddresses;
import org.evidencedesk.signing.EvidenceTimestampAuthority;
import org.evidencedesk.signing.KeysDirectory;
import org.evidencedesk.signing.SigningKeys;
import org.evidencedesk.support.MutableClock;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the container, on H2 and on PostgreSQL: the renewal job with a clock the test moves and the installation's real
 * archive time-stamps (CAdES-LTA for receipts and checkpoints, PAdES-LTA document time-stamps for rulings), stamped by
 * the real built-in authority ({@link AuthorityOutage} only lets a test take it down).
 * A signature is due at the earlier of its newest time-stamp's certificate expiry and SHA-256's end of life, and a
 * renewal that would not move that later is refused; so, as in production, each renewal here follows a rotation of the
 * time-stamping certificate by the real {@link KeysDirectory#renewLeaves} (what the daily certificate-renewal job does
 * once a leaf has less than {@code evidencedesk.pki.renew-before} left: here at once, with a renew-before longer than
 * any leaf's life), which the running evidence authority picks up from its next token.
 * A signature not yet due is left alone; once due within the margin it is renewed once per pass, with its row, its
 * custody entry and its log line; openssl verifies the renewed receipt; downloads, checkpoint reads and a bundle
 * exported afterwards carry the renewed version; an authority that is down changes nothing; pdfsig still calls a
 * renewed ruling's signature valid; the administration view shows the earliest due time.
 */
@ExtendWith(ArquillianExtension.class)
class ArchiveRenewalPersistenceIT {

    private static final String PASSWORD = "a long enough pass phrase";


    @Inject
    ArchiveRenewal renewal;

    @Inject
    AuthorityOutage authority;

    @Inject
    Settings settings;

    @Inject
    EvidenceTimestampAuthority evidenceAuthority;

    @Inject
    SignatureRenewals renewals;

    @Inject
    ReceiptSignatures receiptSignatures;

    @Inject
    EvidenceIntake intake;

    @Inject
    CustodyCheckpoints checkpoints;

    @Inject
    CustodyLog custody;

    @Inject
    CaseWorkflow workflow;

    @Inject
    Courts courts;

    @Inject
    AccountProvisioning provisioning;

    @Inject
    BundleExports exports;

    @Inject
    SigningKeys keys;

    @Inject
    RequestContextController requestContext;

    @Inject
    Instance<RenewalOverview> overview;

    @Inject
    RulingPdf rulingPdfs;

    @Inject
    PdfSigner pdfSigner;

    @Inject
    BlobStore blobs;

    @Inject
    Rulings rulings;

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Test
    void aDueSignatureIsRenewedOnceAndReadersHandOutTheRenewedVersionWhileOneNotDueIsLeftAlone() throws Exception {
        String counsel = user("renewal-counsel", Role.COUNSEL);
        long caseId = aCase(counsel);
        EvidenceItem item = submit(caseId, counsel, "renewed receipt");
        checkpoints.checkpoint(caseId, counsel);
        long checkpointId = count("select max(id) from custody_checkpoint where case_id = " + caseId);
        byte[] originalReceipt = item.receiptSignatureBytes();
        MutableClock clock = new MutableClock(Instant.now(), ZoneId.of("Asia/Shanghai"));

        // Not due: two years ahead, well outside the 90-day margin. Seen, scheduled, left alone.
        ArchiveRenewal.Pass first = renewal.run(clock.instant());
        DueRenewal receiptDue = renewals.due(SignatureKind.RECEIPT, item.getId()).orElseThrow();
        assertTrue(receiptDue.renewBy().isAfter(clock.instant().plus(Duration.ofDays(700))), receiptDue.toString());
        assertTrue(renewals.due(SignatureKind.CHECKPOINT, checkpointId).isPresent());
        assertTrue(first.renewed().stream().noneMatch(done -> mine(done, item.getId(), checkpointId)), first.toString());
        assertTrue(renewals.newest(SignatureKind.RECEIPT, item.getId()).isEmpty());
        assertArrayEquals(originalReceipt, receiptSignatures.current(item));

        // Thirty days before it is due: within the margin, renewed once in this pass, by the rotated certificate.
        clock.advance(Duration.between(clock.instant(), receiptDue.renewBy()).minusDays(30));
        X509Certificate rotated = rotateTimestampingCertificate();
        List<String> logged = new ArrayList<>();
        ArchiveRenewal.Pass second = logging(logged, () -> renewal.run(clock.instant()));

        assertEquals(1, second.renewed().stream()
                .filter(done -> done.due().kind() == SignatureKind.RECEIPT && done.due().subjectId() == item.getId()).count());
        assertEquals(1, second.renewed().stream()
                .filter(done -> done.due().kind() == SignatureKind.CHECKPOINT && done.due().subjectId() == checkpointId).count());
        RenewedSignature renewedReceipt = renewals.newest(SignatureKind.RECEIPT, item.getId()).orElseThrow();
        byte[] renewed = renewedReceipt.signature().orElseThrow();
        assertEquals(1, renewedReceipt.getSequence());
        assertFalse(java.util.Arrays.equals(originalReceipt, renewed));
        assertEquals(HexFormat.of().formatHex(Sha256.of(renewed)), renewedReceipt.getSignatureSha256());
        Instant renewedDue = renewals.due(SignatureKind.RECEIPT, item.getId()).orElseThrow().renewBy();
        assertTrue(renewedDue.isAfter(receiptDue.renewBy()), renewedDue + " after " + receiptDue.renewBy());
        assertEquals(earlier(rotated.getNotAfter().toInstant(), settings.sha256EndOfLife()), renewedDue);
        assertEquals(1, count("select count(*) from signature_renewal where kind = 'RECEIPT' and subject_id = " + item.getId()));
        // The original stays as it was accepted.
        assertArrayEquals(originalReceipt, storedReceipt(item.getId()));

        List<CustodyEntry> renewedEntries = custody.entries(caseId).stream()
                .filter(entry -> entry.getAction() == CustodyAction.SIGNATURE_RENEWED).toList();
        assertEquals(2, renewedEntries.size(), renewedEntries.toString());
        CustodyEntry receiptEntry = renewedEntries.stream().filter(entry -> item.getId().equals(entry.getItemId())).findFirst().orElseThrow();
        for (String expected : List.of("RECEIPT " + item.getId(), renewedReceipt.getSignatureSha256(), "\"sequence\":1", "archiveTimestamp")) {
            assertTrue(receiptEntry.getDetail().contains(expected), receiptEntry.getDetail() + " lacks " + expected);
        }
        assertEquals(List.of(), custody.verify(caseId));
        String logLine = "INFO Archive time-stamp renewal 1 of RECEIPT " + item.getId() + " in case " + caseId;
        assertTrue(logged.stream().anyMatch(line -> line.startsWith(logLine) && line.contains("due " + receiptDue.renewBy() + " → ")),
                logged.toString());

        // The readers: download, bundle, checkpoint.
        assertArrayEquals(renewed, receiptSignatures.current(item));
        assertArrayEquals(renewals.newest(SignatureKind.CHECKPOINT, checkpointId).orElseThrow().signature().orElseThrow(),
                checkpoints.currentSignature(checkpointId).orElseThrow());
        assertTrue(checkpoints.latest(caseId).orElseThrow().signatureValid());
        assertArrayEquals(renewed, bundleEntry(caseId, counsel, BundleLayout.receiptSignature(item.getExhibitNumber())));

        // The independent judge: openssl verifies the renewed receipt against the root and sees the added token.
        Path folder = Files.createTempDirectory("renewed-receipt");
        Files.write(folder.resolve("receipt.json.p7s"), renewed);
        Files.writeString(folder.resolve("receipt.json"), item.getReceiptJson());
        Files.writeString(folder.resolve("root.pem"), "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder().encodeToString(keys.rootCertificate().getEncoded()) + "\n-----END CERTIFICATE-----\n");
        String verified = openssl(folder, "cms", "-verify", "-binary", "-inform", "DER", "-in", "receipt.json.p7s",
                "-content", "receipt.json", "-CAfile", "root.pem", "-purpose", "any", "-out", "/dev/null");
        System.out.println("openssl on the renewed receipt: " + verified.strip());
        assertTrue(verified.contains("CMS Verification successful"), verified);
        // One more archive-time-stamp-v3 attribute (ETSI EN 319 122-1 5.5.3, OID 0.4.0.1733.2.4) than the receipt had.
        Files.write(folder.resolve("original.p7s"), originalReceipt);
        String printed = openssl(folder, "cms", "-cmsout", "-print", "-inform", "DER", "-in", "receipt.json.p7s");
        String printedOriginal = openssl(folder, "cms", "-cmsout", "-print", "-inform", "DER", "-in", "original.p7s");
        assertEquals(occurrences(printedOriginal, "0.4.0.1733.2.4") + 1, occurrences(printed, "0.4.0.1733.2.4"), printed);
    }

    @Test
    void aRenewalWhoseAuthorityIsDownChangesNothingAndIsTriedAgain() throws Exception {
        String counsel = user("renewal-down", Role.COUNSEL);
        long caseId = aCase(counsel);
        EvidenceItem item = submit(caseId, counsel, "authority down");
        MutableClock clock = new MutableClock(Instant.now(), ZoneId.of("Asia/Shanghai"));
        renewal.run(clock.instant());
        DueRenewal due = renewals.due(SignatureKind.RECEIPT, item.getId()).orElseThrow();
        clock.advance(Duration.between(clock.instant(), due.renewBy()).minusDays(10));
        rotateTimestampingCertificate();
        long entries = custody.count(caseId);

        List<String> logged = new ArrayList<>();
        ArchiveRenewal.Pass failed;
        authority.down(true);
        try {
            failed = logging(logged, () -> renewal.run(clock.instant()));
        } finally {
            authority.down(false);
        }

        String failure = "RECEIPT " + item.getId() + " in case " + caseId;
        assertTrue(failed.failed().stream().anyMatch(why -> why.startsWith(failure) && why.contains("TimestampException")
                && why.contains("did not answer")), failed.failed().toString());
        assertTrue(failed.renewed().stream().noneMatch(done -> done.due().subjectId() == item.getId()
                && done.due().kind() == SignatureKind.RECEIPT));
        assertTrue(logged.stream().anyMatch(line -> line.startsWith("WARNING Archive time-stamp renewal of " + failure)), logged.toString());
        assertTrue(renewals.newest(SignatureKind.RECEIPT, item.getId()).isEmpty());
        assertEquals(due, renewals.due(SignatureKind.RECEIPT, item.getId()).orElseThrow());
        assertEquals(entries, custody.count(caseId));
        assertArrayEquals(item.receiptSignatureBytes(), receiptSignatures.current(item));

        // The next run, with the authority back, renews it.
        ArchiveRenewal.Pass retried = renewal.run(clock.instant());
        assertTrue(retried.renewed().stream().anyMatch(done -> done.due().subjectId() == item.getId()
                && done.due().kind() == SignatureKind.RECEIPT), retried.toString());
        assertTrue(renewals.newest(SignatureKind.RECEIPT, item.getId()).isPresent());
    }

    @Test
    void aRulingIsRenewedAsANewPdfInTheBlobStoreAndTheRulingServletsVersionIsTheRenewedOne() throws Exception {
        String counsel = user("renewal-ruling", Role.COUNSEL);
        long caseId = aCase(counsel);
        byte[] issued = rulingPdfs.renderSigned(new RulingDocument("北京知识产权法院", "(2026)京73民初9号", List.of("原告公司"),
                List.of("被告公司"), "责令提交证据裁定书", "送达：各方当事人", List.of("原告申请责令被告提交销售账簿。"), "裁定如下：",
                "准许原告的申请。", "张明", java.time.LocalDate.of(2026, 11, 30), java.util.Locale.SIMPLIFIED_CHINESE, "ipe-24-26@1"), pdfSigner);
        String issuedSha256 = blobs.store(new ByteArrayInputStream(issued), issued.length).digest().sha256();
        long rulingId = insertRuling(caseId, issuedSha256, issued.length);
        MutableClock clock = new MutableClock(Instant.now(), ZoneId.of("Asia/Shanghai"));
        renewal.run(clock.instant());
        DueRenewal due = renewals.due(SignatureKind.RULING, rulingId).orElseThrow();
        clock.advance(Duration.between(clock.instant(), due.renewBy()).minusDays(1));
        X509Certificate rotated = rotateTimestampingCertificate();

        ArchiveRenewal.Pass pass = renewal.run(clock.instant());

        assertTrue(pass.renewed().stream().anyMatch(done -> done.due().kind() == SignatureKind.RULING && done.due().subjectId() == rulingId),
                pass.toString());
        RenewedSignature renewed = renewals.newest(SignatureKind.RULING, rulingId).orElseThrow();
        assertTrue(renewed.signature().isEmpty());
        Instant renewedDue = renewals.due(SignatureKind.RULING, rulingId).orElseThrow().renewBy();
        assertTrue(renewedDue.isAfter(due.renewBy()), renewedDue + " after " + due.renewBy());
        assertEquals(earlier(rotated.getNotAfter().toInstant(), settings.sha256EndOfLife()), renewedDue);
        Rulings.PdfVersion current = rulings.currentPdf(rulings.byId(rulingId).orElseThrow());
        assertEquals(renewed.pdfSha256().orElseThrow(), current.sha256());
        assertFalse(current.sha256().equals(issuedSha256));
        byte[] renewedPdf;
        try (java.io.InputStream in = blobs.open(current.sha256())) {
            renewedPdf = in.readAllBytes();
        }
        assertEquals(current.size(), renewedPdf.length);
        assertEquals(current.sha256(), HexFormat.of().formatHex(Sha256.of(renewedPdf)));
        // An incremental update: the PDF as issued is the renewed one's first bytes, unchanged.
        assertArrayEquals(issued, java.util.Arrays.copyOf(renewedPdf, issued.length));
        assertTrue(custody.entries(caseId).stream().anyMatch(entry -> entry.getAction() == CustodyAction.SIGNATURE_RENEWED
                && entry.getDetail().contains("RULING " + rulingId) && entry.getDetail().contains(current.sha256())));
        // The clean-up of unregistered blobs must keep it: a renewal names it.
        assertEquals(1, count("select count(*) from signature_renewal where pdf_sha256 = '" + current.sha256() + "'"));

        // The independent judge: pdfsig (fetching nothing) still calls the court's signature valid and lists the document
        // time-stamps, the one made at signing and the renewal's.
        Path folder = Files.createTempDirectory("renewed-ruling");
        Files.write(folder.resolve("ruling.pdf"), renewedPdf);
        Process process = new ProcessBuilder("pdfsig", "-no-ocsp", "ruling.pdf").directory(folder.toFile()).redirectErrorStream(true).start();
        String pdfsig = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        System.out.println("pdfsig on the renewed ruling: " + pdfsig.strip());
        assertTrue(pdfsig.contains("Signature #1") && pdfsig.contains("Signature #2") && pdfsig.contains("Signature #3"), pdfsig);
        assertTrue(pdfsig.contains("Signature Validation: Signature is Valid."), pdfsig);
    }

    @Test
    void theAdministrationViewShowsTheEarliestDueTimeAndHowManyAreDueWithinTheMargin() throws Exception {
        String counsel = user("renewal-view", Role.COUNSEL);
        long caseId = aCase(counsel);
        submit(caseId, counsel, "for the view");
        renewal.run(Instant.now());
        Instant earliest;
        long dueSoon;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("select min(renew_by) from signature_due");
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            earliest = rows.getObject(1, OffsetDateTime.class).toInstant();
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("select count(*) from signature_due where renew_by < ?")) {
            statement.setObject(1, OffsetDateTime.now(ZoneOffset.UTC).plusDays(90));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                dueSoon = rows.getLong(1);
            }
        }

        requestContext.activate();
        try {
            RenewalOverview view = overview.get();
            assertEquals(earliest, view.getEarliest().orElseThrow());
            assertEquals(dueSoon, view.getDueWithinMargin());
            assertEquals(90, view.getMarginDays());
        } finally {
            requestContext.deactivate();
        }
    }

    /**
     * Rotates the installation's leaves as the daily certificate-renewal job does, with the real code and keystore,
     * but at once: a renew-before longer than a leaf's whole life makes every leaf due. The running evidence authority
     * stamps its next token with the new time-stamping certificate, which it returns.
     */
    private X509Certificate rotateTimestampingCertificate() throws InterruptedException {
        // Certificates and tokens count whole seconds: the next second, so that the new leaf ends later than the one it
        // replaces and the renewal's token is newer than the signature's own (in production days lie between them).
        Thread.sleep(1050 - Instant.now().getNano() / 1_000_000);
        Path directory = settings.dataDirectory().resolve("keys");
        List<String> rotated = new KeysDirectory(Clock.systemUTC(), new AuthorityAddresses(settings.pkiPublicBaseUrl()),
                settings.pkiLeafValidity(), settings.pkiLeafValidity().plusDays(1))
                .renewLeaves(directory, KeysDirectory.passwordFor(directory, settings.keystorePassword()));
        assertTrue(rotated.contains("tsa"), rotated.toString());
        return evidenceAuthority.certificate();
    }

    private static Instant earlier(Instant one, Instant other) {
        return one.isBefore(other) ? one : other;
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    private static boolean mine(Renewal done, long itemId, long checkpointId) {
        return done.due().kind() == SignatureKind.RECEIPT && done.due().subjectId() == itemId
                || done.due().kind() == SignatureKind.CHECKPOINT && done.due().subjectId() == checkpointId;
    }

    private ArchiveRenewal.Pass logging(List<String> lines, java.util.function.Supplier<ArchiveRenewal.Pass> pass) {
        Logger logger = Logger.getLogger(ArchiveRenewal.class.getName());
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(record.getLevel().getName() + " " + record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        handler.setLevel(Level.ALL);
        logger.addHandler(handler);
        try {
            return pass.get();
        } finally {
            logger.removeHandler(handler);
        }
    }

    private byte[] bundleEntry(long caseId, String username, String name) throws Exception {
        BundleExports.PreparedExport export = exports.prepare(caseId, username, BundleSelection.all());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.write(export, out);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return zip.readAllBytes();
                }
            }
        }
        throw new AssertionError("The bundle holds no " + name);
    }

    private long insertRuling(long caseId, String sha256, long size) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("insert into ruling (version, case_id, kind, subject_id, decision,"
                     + " reasons, legal_basis, judge, decided_at, pdf_sha256, pdf_size) values (0, ?, 'DISCLOSURE_GRANTED', 1, 'GRANTED',"
                     + " 'reasons', 'ipe-24-26@1', 'judge', ?, ?, ?)", java.sql.Statement.RETURN_GENERATED_KEYS)) {
            statement.setLong(1, caseId);
            statement.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
            statement.setString(3, sha256);
            statement.setLong(4, size);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static String openssl(Path folder, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "openssl finished");
        return output;
    }

    private long aCase(String counsel) {
        long court = courts.byCode("BJIPC").orElseThrow().getId();
        return workflow.file(new CaseDetails("Renewal " + System.nanoTime(), IpType.TRADE_SECRET, TechnologyArea.DATA,
                "Claims", "Relief", List.of(new PartyDetails(PartyKind.RIGHTS_HOLDER, "Holder", true),
                        new PartyDetails(PartyKind.MERCHANT, "Merchant", true))), court, counsel).getId();
    }

    private EvidenceItem submit(long caseId, String username, String text) {
        ContentDigest digest = intake.receive(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        return intake.register(caseId, username, digest, "renewal.txt", "text/plain",
                new EvidenceMetadata("Item " + text, "What it proves", null, Confidentiality.PARTIES));
    }

    private String user(String prefix, Role role) {
        String username = prefix + "-" + Long.toString(System.nanoTime(), 36);
        provisioning.create(username, prefix, null, EnumSet.of(role), null, PASSWORD, "test");
        return username;
    }

    private byte[] storedReceipt(long itemId) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("select receipt_signature from evidence_item where id = ?")) {
            statement.setLong(1, itemId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return Base64.getDecoder().decode(rows.getString(1));
            }
        }
    }

    private long count(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
