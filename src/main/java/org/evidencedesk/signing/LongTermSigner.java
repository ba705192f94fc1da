package org.evidencedesk.signing;

/**
 * Signs what Evidence Desk vouches for (receipts, custody checkpoints, bundle manifests) so that it still verifies
 * when its certificates have expired: a detached CAdES-BASELINE-LTA signature (ETSI EN 319 122-1, 5.5) carrying a
 * signature time-stamp, the validation data of every certificate involved and an archive time-stamp. A verifier
 * needs only the installation's root and nothing fetched.
 */
public interface LongTermSigner {

    /** A DER CMS SignedData, detached, over the content, at level CAdES-BASELINE-LTA. */
    byte[] signDetached(byte[] content);
}
