package org.evidencedesk.custody;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.evidencedesk.shared.Sha256;

/**
 * One link of a custody chain as {@link ChainCheck} walks it: a stored entry, or a line of an exported log
 * read back by the bundle verifier. Plain Java, so the verify command shares the one rule for the hash.
 */
public interface ChainLink {

    long sequence();

    String previousHash();

    /** The hash the link states. */
    String entryHash();

    /** The canonical entry the hash covers. */
    String canonical();

    /** SHA-256 over the canonical entry followed by the previous hash, as lower-case hex. */
    static String hash(String canonical, String previousHash) {
        MessageDigest sha256 = Sha256.newDigest();
        sha256.update(canonical.getBytes(StandardCharsets.UTF_8));
        sha256.update(previousHash.getBytes(StandardCharsets.US_ASCII));
        return HexFormat.of().formatHex(sha256.digest());
    }
}
