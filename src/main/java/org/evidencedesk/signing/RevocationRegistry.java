package org.evidencedesk.signing;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;

/**
 * What the installation's authorities have revoked, read when they issue a CRL or answer an OCSP request.
 * A port: the record is kept in the database, beside the custody logs the revocations are written to.
 */
public interface RevocationRegistry {

    /** The revocation of the certificate {@code serialNumber} of {@code issuer}, if it was revoked. */
    Optional<Revocation> find(X500Principal issuer, BigInteger serialNumber);

    /** Every revocation by {@code issuer}, oldest first: the entries of its next CRL. */
    List<Revocation> revokedBy(X500Principal issuer);
}
