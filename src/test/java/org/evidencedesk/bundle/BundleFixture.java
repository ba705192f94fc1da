package org.evidencedesk.bundle;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.evidencedesk.custody.CustodyAction;
import org.evidencedesk.custody.TestChains;
import org.evidencedesk.shared.CanonicalJson;
import org.evidencedesk.signing.BouncyCastleTimestampAuthority;
import org.evidencedesk.signing.CadesArchiveTimestamps;
import org.evidencedesk.signing.CadesLongTermSigner;
import org.evidencedesk.signing.CmsSigner;
import org.evidencedesk.signing.LongTermSigner;
import org.evidencedesk.signing.SigningKeys;
import org.evidencedesk.signing.TestCourtCa;
import org.evidencedesk.signing.TestKeys;
import org.evidencedesk.signing.TestValidationData;
import org.evidencedesk.signing.TimestampToken;
import org.evidencedesk.signing.Timestamper;

/**
 * Real bundles for the tests: real keys, a real built-in time-stamping authority, receipts and a custody chain
 * made the way the application makes them (begun before V9, with entries withheld from the recipient, as counsel's
 * bundles carry them), evidence in memory.
 */
final class BundleFixture {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    final SigningKeys keys;
    final Clock clock;
    final LongTermSigner signer;
    final BouncyCastleTimestampAuthority tsa;
    final Map<String, byte[]> store = new HashMap<>();
    final List<BundleItem> items = new ArrayList<>();
    final PartSpool spool = PartSpool.inMemory();
    private final TestChains custody = new TestChains(1);
    private final Set<Long> withheld = new HashSet<>();
    private byte[] evidenceList = "%PDF-1.7 stand-in for the evidence list".getBytes(StandardCharsets.US_ASCII);

    BundleFixture() {
        this(TestKeys.SHARED, Clock.systemUTC());
    }

    BundleFixture(SigningKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
        this.tsa = new BouncyCastleTimestampAuthority(keys.timestamping(), TestKeys.counter(), clock);
        // As the application signs: CAdES-BASELINE-LTA. Keys other than the shared ones get certificates but no
        // revocation data (the test authority answers for the shared root only), as an external chain would.
        this.signer = new CadesLongTermSigner(new CmsSigner(keys.signing(), clock), tsa,
                new CadesArchiveTimestamps(tsa, TestValidationData.forSharedKeys(clock), Instant.parse("2030-12-31T00:00:00Z")));
        // The chain began before V9: two entries of format 1, the second about an item the recipient may not see.
        custody.appendFormat1("clerk", CustodyAction.CHECKPOINT, null, Map.of("sequence", 0L, "head", "0".repeat(64)));
        withheld.add(custody.appendFormat1("defence", CustodyAction.SUBMITTED, 90L,
                Map.of("exhibit", "D-009", "file", "court only.bin", "sha256", "9".repeat(64))).getSequence());
    }

    BundleFixture item(String exhibit, String title, String filename, byte[] content) throws IOException {
        return item(exhibit, title, filename, content, tsa);
    }

    /** An item whose token comes from {@code stamper} instead of the evidence authority: a public token from /tsa, say. */
    BundleFixture item(String exhibit, String title, String filename, byte[] content, Timestamper stamper) throws IOException {
        String sha256 = hex(content);
        store.put(sha256, content);
        TimestampToken token = stamper.stamp(HexFormat.of().parseHex(sha256));
        Map<String, Object> receipt = new LinkedHashMap<>();
        receipt.put("case", "(2026)京73民初1号");
        receipt.put("exhibit", exhibit);
        receipt.put("file", filename);
        receipt.put("sha256", sha256);
        receipt.put("size", (long) content.length);
        String receiptJson = CanonicalJson.write(receipt);
        byte[] receiptSignature = signer.signDetached(receiptJson.getBytes(StandardCharsets.UTF_8));
        items.add(new BundleItem(exhibit, title, "fact " + exhibit, "source", "CLAIMANT", "SUBMITTED", filename,
                "application/octet-stream", content.length, sha256, "0".repeat(64), clock.instant(), token.genTime(),
                token.serialNumber().toString(), spool.append(token.encoded()), spool.append(receiptJson.getBytes(StandardCharsets.UTF_8)),
                spool.append(receiptSignature)));
        custody.append("counsel", CustodyAction.SUBMITTED, (long) items.size(), Map.of("exhibit", exhibit, "sha256", sha256));
        return this;
    }

    /** The evidence list the bundle carries: a real PDF instead of the stand-in the other tests need no more than. */
    BundleFixture evidenceList(byte[] pdf) {
        this.evidenceList = pdf.clone();
        return this;
    }

    /** A custody entry of format 2 about an item the recipient may not see: withheld from the bundle. */
    BundleFixture courtOnlyEntry() {
        withheld.add(custody.append("clerk", CustodyAction.VIEWED, 90L, Map.of("exhibit", "D-009", "what", "page")).getSequence());
        return this;
    }

    BundleContents contents() throws IOException {
        Map<String, Object> statement = new LinkedHashMap<>();
        statement.put("case", 1L);
        statement.put("sequence", (long) custody.entries().size());
        statement.put("head", custody.head());
        statement.put("at", clock.instant().toString());
        String text = CanonicalJson.write(statement);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        BundleContents.CheckpointFiles checkpoint = new BundleContents.CheckpointFiles(text,
                signer.signDetached(bytes), tsa.stamp(sha256(bytes)).encoded());
        String log = custody.exported(entry -> !withheld.contains(entry.getSequence()));
        return new BundleContents("(2026)京73民初1号", 1, "counsel", clock.instant(), "all items", items, CustodyLogFile.of(log),
                checkpoint, keys.rootCertificate(), keys.timestamping().certificate(), keys.signing().certificate(),
                Optional.of(evidenceList), keys.courtRoot(), spool);
    }

    BundleWriter writer() {
        return new BundleWriter(signer, sha256 -> {
            byte[] content = store.get(sha256);
            if (content == null) {
                throw new NoSuchFileException(sha256);
            }
            return new ByteArrayInputStream(content);
        });
    }

    byte[] bundle() throws IOException {
        BundleWriter.Prepared prepared = writer().prepare(contents(), ZONE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        prepared.writeTo(out);
        if (out.size() != prepared.length()) {
            throw new AssertionError("announced " + prepared.length() + " bytes, wrote " + out.size());
        }
        return out.toByteArray();
    }

    Path bundleFile(Path directory) throws IOException {
        return Files.write(directory.resolve("bundle.asice"), bundle());
    }

    static BundleFixture standard() throws IOException {
        return new BundleFixture()
                .item("P-001", "Screenshot of the listing", "listing.png", "PNG listing bytes".getBytes(StandardCharsets.UTF_8))
                .courtOnlyEntry()
                .item("P-002", "店铺页面 / 截图: \"quoted\" $HOME `x`", "shop page.PDF", new byte[200_000])
                .item("P-003", "Screenshot of the listing", "listing.png", "another listing".getBytes(StandardCharsets.UTF_8));
    }

    /** The standard items, signed with a court's own certificate (its CA unrelated to ours), time-stamped by ours. */
    static BundleFixture courtSigned(TestCourtCa court) throws Exception {
        return new BundleFixture(court.signingFor(TestKeys.SHARED), Clock.systemUTC())
                .item("P-001", "Screenshot of the listing", "listing.png", "PNG listing bytes".getBytes(StandardCharsets.UTF_8))
                .courtOnlyEntry()
                .item("P-002", "店铺页面 / 截图: \"quoted\" $HOME `x`", "shop page.PDF", new byte[200_000])
                .item("P-003", "Screenshot of the listing", "listing.png", "another listing".getBytes(StandardCharsets.UTF_8));
    }

    static String hex(byte[] content) {
        return HexFormat.of().formatHex(sha256(content));
    }

    static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Clock fixed(Instant at) {
        return Clock.fixed(at, ZoneOffset.UTC);
    }
}
