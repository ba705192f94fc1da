package org.evidencedesk.bench;

import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.evidencedesk.custody.ChainLink;
import org.evidencedesk.custody.CustodyAction;
import org.evidencedesk.custody.CustodyCommitment;
import org.evidencedesk.custody.CustodyEntry;
import org.evidencedesk.evidence.ContentDigest;
import org.evidencedesk.evidence.EvidenceIntake;
import org.evidencedesk.evidence.FileSystemBlobStore;
import org.evidencedesk.shared.CanonicalJson;
import org.evidencedesk.shared.config.ConfigurationException;
import org.evidencedesk.shared.config.Settings;
import org.evidencedesk.signing.BouncyCastleTimestampAuthority;
import org.evidencedesk.signing.CmsSigner;
import org.evidencedesk.signing.FileSerialNumbers;
import org.evidencedesk.signing.KeysDirectory;
import org.evidencedesk.signing.SigningKeys;
import org.evidencedesk.signing.TimestampToken;

/**
 * Adds made-up evidence to one case for the bundle benchmark:
 * {@code EvidenceGenerator --items 1000 --total-mib 2048 [--user counsel] [--case ID] [--seed 1]} (the case: the
 * user's first as claimant counsel unless named). The content is
 * pseudo-random (incompressible, like photos and video), stored in the blob store under {@code data/}, and
 * each item gets what intake gives it: an exhibit number, a token from the installation's own authority, a
 * signed receipt and two custody entries. It writes through JDBC, so with H2 stop the server first.
 */
public final class EvidenceGenerator {

    private static final String TSA_NAME = "Evidence Desk built-in TSA";

    private EvidenceGenerator() {
    }

    public static void main(String[] args) throws Exception {
        int items = 1000;
        long totalMib = 2048;
        String user = "counsel";
        long seed = 1;
        Long caseId = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--items" -> items = Integer.parseInt(args[i + 1]);
                case "--total-mib" -> totalMib = Long.parseLong(args[i + 1]);
                case "--user" -> user = args[i + 1];
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--case" -> caseId = Long.parseLong(args[i + 1]);
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        try {
            generate(Settings.current(), items, totalMib * 1024 * 1024, user, caseId, seed);
        } catch (ConfigurationException | IllegalStateException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }

    /**
     * Adds {@code count} items of {@code total / count} bytes to a case where the user is claimant counsel: the one
     * named, or else their first; answers the case's id.
     */
    static long generate(Settings settings, int count, long total, String user, Long chosenCase, long seed) throws Exception {
        Clock clock = Clock.systemUTC();
        Path keysDirectory = settings.dataDirectory().resolve("keys");
        SigningKeys keys = new KeysDirectory(clock).loadOrCreate(keysDirectory,
                KeysDirectory.passwordFor(keysDirectory, settings.keystorePassword()));
        BouncyCastleTimestampAuthority tsa = new BouncyCastleTimestampAuthority(keys.timestamping(),
                new FileSerialNumbers(keysDirectory.resolve(KeysDirectory.SERIAL_FILE), clock), clock);
        CmsSigner signer = new CmsSigner(keys.signing(), clock);
        FileSystemBlobStore blobs = new FileSystemBlobStore(settings.dataDirectory().resolve("blobs"));
        long started = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(settings.databaseUrl(), settings.databaseUser(),
                settings.databasePassword())) {
            connection.setAutoCommit(false);
            long caseId = chosenCase != null ? chosenCase
                    : single(connection, "select m.case_id from case_member m join app_user u on u.id = m.user_id"
                    + " where u.username = ? and m.role = 'CLAIMANT_COUNSEL' order by m.case_id", user);
            String caseNumber = text(connection, "select coalesce(case_number, filing_reference) from dispute_case where id = ?", caseId);
            int sequence = (int) single(connection, "select coalesce(max(exhibit_sequence), 0) from evidence_item"
                    + " where case_id = ? and side = 'CLAIMANT'", caseId);
            Chain chain = Chain.of(connection, caseId);
            SplittableRandom random = new SplittableRandom(seed);
            long each = total / count;
            for (int i = 0; i < count; i++) {
                ContentDigest digest = blobs.store(new RandomContent(random.split(), each), Long.MAX_VALUE).digest();
                String exhibit = String.format("P-%03d", ++sequence);
                Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
                TimestampToken token = tsa.stamp(HexFormat.of().parseHex(digest.sha256()));
                String file = "capture-" + exhibit + ".bin";
                String title = "Generated capture " + exhibit;
                String receipt = EvidenceIntake.receipt(caseNumber, caseId, exhibit, title, file, digest, user, now, TSA_NAME, token);
                byte[] signature = signer.signDetached(new java.io.ByteArrayInputStream(receipt.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                long itemId = insertItem(connection, caseId, sequence, exhibit, title, file, digest, user, now, token, receipt, signature);
                chain.append(caseId, now, user, CustodyAction.SUBMITTED, itemId, Map.of("exhibit", exhibit, "sha256", digest.sha256(),
                        "sm3", digest.sm3(), "size", digest.size(), "file", file));
                chain.append(caseId, now, user, CustodyAction.TIMESTAMPED, itemId, Map.of("exhibit", exhibit, "tsa", TSA_NAME,
                        "serial", token.serialNumber().toString(), "time", token.genTime().toString()));
                if ((i + 1) % 100 == 0) {
                    chain.save();
                    connection.commit();
                    System.out.printf("%d items%n", i + 1);
                }
            }
            chain.save();
            connection.commit();
            System.out.printf("Generated %d items of %d bytes in case %d (%s) in %.1f s%n", count, each, caseId, caseNumber,
                    (System.nanoTime() - started) / 1e9);
            return caseId;
        }
    }

    private static long insertItem(Connection connection, long caseId, int sequence, String exhibit, String title, String file,
                                   ContentDigest digest, String user, Instant now, TimestampToken token, String receipt,
                                   byte[] signature) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into evidence_item (version, case_id, side,"
                + " exhibit_sequence, exhibit_number, title, fact_to_prove, original_filename, media_type, size_bytes, sha256, sm3,"
                + " source, confidentiality, status, submitted_by, submitted_at, tsa_name, tsa_serial, timestamped_at,"
                + " timestamp_token, receipt_json, receipt_signature) values (0, ?, 'CLAIMANT', ?, ?, ?, ?, ?,"
                + " 'application/octet-stream', ?, ?, ?, 'benchmark generator', 'PARTIES', 'SUBMITTED', ?, ?, ?, ?, ?, ?, ?, ?)",
                new String[] {"id"})) {
            insert.setLong(1, caseId);
            insert.setInt(2, sequence);
            insert.setString(3, exhibit);
            insert.setString(4, title);
            insert.setString(5, "Made up for the bundle benchmark.");
            insert.setString(6, file);
            insert.setLong(7, digest.size());
            insert.setString(8, digest.sha256());
            insert.setString(9, digest.sm3());
            insert.setString(10, user);
            insert.setTimestamp(11, Timestamp.from(now));
            insert.setString(12, TSA_NAME);
            insert.setString(13, token.serialNumber().toString());
            insert.setTimestamp(14, Timestamp.from(token.genTime()));
            insert.setString(15, Base64.getEncoder().encodeToString(token.encoded()));
            insert.setString(16, receipt);
            insert.setString(17, Base64.getEncoder().encodeToString(signature));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** The case's custody chain, continued link by link as {@code CustodyLog} would. */
    private static final class Chain {

        private final Connection connection;
        private final long caseId;
        private long sequence;
        private String head;

        private Chain(Connection connection, long caseId, long sequence, String head) {
            this.connection = connection;
            this.caseId = caseId;
            this.sequence = sequence;
            this.head = head;
        }

        static Chain of(Connection connection, long caseId) throws SQLException {
            try (PreparedStatement select = connection.prepareStatement("select sequence, head_hash from custody_head where case_id = ?")) {
                select.setLong(1, caseId);
                try (ResultSet row = select.executeQuery()) {
                    if (row.next()) {
                        return new Chain(connection, caseId, row.getLong(1), row.getString(2));
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into custody_head (case_id, sequence, head_hash) values (?, 0, ?)")) {
                insert.setLong(1, caseId);
                insert.setString(2, CustodyEntry.GENESIS);
                insert.executeUpdate();
            }
            return new Chain(connection, caseId, 0, CustodyEntry.GENESIS);
        }

        /** Appends an entry in format 2, as {@code CustodyLog} does: committed to its details, linked by its header. */
        void append(long caseId, Instant at, String actor, CustodyAction action, long itemId, Map<String, ?> detail) throws SQLException {
            String detailJson = CanonicalJson.write(new LinkedHashMap<>(detail));
            String salt = CustodyCommitment.newSalt();
            String commitment = CustodyCommitment.commit(salt,
                    CustodyCommitment.details(action.name(), actor, itemId, new CanonicalJson.Raw(detailJson)));
            String hash = ChainLink.hash(CustodyCommitment.header(caseId, sequence + 1, at.toString(), commitment), head);
            try (PreparedStatement insert = connection.prepareStatement("insert into custody_entry (case_id, sequence, occurred_at,"
                    + " actor, action, item_id, detail, previous_hash, entry_hash, format_version, salt, commitment)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, caseId);
                insert.setLong(2, sequence + 1);
                insert.setTimestamp(3, Timestamp.from(at));
                insert.setString(4, actor);
                insert.setString(5, action.name());
                insert.setLong(6, itemId);
                insert.setString(7, detailJson);
                insert.setString(8, head);
                insert.setString(9, hash);
                insert.setInt(10, CustodyCommitment.FORMAT);
                insert.setString(11, salt);
                insert.setString(12, commitment);
                insert.executeUpdate();
            }
            sequence++;
            head = hash;
        }

        void save() throws SQLException {
            try (PreparedStatement update = connection.prepareStatement("update custody_head set sequence = ?, head_hash = ? where case_id = ?")) {
                update.setLong(1, sequence);
                update.setString(2, head);
                update.setLong(3, caseId);
                update.executeUpdate();
            }
        }
    }

    private static long single(Connection connection, String sql, Object parameter) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, parameter);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("Nothing found for: " + sql + " with " + parameter
                            + " (start once with EVIDENCEDESK_DEMO=true so the demo counsel has a case)");
                }
                return row.getLong(1);
            }
        }
    }

    private static String text(Connection connection, String sql, long parameter) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, parameter);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    /** Incompressible content of a set length, made as it is read. */
    private static final class RandomContent extends InputStream {

        private final SplittableRandom random;
        private long remaining;

        RandomContent(SplittableRandom random, long length) {
            this.random = random;
            this.remaining = length;
        }

        @Override
        public int read() {
            if (remaining == 0) {
                return -1;
            }
            remaining--;
            return random.nextInt(256);
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (remaining == 0) {
                return -1;
            }
            int n = (int) Math.min(len, remaining);
            for (int i = 0; i < n; i += 8) {
                long value = random.nextLong();
                for (int j = 0; j < 8 && i + j < n; j++) {
                    b[off + i + j] = (byte) (value >>> (8 * j));
                }
            }
            remaining -= n;
            return n;
        }
    }
}
