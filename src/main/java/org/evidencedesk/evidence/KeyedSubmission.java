package org.evidencedesk.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.evidencedesk.shared.persistence.BaseEntity;

/**
 * A submission made by a program under its own idempotency key: the content it sent (kept in the store) and, once
 * its metadata came, the item it became. A retry with the same key finds this row and gets the same answer, so a
 * client that lost the first answer never makes a second item.
 */
@Entity
@Table(name = "api_submission")
public class KeyedSubmission extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** RECEIVED: the content is kept and waits for its metadata; REGISTERED: the item exists. */
    public enum State {
        RECEIVED, REGISTERED
    }

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(nullable = false, updatable = false, length = 64)
    private String submitter;

    @Column(name = "idempotency_key", nullable = false, updatable = false, length = 100)
    private String idempotencyKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private State state;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(nullable = false, updatable = false, length = 64)
    private String sm3;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "file_name", nullable = false, updatable = false, length = 255)
    private String fileName;

    @Column(name = "media_type", nullable = false, updatable = false, length = 200)
    private String mediaType;

    @Column(name = "item_id")
    private Long itemId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected KeyedSubmission() {
    }

    KeyedSubmission(long caseId, String submitter, String idempotencyKey, ContentDigest digest, String fileName,
                    String mediaType, Instant createdAt) {
        this.caseId = caseId;
        this.submitter = submitter;
        this.idempotencyKey = idempotencyKey;
        this.state = State.RECEIVED;
        this.sha256 = digest.sha256();
        this.sm3 = digest.sm3();
        this.sizeBytes = digest.size();
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.createdAt = createdAt;
    }

    /** The item is registered: the one transition, and only once. */
    void registered(long item) {
        if (state != State.RECEIVED) {
            throw new IllegalStateException("Submission " + getId() + " is already registered");
        }
        state = State.REGISTERED;
        itemId = item;
    }

    public ContentDigest digest() {
        return new ContentDigest(sha256, sm3, sizeBytes);
    }

    public Optional<Long> itemId() {
        return Optional.ofNullable(itemId);
    }

    public long getCaseId() {
        return caseId;
    }

    public String getSubmitter() {
        return submitter;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public State getState() {
        return state;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
