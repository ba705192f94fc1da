package org.evidencedesk.renewal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import org.evidencedesk.signing.ArchiveTimestamps;

/**
 * Finds which {@link ArchiveTimestamps} renews a signature: there is one per signature format (CAdES for receipts and
 * checkpoints, PAdES for rulings), and each refuses a signature of another format, so the one that accepts it is its.
 */
@ApplicationScoped
class ArchiveFormats {

    @Inject
    @Any
    private Instance<ArchiveTimestamps> formats;

    /** A signature's format and when it is next due. */
    record Assessed(ArchiveTimestamps format, Instant renewBy) {
    }

    /**
     * @throws IllegalStateException when no implementation is installed at all
     * @throws IllegalArgumentException when none accepts the signature
     */
    Assessed assess(byte[] signature) {
        if (formats.isUnsatisfied()) {
            throw new IllegalStateException("No archive time-stamp implementation (ArchiveTimestamps) is installed");
        }
        IllegalArgumentException refused = null;
        for (ArchiveTimestamps format : formats) {
            try {
                return new Assessed(format, format.renewBy(signature));
            } catch (IllegalArgumentException e) {
                refused = e;
            }
        }
        throw new IllegalArgumentException("No archive time-stamp implementation accepts the signature: " + refused.getMessage(), refused);
    }
}
