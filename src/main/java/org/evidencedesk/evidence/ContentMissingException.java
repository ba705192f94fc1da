package org.evidencedesk.evidence;

/**
 * An item's content is gone from the store (a damaged disk, a restore without the blobs): it cannot be downloaded.
 * Checked, so that the transaction that marked the item for the court commits its mark.
 */
public class ContentMissingException extends Exception {

    private static final long serialVersionUID = 1L;

    private final long itemId;

    public ContentMissingException(long itemId, String exhibitNumber) {
        super("The stored content of item " + itemId + " (" + exhibitNumber + ") is missing from the store");
        this.itemId = itemId;
    }

    public long itemId() {
        return itemId;
    }
}
