package org.evidencedesk.custody;

import java.io.Serializable;
import java.time.Instant;

/**
 * A custody entry as one viewer sees it on the case page: whole, or withheld, with only what its link shows (sequence,
 * time, hash). A withheld row holds nothing else, so no page can show what the viewer may not see.
 */
public final class CustodyRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long sequence;
    private final Instant occurredAt;
    private final String entryHash;
    private final boolean withheld;
    private final String actor;
    private final CustodyAction action;
    private final String detail;

    private CustodyRow(CustodyEntry entry, boolean withheld) {
        this.sequence = entry.getSequence();
        this.occurredAt = entry.getOccurredAt();
        this.entryHash = entry.getEntryHash();
        this.withheld = withheld;
        this.actor = withheld ? null : entry.getActor();
        this.action = withheld ? null : entry.getAction();
        this.detail = withheld ? null : entry.getDetail();
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

    public boolean isWithheld() {
        return withheld;
    }

    public String getActor() {
        return actor;
    }

    public CustodyAction getAction() {
        return action;
    }

    public String getDetail() {
        return detail;
    }
}
