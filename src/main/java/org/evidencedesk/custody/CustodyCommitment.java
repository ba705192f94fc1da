package org.evidencedesk.custody;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.evidencedesk.shared.CanonicalJson;
import org.evidencedesk.shared.Sha256;

/**
 * The custody entry format 2: an entry commits to its details, and the chain links only the commitments, so a
 * recipient can check every link of a chain whose details it may not all see.
 *
 * <ul>
 *   <li>details: everything secret about the entry, as canonical JSON {@code {"action","actor","detail","item"}};</li>
 *   <li>salt: 16 random bytes, as 32 lower-case hex digits, stored with the entry, so that short or guessable
 *       details (a view of item 12 by counsel) cannot be confirmed by hashing guesses;</li>
 *   <li>commitment = SHA-256(salt ‖ details), as lower-case hex; the salt goes in as its hex text, so that a
 *       recipient can recompute it with {@code printf '%s%s' "$salt" "$details" | openssl dgst -sha256};</li>
 *   <li>the public header: canonical {@code {"at","case","commitment","sequence","v":2}}; the entry's hash is
 *       SHA-256(header ‖ previous hash), exactly as format 1 hashed its whole canonical entry.</li>
 * </ul>
 * Plain Java: the verify command carries it.
 */
public final class CustodyCommitment {

    /** The format version of entries that commit to their details. */
    public static final int FORMAT = 2;
    static final int SALT_BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private CustodyCommitment() {
    }

    /** A new random salt. */
    public static String newSalt() {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return HexFormat.of().formatHex(salt);
    }

    /** Whether the text has a salt's form: 32 lower-case hex digits. */
    public static boolean isSalt(String text) {
        return text != null && text.matches("[0-9a-f]{" + 2 * SALT_BYTES + "}");
    }

    /**
     * The canonical details.
     *
     * @param detail the entry's detail object: canonical JSON as stored ({@link CanonicalJson.Raw}) or a map read back
     */
    public static String details(String action, String actor, Long item, Object detail) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("action", action);
        details.put("actor", actor);
        details.put("item", item);
        details.put("detail", detail);
        return CanonicalJson.write(details);
    }

    /** SHA-256 over the salt's hex text followed by the canonical details, as lower-case hex. */
    public static String commit(String salt, String details) {
        return Sha256.hexOf(salt + details);
    }

    /** The public header a format 2 entry's hash covers. */
    public static String header(long caseId, long sequence, String at, String commitment) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("case", caseId);
        header.put("sequence", sequence);
        header.put("at", at);
        header.put("v", (long) FORMAT);
        header.put("commitment", commitment);
        return CanonicalJson.write(header);
    }

    /** A format 2 entry's details as revealed to someone who may see them, with what they must match. */
    public record Revealed(String salt, String details, String commitment) {

        public boolean matches() {
            return isSalt(salt) && commit(salt, details).equals(commitment);
        }
    }
}
