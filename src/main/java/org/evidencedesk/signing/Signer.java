package org.evidencedesk.signing;

import java.io.IOException;
import java.io.InputStream;

/** Signs content Evidence Desk vouches for: receipts, bundle manifests, custody checkpoints. */
public interface Signer {

    /**
     * A detached CAdES-BASELINE-B signature (DER CMS SignedData) over the content, which is read once,
     * to its end, and never held in memory whole.
     */
    byte[] signDetached(InputStream content) throws IOException;

    /**
     * The same signature with an RFC 3161 token over each signature value added as the unsigned
     * attribute signature-time-stamp, which makes it CAdES-BASELINE-T.
     *
     * @throws IllegalArgumentException if {@code signedData} is not a CMS SignedData
     */
    byte[] addSignatureTimestamp(byte[] signedData, Timestamper timestamper);
}
