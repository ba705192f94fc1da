package org.evidencedesk.custody;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Format 2 entries, computed here by hand from the rule docs/user-guide.md and VERIFY.txt state: the commitment is
 * SHA-256(salt ‖ canonical details), the hash SHA-256(canonical header ‖ previous hash); and the lines an export
 * writes for an entry revealed and withheld, in both formats.
 */
class CustodyCommitmentTest {

    private static final String SALT = "00112233445566778899aabbccddeeff";
    private static final String PREVIOUS = "a".repeat(64);

    private final CustodyEntry entry = new CustodyEntry(7, 12, Instant.parse("2026-03-02T01:02:03.456Z"), "defence",
            CustodyAction.SUBMITTED, 42L, detail(), SALT, PREVIOUS);

    private static Map<String, Object> detail() {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("file", "weights \"v2\".bin");
        detail.put("size", 97531L);
        detail.put("exhibit", "D-004");
        return detail;
    }

    @Test
    void theCommitmentIsTheSha256OfTheSaltAndTheCanonicalDetails() throws Exception {
        String details = "{\"action\":\"SUBMITTED\",\"actor\":\"defence\",\"detail\":{\"exhibit\":\"D-004\","
                + "\"file\":\"weights \\\"v2\\\".bin\",\"size\":97531},\"item\":42}";

        assertThat(entry.details()).isEqualTo(details);
        assertThat(entry.getCommitment()).isEqualTo(sha256(SALT + details));
    }

    @Test
    void theHashCoversOnlyThePublicHeaderAndThePreviousHash() throws Exception {
        String header = "{\"at\":\"2026-03-02T01:02:03.456Z\",\"case\":7,\"commitment\":\"" + entry.getCommitment()
                + "\",\"sequence\":12,\"v\":2}";

        assertThat(entry.hashedText()).contains(header);
        assertThat(entry.getEntryHash()).isEqualTo(sha256(header + PREVIOUS));
        assertThat(entry.getFormatVersion()).isEqualTo(CustodyCommitment.FORMAT);
    }

    @Test
    void eachEntryHasItsOwnRandomSalt() {
        String salt = CustodyCommitment.newSalt();

        assertThat(salt).matches("[0-9a-f]{32}").isNotEqualTo(CustodyCommitment.newSalt());
        assertThat(CustodyCommitment.isSalt(salt)).isTrue();
        assertThat(CustodyCommitment.isSalt("00112233")).isFalse();
    }

    @Test
    void theSameDetailsUnderAnotherSaltGiveAnotherCommitment() {
        CustodyEntry twin = new CustodyEntry(7, 12, entry.getOccurredAt(), "defence", CustodyAction.SUBMITTED, 42L, detail(),
                CustodyCommitment.newSalt(), PREVIOUS);

        assertThat(twin.details()).isEqualTo(entry.details());
        assertThat(twin.getCommitment()).isNotEqualTo(entry.getCommitment());
    }

    @Test
    void aRevealedLineIsTheHeaderThenSaltAndDetailsThenTheLinks() {
        String header = entry.hashedText().orElseThrow();

        assertThat(entry.revealedLine()).isEqualTo(header.substring(0, header.length() - 1) + ",\"salt\":\"" + SALT
                + "\",\"details\":" + entry.details() + ",\"previousHash\":\"" + PREVIOUS + "\",\"hash\":\"" + entry.getEntryHash() + "\"}");
    }

    @Test
    void aWithheldLineIsTheHeaderAndTheLinksOnly() {
        String header = entry.hashedText().orElseThrow();

        assertThat(entry.withheldLine()).isEqualTo(header.substring(0, header.length() - 1) + ",\"previousHash\":\"" + PREVIOUS
                + "\",\"hash\":\"" + entry.getEntryHash() + "\"}")
                .doesNotContain("weights", "97531", "D-004", "defence", SALT);
    }

    @Test
    void aFormat1EntryIsExportedAsBeforeWhenRevealedAndAsItsBareLinkWhenWithheld() {
        CustodyEntry old = TestChains.format1(7, 3, Instant.parse("2026-03-01T09:00:00Z"), "defence", CustodyAction.SUBMITTED,
                42L, detail(), PREVIOUS);

        assertThat(old.revealedLine()).isEqualTo("{\"action\":\"SUBMITTED\",\"actor\":\"defence\",\"at\":\"2026-03-01T09:00:00Z\","
                + "\"case\":7,\"detail\":" + old.getDetail() + ",\"item\":42,\"sequence\":3,\"previousHash\":\"" + PREVIOUS
                + "\",\"hash\":\"" + old.getEntryHash() + "\"}");
        assertThat(old.withheldLine()).isEqualTo("{\"at\":\"2026-03-01T09:00:00Z\",\"case\":7,\"sequence\":3,\"v\":1,"
                + "\"previousHash\":\"" + PREVIOUS + "\",\"hash\":\"" + old.getEntryHash() + "\"}");
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
