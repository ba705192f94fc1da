package org.evidencedesk.custody;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
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

    /**
     * The text the hash covers, before the previous hash: a format 1 entry's whole canonical form, a format 2
     * entry's public header ({@link CustodyCommitment#header}). Empty for a format 1 entry exported without its
     * details: its stated hash can only be taken as the link the next entry names.
     */
    Optional<String> hashedText();

    /** A format 2 entry's details with their salt, where they are revealed; empty where withheld, and for format 1. */
    Optional<CustodyCommitment.Revealed> revealed();

    /** SHA-256 over the hashed text followed by the previous hash, as lower-case hex. */
    static String hash(String hashedText, String previousHash) {
        MessageDigest sha256 = Sha256.newDigest();
        sha256.update(hashedText.getBytes(StandardCharsets.UTF_8));
        sha256.update(previousHash.getBytes(StandardCharsets.US_ASCII));
        return HexFormat.of().formatHex(sha256.digest());
    }
}
