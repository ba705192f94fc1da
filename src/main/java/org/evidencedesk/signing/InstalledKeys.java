package org.evidencedesk.signing;

import java.util.Objects;

/**
 * What the server's keystore holds: the keys it signs and stamps with, and the issuing CAs (with what they issued)
 * that publish CRLs and answer OCSP. An installation from before the offline root has no issuing CAs until
 * {@code ./pki migrate} gives it some.
 */
public record InstalledKeys(SigningKeys keys, IssuingAuthorities authorities) {

    public InstalledKeys {
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(authorities, "authorities");
    }
}
