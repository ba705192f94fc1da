package org.evidencedesk.custody;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.evidencedesk.shared.CanonicalJson;

/**
 * One link of a case's custody chain. Its hash covers the previous link's hash, so changing or removing any entry
 * breaks every hash after it. Written once, never updated.
 *
 * <p>Two formats. Entries written since V9 (format 2, {@link CustodyCommitment}) commit to their details with a
 * salted hash and their hash covers only the public header, so an exported chain can withhold the details of an
 * entry and still be checked link by link. Entries written before (format 1) keep the hash they were written with,
 * over their whole canonical form, so that bundles already issued still verify and the chain goes on from them.
 *
 * <p>Exported, each entry is one JSON line, its links appended ({@code "previousHash","hash"}):
 * <ul>
 *   <li>format 1 revealed: the canonical entry, as before V9;</li>
 *   <li>format 1 withheld: {@code {"at","case","sequence","v":1}}, the stated hash taken as the link;</li>
 *   <li>format 2 withheld: the header {@code {"at","case","commitment","sequence","v":2}};</li>
 *   <li>format 2 revealed: the header, then {@code "salt"} and {@code "details"} (the canonical details).</li>
 * </ul>
 *
 * <p>Not a {@code BaseEntity}: written once and never updated, so it has no version to lock.
 */
@Entity
@Table(name = "custody_entry")
public class CustodyEntry implements Serializable, ChainLink {

    private static final long serialVersionUID = 1L;
    /** The previous hash of a chain's first entry. */
    public static final String GENESIS = ChainCheck.GENESIS;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(nullable = false, updatable = false)
    private long sequence;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 64)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 40)
    private CustodyAction action;

    @Column(name = "item_id", updatable = false)
    private Long itemId;

    /** Up to ten million characters (V29): a bundle export names every item it carried, about 12 characters each. */
    @Column(nullable = false, updatable = false, length = 10_000_000)
    private String detail;

    @Column(name = "previous_hash", nullable = false, updatable = false, length = 64)
    private String previousHash;

    @Column(name = "entry_hash", nullable = false, updatable = false, length = 64)
    private String entryHash;

    @Column(name = "format_version", nullable = false, updatable = false)
    private int formatVersion;

    /** Format 2: the random salt of the commitment, as hex; null for format 1. */
    @Column(updatable = false, length = 32)
    private String salt;

    /** Format 2: SHA-256(salt ‖ canonical details); null for format 1. */
    @Column(updatable = false, length = 64)
    private String commitment;

    protected CustodyEntry() {
    }

    /** A new entry, in format 2. */
    CustodyEntry(long caseId, long sequence, Instant occurredAt, String actor, CustodyAction action, Long itemId,
                 Map<String, ?> detail, String salt, String previousHash) {
        this.caseId = caseId;
        this.sequence = sequence;
        // The database keeps microseconds at most; the hash must cover what is read back, so millisecond precision.
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MILLIS);
        this.actor = actor;
        this.action = action;
        this.itemId = itemId;
        this.detail = CanonicalJson.write(detail);
        this.formatVersion = CustodyCommitment.FORMAT;
        this.salt = salt;
        this.commitment = CustodyCommitment.commit(salt, details());
        this.previousHash = previousHash;
        this.entryHash = computeHash();
    }

    @Override
    public Optional<String> hashedText() {
        return Optional.of(isFormat1() ? format1Canonical() : header());
    }

    @Override
    public Optional<CustodyCommitment.Revealed> revealed() {
        return isFormat1() ? Optional.empty() : Optional.of(new CustodyCommitment.Revealed(salt, details(), commitment));
    }

    /** The canonical details a format 2 entry commits to. */
    public String details() {
        return CustodyCommitment.details(action.name(), actor, itemId, new CanonicalJson.Raw(detail));
    }

    /** The exported line for someone who may see the entry's details. */
    public String revealedLine() {
        if (isFormat1()) {
            return withLinks(format1Canonical());
        }
        String header = header();
        return withLinks(header.substring(0, header.length() - 1) + ",\"salt\":\"" + salt + "\",\"details\":" + details() + "}");
    }

    /** The exported line for someone who may not: what the link needs, nothing of the details. */
    public String withheldLine() {
        if (!isFormat1()) {
            return withLinks(header());
        }
        Map<String, Object> bare = new LinkedHashMap<>();
        bare.put("case", caseId);
        bare.put("sequence", sequence);
        bare.put("at", occurredAt.toString());
        bare.put("v", 1L);
        return withLinks(CanonicalJson.write(bare));
    }

    /** SHA-256 over the hashed text followed by the previous hash, as lower-case hex. */
    public String computeHash() {
        return ChainLink.hash(hashedText().orElseThrow(), previousHash);
    }

    public boolean isFormat1() {
        return formatVersion == 1;
    }

    private String header() {
        return CustodyCommitment.header(caseId, sequence, occurredAt.toString(), commitment);
    }

    /** What a format 1 entry's hash covers: the whole entry. */
    private String format1Canonical() {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("case", caseId);
        entry.put("sequence", sequence);
        entry.put("at", occurredAt.toString());
        entry.put("actor", actor);
        entry.put("action", action.name());
        entry.put("item", itemId);
        entry.put("detail", new CanonicalJson.Raw(detail));
        return CanonicalJson.write(entry);
    }

    private String withLinks(String object) {
        return object.substring(0, object.length() - 1) + ",\"previousHash\":\"" + previousHash
                + "\",\"hash\":\"" + entryHash + "\"}";
    }

    @Override
    public long sequence() {
        return sequence;
    }

    @Override
    public String previousHash() {
        return previousHash;
    }

    @Override
    public String entryHash() {
        return entryHash;
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public long getSequence() {
        return sequence;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public CustodyAction getAction() {
        return action;
    }

    public Long getItemId() {
        return itemId;
    }

    public String getDetail() {
        return detail;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getEntryHash() {
        return entryHash;
    }

    public int getFormatVersion() {
        return formatVersion;
    }

    public String getCommitment() {
        return commitment;
    }

    /** The salt of a format 2 entry's commitment (null in format 1): only for a reader who may see its details. */
    public String getSalt() {
        return salt;
    }
}
