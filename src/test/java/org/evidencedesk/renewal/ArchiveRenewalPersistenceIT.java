package org.evidencedesk.renewal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZoneId;
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
import org.evidencedesk.evidence.Confidentiality;
import org.evidencedesk.evidence.ContentDigest;
import org.evidencedesk.evidence.EvidenceIntake;
import org.evidencedesk.evidence.EvidenceItem;
import org.evidencedesk.evidence.EvidenceMetadata;
import org.evidencedesk.evidence.ReceiptSignatures;
import org.evidencedesk.identity.Role;
import org.evidencedesk.identity.UserAdministration;
import org.evidencedesk.renewal.web.RenewalOverview;
import org.evidencedesk.shared.Sha256;
import org.evidencedesk.shared.persistence.DataSourceConfiguration;
import org.evidencedesk.signing.OpensslCommand;
import org.evidencedesk.signing.SigningKeys;
import org.evidencedesk.support.Deployments;
import org.evidencedesk.support.MutableClock;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the container, on H2 and on PostgreSQL: the renewal job with a clock the test moves and a real archive
 * time-stamp implementation ({@link AppendedArchiveTimestamps}, real RFC 3161 tokens from the built-in authority).
 * A signature not yet due is left alone; once due within the margin it is renewed once per pass, with its row, its
 * custody entry and its log line; openssl verifies the renewed receipt; downloads, checkpoint reads and a bundle
 * exported afterwards carry the renewed version; an authority that is down changes nothing; the administration view
 * shows the earliest due time.
 */
@ExtendWith(ArquillianExtension.class)
class ArchiveRenewalPersistenceIT {

    private static final String PASSWORD = "a long enough pass phrase";

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(ArchiveRenewalPersistenceIT.class, AppendedArchiveTimestamps.class, OpensslCommand.class,
                OpensslCommand.Result.class, MutableClock.class);
    }

    @Inject
    ArchiveRenewal renewal;

    @Inject
    AppendedArchiveTimestamps archiveTimestamps;

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
    UserAdministration administration;

    @Inject
    BundleExports exports;

    @Inject
    SigningKeys keys;

    @Inject
    RequestContextController requestContext;

    @Inject
    Instance<RenewalOverview> overview;

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Test
    void aDueSignatureIsRenewedOnceAndReadersHandOutTheRenewedVersionWhileOneNotDueIsLeftAlone() throws Exception {
        String counsel = user("renewal-counsel", Role.COUNSEL);
        long caseId = aCase(counsel);
        EvidenceItem item = submit(caseId, counsel, "renewed receipt");
        checkpoints.checkpoint(caseId, counsel);
        long checkpointId = latestCheckpointId(caseId);
        byte[] originalReceipt = item.receiptSignatureBytes();
        MutableClock clock = new MutableClock(Instant.now(), ZoneId.of("Asia/Shanghai"));

        // Not due: two years ahead, well outside the 90-day margin. Seen, scheduled, left alone.
        ArchiveRenewal.Pass first = renewal.run(clock.instant());
        DueRenewal receiptDue = renewals.due(SignatureKind.RECEIPT, item.getId()).orElseThrow();
        assertThat(receiptDue.renewBy()).isAfter(clock.instant().plus(java.time.Duration.ofDays(700)));
        assertThat(renewals.due(SignatureKind.CHECKPOINT, checkpointId)).isPresent();
        assertThat(first.renewed()).noneMatch(done -> mine(done, item.getId(), checkpointId));
        assertThat(renewals.newest(SignatureKind.RECEIPT, item.getId())).isEmpty();
        assertThat(receiptSignatures.current(item)).isEqualTo(originalReceipt);

        // Thirty days before it is due: within the margin, renewed once in this pass.
        clock.advance(java.time.Duration.between(clock.instant(), receiptDue.renewBy()).minusDays(30));
        List<String> logged = new ArrayList<>();
        ArchiveRenewal.Pass second = logging(logged, () -> renewal.run(clock.instant()));

        assertThat(second.renewed()).filteredOn(done -> done.due().kind() == SignatureKind.RECEIPT && done.due().subjectId() == item.getId())
                .hasSize(1);
        assertThat(second.renewed()).filteredOn(done -> done.due().kind() == SignatureKind.CHECKPOINT && done.due().subjectId() == checkpointId)
                .hasSize(1);
        RenewedSignature renewedReceipt = renewals.newest(SignatureKind.RECEIPT, item.getId()).orElseThrow();
        byte[] renewed = renewedReceipt.signature().orElseThrow();
        assertThat(renewedReceipt.getSequence()).isEqualTo(1);
        assertThat(renewed).isNotEqualTo(originalReceipt);
        assertThat(renewedReceipt.getSignatureSha256()).isEqualTo(HexFormat.of().formatHex(Sha256.of(renewed)));
        assertThat(renewals.due(SignatureKind.RECEIPT, item.getId()).orElseThrow().renewBy()).isAfter(receiptDue.renewBy());
        assertThat(count("select count(*) from signature_renewal where kind = 'RECEIPT' and subject_id = " + item.getId())).isEqualTo(1);
        // The original stays as it was accepted.
        assertThat(storedReceipt(item.getId())).isEqualTo(originalReceipt);

        List<CustodyEntry> renewedEntries = custody.entries(caseId).stream()
                .filter(entry -> entry.getAction() == CustodyAction.SIGNATURE_RENEWED).toList();
        assertThat(renewedEntries).hasSize(2);
        assertThat(renewedEntries).anySatisfy(entry -> {
            assertThat(entry.getItemId()).isEqualTo(item.getId());
            assertThat(entry.getDetail()).contains("RECEIPT " + item.getId(), renewedReceipt.getSignatureSha256(), "\"sequence\":1",
                    "archiveTimestamp");
        });
        assertThat(custody.verify(caseId)).isEmpty();
        assertThat(logged).anySatisfy(line -> assertThat(line).startsWith("INFO Archive time-stamp renewal 1 of RECEIPT " + item.getId()
                + " in case " + caseId).contains("due " + receiptDue.renewBy() + " → "));

        // The readers: download, bundle, checkpoint.
        assertThat(receiptSignatures.current(item)).isEqualTo(renewed);
        assertThat(checkpoints.currentSignature(checkpointId).orElseThrow())
                .isEqualTo(renewals.newest(SignatureKind.CHECKPOINT, checkpointId).orElseThrow().signature().orElseThrow());
        assertThat(checkpoints.latest(caseId).orElseThrow().signatureValid()).isTrue();
        assertThat(bundleEntry(caseId, counsel, BundleLayout.receiptSignature(item.getExhibitNumber()))).isEqualTo(renewed);

        // The independent judge: openssl verifies the renewed receipt against the root and sees the added token.
        Path folder = Files.createTempDirectory("renewed-receipt");
        Files.write(folder.resolve("receipt.json.p7s"), renewed);
        Files.writeString(folder.resolve("receipt.json"), item.getReceiptJson());
        Files.writeString(folder.resolve("root.pem"), "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder().encodeToString(keys.rootCertificate().getEncoded()) + "\n-----END CERTIFICATE-----\n");
        OpensslCommand.Result verified = OpensslCommand.run(folder, "cms", "-verify", "-binary", "-inform", "DER", "-in", "receipt.json.p7s",
                "-content", "receipt.json", "-CAfile", "root.pem", "-purpose", "any", "-out", "/dev/null");
        System.out.println("openssl on the renewed receipt: " + verified.output().strip());
        assertThat(verified.output()).contains("CMS Verification successful");
        assertThat(OpensslCommand.run(folder, "cms", "-cmsout", "-print", "-inform", "DER", "-in", "receipt.json.p7s").output())
                .contains("1.2.840.113549.1.9.16.2.48");
    }

    @Test
    void aRenewalWhoseAuthorityIsDownChangesNothingAndIsTriedAgain() throws Exception {
        String counsel = user("renewal-down", Role.COUNSEL);
        long caseId = aCase(counsel);
        EvidenceItem item = submit(caseId, counsel, "authority down");
        MutableClock clock = new MutableClock(Instant.now(), ZoneId.of("Asia/Shanghai"));
        renewal.run(clock.instant());
        DueRenewal due = renewals.due(SignatureKind.RECEIPT, item.getId()).orElseThrow();
        clock.advance(java.time.Duration.between(clock.instant(), due.renewBy()).minusDays(10));
        long entries = custody.count(caseId);

        List<String> logged = new ArrayList<>();
        ArchiveRenewal.Pass failed;
        archiveTimestamps.authorityDown(true);
        try {
            failed = logging(logged, () -> renewal.run(clock.instant()));
        } finally {
            archiveTimestamps.authorityDown(false);
        }

        assertThat(failed.failed()).anySatisfy(why -> assertThat(why).startsWith("RECEIPT " + item.getId() + " in case " + caseId));
        assertThat(failed.renewed()).noneMatch(done -> done.due().subjectId() == item.getId() && done.due().kind() == SignatureKind.RECEIPT);
        assertThat(logged).anySatisfy(line -> assertThat(line).startsWith("WARNING Archive time-stamp renewal of RECEIPT " + item.getId()));
        assertThat(renewals.newest(SignatureKind.RECEIPT, item.getId())).isEmpty();
        assertThat(renewals.due(SignatureKind.RECEIPT, item.getId())).contains(due);
        assertThat(custody.count(caseId)).isEqualTo(entries);
        assertThat(receiptSignatures.current(item)).isEqualTo(item.receiptSignatureBytes());

        // The next run, with the authority back, renews it.
        ArchiveRenewal.Pass retried = renewal.run(clock.instant());
        assertThat(retried.renewed()).anyMatch(done -> done.due().subjectId() == item.getId() && done.due().kind() == SignatureKind.RECEIPT);
        assertThat(renewals.newest(SignatureKind.RECEIPT, item.getId())).isPresent();
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
            earliest = rows.getObject(1, java.time.OffsetDateTime.class).toInstant();
        }
        dueSoon = count("select count(*) from signature_due where renew_by < timestamp with time zone '"
                + java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).plusDays(90) + "'");

        requestContext.activate();
        try {
            RenewalOverview view = overview.get();
            assertThat(view.getEarliest()).contains(earliest);
            assertThat(view.getDueWithinMargin()).isEqualTo(dueSoon);
            assertThat(view.getMarginDays()).isEqualTo(90);
        } finally {
            requestContext.deactivate();
        }
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
        administration.create(username, prefix, null, EnumSet.of(role), null, PASSWORD, "test");
        return username;
    }

    private long latestCheckpointId(long caseId) throws Exception {
        return count("select max(id) from custody_checkpoint where case_id = " + caseId);
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
