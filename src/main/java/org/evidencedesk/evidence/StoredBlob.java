package org.evidencedesk.evidence;

import java.util.Objects;

/**
 * The outcome of storing content: its digest, and whether this call added it ({@code false} when identical
 * content was already in the store and the new copy was discarded).
 */
public record StoredBlob(ContentDigest digest, boolean newlyStored) {

    public StoredBlob {
        Objects.requireNonNull(digest, "digest");
    }
}
