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
import org.evidencedesk.shared.CanonicalJson;

/**
 * One link of a case's custody chain. Its hash covers its canonical form and the previous link's hash,
 * so changing or removing any entry breaks every hash after it. Written once, never updated.
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

    @Column(nullable = false, updatable = false, length = 4000)
    private String detail;

    @Column(name = "previous_hash", nullable = false, updatable = false, length = 64)
    private String previousHash;

    @Column(name = "entry_hash", nullable = false, updatable = false, length = 64)
    private String entryHash;

    protected CustodyEntry() {
    }

    CustodyEntry(long caseId, long sequence, Instant occurredAt, String actor, CustodyAction action, Long itemId,
                 Map<String, ?> detail, String previousHash) {
        this.caseId = caseId;
        this.sequence = sequence;
        // The database keeps microseconds at most; the hash must cover what is read back, so millisecond precision.
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MILLIS);
        this.actor = actor;
        this.action = action;
        this.itemId = itemId;
        this.detail = CanonicalJson.write(detail);
        this.previousHash = previousHash;
        this.entryHash = computeHash();
    }

    /** The canonical form the hash covers; also the line written when the log is exported. */
    @Override
    public String canonical() {
        return canonical(caseId, sequence, occurredAt, actor, action, itemId, detail);
    }

    /** The canonical form of an entry from plain values (the benchmark's generator writes entries without JPA). */
    public static String canonical(long caseId, long sequence, Instant occurredAt, String actor, CustodyAction action, Long itemId,
                                   String detailJson) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("case", caseId);
        entry.put("sequence", sequence);
        entry.put("at", occurredAt.toString());
        entry.put("actor", actor);
        entry.put("action", action.name());
        entry.put("item", itemId);
        entry.put("detail", new CanonicalJson.Raw(detailJson));
        return CanonicalJson.write(entry);
    }

    /** The exported line: the canonical entry with its links. */
    public String jsonLine() {
        String canonical = canonical();
        return canonical.substring(0, canonical.length() - 1) + ",\"previousHash\":\"" + previousHash
                + "\",\"hash\":\"" + entryHash + "\"}";
    }

    /** SHA-256 over the canonical entry followed by the previous hash, as lower-case hex. */
    public String computeHash() {
        return ChainLink.hash(canonical(), previousHash);
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
}
