package org.evidencedesk.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * A person's acceptance of the confidentiality undertaking an order requires: who, when, which text.
 *
 * <p>Not a {@code BaseEntity}: written once and never updated, so it has no version to lock.
 */
@Entity
@Table(name = "undertaking")
public class Undertaking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "measures_id", nullable = false, updatable = false)
    private long measuresId;

    @Column(nullable = false, updatable = false, length = 64)
    private String username;

    @Column(name = "accepted_at", nullable = false, updatable = false)
    private Instant acceptedAt;

    @Column(nullable = false, updatable = false, length = 8)
    private String language;

    @Column(name = "text_sha256", nullable = false, updatable = false, length = 64)
    private String textSha256;

    protected Undertaking() {
    }

    Undertaking(long measuresId, String username, Instant acceptedAt, String language, String textSha256) {
        this.measuresId = measuresId;
        this.username = username;
        this.acceptedAt = acceptedAt;
        this.language = language;
        this.textSha256 = textSha256;
    }

    public Long getId() {
        return id;
    }

    public long getMeasuresId() {
        return measuresId;
    }

    public String getUsername() {
        return username;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public String getLanguage() {
        return language;
    }

    public String getTextSha256() {
        return textSha256;
    }
}
