package org.evidencedesk.evidence;

import org.evidencedesk.shared.BusinessException;

/**
 * The content is longer than the upload limit. Thrown as soon as the first byte past the limit arrives, so the
 * rest is never read or stored.
 */
public class UploadTooLargeException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB"};

    private final long limit;

    public UploadTooLargeException(long limit) {
        super("evidence.upload.tooLarge", readable(limit));
        this.limit = limit;
    }

    /** The limit in bytes. */
    public long limit() {
        return limit;
    }

    // Exact units only, the way the limit is configured (2GiB reads "2 GiB", never a rounded "2.0 GB").
    private static String readable(long bytes) {
        long amount = bytes;
        int unit = 0;
        while (amount != 0 && amount % 1024 == 0 && unit < UNITS.length - 1) {
            amount /= 1024;
            unit++;
        }
        return amount + " " + UNITS[unit];
    }
}
