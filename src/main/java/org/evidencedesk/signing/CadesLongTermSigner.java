package org.evidencedesk.signing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * CAdES-BASELINE-LTA in the order the levels build on each other (ETSI EN 319 122-1, 5.3 to 5.5): the B-level
 * signature, its signature-time-stamp (T), then the validation data and the first archive time-stamp (LT and LTA),
 * which is what a renewal adds again later. Costs two time-stamps and the chains' revocation data per signature.
 */
public final class CadesLongTermSigner implements LongTermSigner {

    private final Signer signer;
    private final Timestamper timestamper;
    private final CadesArchiveTimestamps archive;

    public CadesLongTermSigner(Signer signer, Timestamper timestamper, CadesArchiveTimestamps archive) {
        this.signer = Objects.requireNonNull(signer, "signer");
        this.timestamper = Objects.requireNonNull(timestamper, "timestamper");
        this.archive = Objects.requireNonNull(archive, "archive");
    }

    @Override
    public byte[] signDetached(byte[] content) {
        try {
            byte[] basic = signer.signDetached(new ByteArrayInputStream(content));
            return archive.renew(signer.addSignatureTimestamp(basic, timestamper), content);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read content held in memory", e);
        }
    }
}
