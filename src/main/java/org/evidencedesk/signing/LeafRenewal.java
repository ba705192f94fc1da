package org.evidencedesk.signing;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.evidencedesk.shared.config.ConfigurationException;

/**
 * Replaces a leaf certificate (signing, evidence or public time-stamping) that has less than the configured time
 * left by a fresh one from its role's current issuing CA. The old certificate stays in the keystore under a
 * retired alias: its status is still answered, and what it signed still verifies with the chain it carries.
 */
final class LeafRenewal {

    private static final Logger LOG = Logger.getLogger(LeafRenewal.class.getName());
    private static final List<String> LEAVES = List.of(SigningKeyStore.SIGNING_ALIAS, SigningKeyStore.TIMESTAMPING_ALIAS,
            SigningKeyStore.PUBLIC_TIMESTAMPING_ALIAS);

    private final LocalCertificateAuthority authority;
    private final Clock clock;
    private final Duration renewBefore;

    LeafRenewal(LocalCertificateAuthority authority, Clock clock, Duration renewBefore) {
        this.authority = authority;
        this.clock = clock;
        this.renewBefore = renewBefore;
    }

    /** The keystore's bytes with every leaf near its end replaced; empty if none needed it (or none could be). */
    Optional<byte[]> renewExpiring(Path pkcs12, char[] password, IssuingAuthorities authorities) {
        KeyStore store = SigningKeyStore.open(pkcs12, password);
        Instant threshold = clock.instant().plus(renewBefore);
        boolean changed = false;
        try {
            for (String alias : LEAVES) {
                if (!store.isKeyEntry(alias)) {
                    continue;
                }
                X509Certificate old = (X509Certificate) store.getCertificate(alias);
                if (!old.getNotAfter().toInstant().isBefore(threshold)) {
                    continue;
                }
                AuthorityRole role = SigningKeyStore.SIGNING_ALIAS.equals(alias) ? AuthorityRole.DOCUMENT_SIGNING : AuthorityRole.TIME_STAMPING;
                Optional<IssuingAuthority> issuer = authorities.current(role);
                if (issuer.isEmpty()) {
                    continue; // an installation still to be migrated: the root is not here to renew anything
                }
                Credential fresh = authority.renew(old, issuer.get());
                if (!fresh.certificate().getNotAfter().after(old.getNotAfter())) {
                    LOG.warning("The certificate '" + alias + "' expires " + old.getNotAfter().toInstant() + " and its issuing CA "
                            + issuer.get().slug() + " cannot issue one that lasts longer: issue a new CA with ./pki issue-ca");
                    continue;
                }
                store.setCertificateEntry(SigningKeyStore.retiredAlias(alias, old), old);
                store.setKeyEntry(alias, fresh.privateKey(), password, fresh.chain().toArray(Certificate[]::new));
                LOG.info("Renewed the certificate '" + alias + "' (it expired " + old.getNotAfter().toInstant() + "; the new one, serial "
                        + fresh.certificate().getSerialNumber().toString(16) + ", expires " + fresh.certificate().getNotAfter().toInstant()
                        + "); the old one is kept as " + SigningKeyStore.retiredAlias(alias, old));
                changed = true;
            }
            return changed ? Optional.of(SigningKeyStore.bytes(store, password)) : Optional.empty();
        } catch (GeneralSecurityException | IOException e) {
            throw new ConfigurationException("Keystore " + pkcs12 + ": cannot renew its certificates (" + e.getMessage() + ")", e);
        }
    }
}
