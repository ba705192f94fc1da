package org.evidencedesk.custody;

import java.io.Serializable;
import java.time.Instant;

/**
 * A custody entry as one viewer sees it on the case page and through the API: whole, or withheld, with only what its
 * link shows (sequence, time, commitment, previous and own hash). A withheld row holds nothing else, so no page can
 * show what the viewer may not see; a revealed one also holds the salt, so its reader can check the commitment.
 */
public final class CustodyRow implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The most of an entry's details the custody tab shows (see {@link #getDetailShown()}). */
    static final int SHOWN = 600;

    private final long sequence;
    private final Instant occurredAt;
    private final String entryHash;
    private final String previousHash;
    private final int formatVersion;
    private final String commitment;
    private final boolean withheld;
    private final String actor;
    private final CustodyAction action;
    private final Long itemId;
    private final String detail;
    private final String salt;

    private CustodyRow(CustodyEntry entry, boolean withheld) {
        this.sequence = entry.getSequence();
        this.occurredAt = entry.getOccurredAt();
        this.entryHash = entry.getEntryHash();
        this.previousHash = entry.getPreviousHash();
        this.formatVersion = entry.getFormatVersion();
        this.commitment = entry.getCommitment();
        this.withheld = withheld;
        this.actor = withheld ? null : entry.getActor();
        this.action = withheld ? null : entry.getAction();
        this.itemId = withheld ? null : entry.getItemId();
        this.detail = withheld ? null : entry.getDetail();
        this.salt = withheld ? null : entry.getSalt();
    }

    static CustodyRow revealed(CustodyEntry entry) {
        return new CustodyRow(entry, false);
    }

    static CustodyRow withheld(CustodyEntry entry) {
        return new CustodyRow(entry, true);
    }

    public long getSequence() {
        return sequence;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getEntryHash() {
        return entryHash;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public int getFormatVersion() {
        return formatVersion;
    }

    /** The commitment to the details (format 2); null for a format 1 entry, whose hash covers them whole. */
    public String getCommitment() {
        return commitment;
    }

    public boolean isWithheld() {
        return withheld;
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

    /**
     * The details as the case page's custody tab shows them: whole up to {@value #SHOWN} characters, else their start.
     * A bundle export's details name every item it carried (120,000 characters at 10,000 items); the exported custody
     * log holds them whole.
     */
    public String getDetailShown() {
        if (!isDetailShortened()) {
            return detail;
        }
        int end = Character.isHighSurrogate(detail.charAt(SHOWN - 1)) ? SHOWN - 1 : SHOWN;
        return detail.substring(0, end) + "…";
    }

    public boolean isDetailShortened() {
        return detail != null && detail.length() > SHOWN;
    }

    /** How many characters the details hold, for the tab's note on details it shortened. */
    public int getDetailLength() {
        return detail == null ? 0 : detail.length();
    }

    public String getSalt() {
        return salt;
    }
}
