package org.evidencedesk.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One notice to one person: a message key with its arguments, the page it points to, and when it was read.
 *
 * <p>Not a {@code BaseEntity}: its one change, being read, sets a time only once and only for its addressee, so
 * concurrent changes cannot conflict and it needs no version.
 */
@Entity
@Table(name = "notice")
public class Notice implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String SEPARATOR = "\u001f";
    private static final int ARGUMENTS_LIMIT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 64)
    private String recipient;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "message_key", nullable = false, updatable = false, length = 100)
    private String messageKey;

    @Column(nullable = false, updatable = false, length = 2000)
    private String arguments;

    @Column(nullable = false, updatable = false, length = 500)
    private String link;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notice() {
    }

    Notice(String recipient, long caseId, String messageKey, List<String> arguments, String link, Instant createdAt) {
        this.recipient = recipient;
        this.caseId = caseId;
        this.messageKey = messageKey;
        String joined = String.join(SEPARATOR, arguments);
        this.arguments = cut(joined);
        this.link = link;
        this.createdAt = createdAt;
    }

    /** Cuts to the column's length, never between the two halves of a character outside the basic plane. */
    private static String cut(String joined) {
        if (joined.length() <= ARGUMENTS_LIMIT) {
            return joined;
        }
        int end = Character.isHighSurrogate(joined.charAt(ARGUMENTS_LIMIT - 1)) ? ARGUMENTS_LIMIT - 1 : ARGUMENTS_LIMIT;
        return joined.substring(0, end);
    }

    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public Object[] argumentArray() {
        return arguments.isEmpty() ? new Object[0] : Arrays.stream(arguments.split(SEPARATOR, -1)).toArray();
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public long getCaseId() {
        return caseId;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public boolean isUnread() {
        return readAt == null;
    }
}
