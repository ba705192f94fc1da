package org.evidencedesk.signing;

import java.util.logging.Logger;

/**
 * The configured external authority first; when it cannot give a token, or gives one that is refused,
 * the built-in one, if the installation allows that, and the reason is logged. The token itself names
 * the authority that issued it.
 */
public final class FallbackTimestamper implements Timestamper {

    private static final Logger LOG = Logger.getLogger(FallbackTimestamper.class.getName());

    private final Timestamper primary;
    private final Timestamper fallback;

    public FallbackTimestamper(Timestamper primary, Timestamper fallback) {
        this.primary = primary;
        this.fallback = fallback;
    }

    @Override
    public TimestampToken stamp(byte[] sha256Digest) {
        try {
            return primary.stamp(sha256Digest);
        } catch (TimestampException e) {
            LOG.warning(() -> e.getMessage() + "; stamping with the built-in authority instead");
            return fallback.stamp(sha256Digest);
        }
    }
}
