package org.evidencedesk.signing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.evidencedesk.shared.config.ConfigurationException;

/**
 * The jobs that need the root's key, done by an operator with the root's folder at hand (the {@code ./pki}
 * command), never by the running server: making the root, issuing an issuing CA (the first ones, or one that
 * replaces a CA), signing the root's CRL, and moving an older installation's online root into a folder of its own.
 * The server's keystore is written here; a running server sees the change at its next start.
 */
public final class RootCeremony {

    private static final List<String> SIGNING_LEAVES = List.of(SigningKeyStore.SIGNING_ALIAS);
    private static final List<String> TIMESTAMPING_LEAVES = List.of(SigningKeyStore.TIMESTAMPING_ALIAS,
            SigningKeyStore.PUBLIC_TIMESTAMPING_ALIAS);

    private final Clock clock;
    private final LocalCertificateAuthority authority;

    public RootCeremony(Clock clock, AuthorityAddresses addresses, Duration leafValidity) {
        this.clock = clock;
        this.authority = new LocalCertificateAuthority(clock, addresses, leafValidity);
    }

    /** A new root in {@code rootFolder}, with its password file, certificate and first CRL. */
    public RootAuthority initRoot(Path rootFolder) {
        return RootAuthority.create(rootFolder, authority.createRoot(), clock);
    }

    /**
     * Issues a new CA of each of {@code roles} under the root and, under each, the leaves of its role; the leaves
     * they replace are kept as retired entries. Without a server keystore yet, both CAs and all leaves are made and
     * the keystore is created (a key ceremony before the first start).
     *
     * @return the slugs of the CAs issued
     */
    public List<String> issueAuthorities(Path rootFolder, Path keysDirectory, char[] password, Set<AuthorityRole> roles) {
        RootAuthority root = RootAuthority.open(rootFolder);
        Path keystore = keysDirectory.resolve(KeysDirectory.KEYSTORE_FILE);
        try {
            if (!Files.exists(keystore)) {
                OwnerOnlyFiles.createDirectory(keysDirectory);
                OwnerOnlyFiles.createNew(keystore, KeysDirectory.issueUnder(authority, root.credential(), password));
                root.publishTo(keysDirectory);
                return List.of(AuthorityRole.DOCUMENT_SIGNING.slug(1), AuthorityRole.TIME_STAMPING.slug(1));
            }
            KeyStore store = SigningKeyStore.open(keystore, password);
            requireSameRoot(store, keystore, root);
            IssuingAuthorities existing = SigningKeyStore.authorities(keystore, password, root.credential().certificate());
            List<String> issued = new ArrayList<>();
            for (AuthorityRole role : roles) {
                IssuingAuthority ca = authority.issueAuthority(root.credential(), role, existing.nextGeneration(role));
                store.setKeyEntry(ca.slug(), ca.credential().privateKey(), password, ca.credential().chain().toArray(Certificate[]::new));
                for (String alias : role == AuthorityRole.DOCUMENT_SIGNING ? SIGNING_LEAVES : TIMESTAMPING_LEAVES) {
                    replaceLeaf(store, alias, ca, password);
                }
                issued.add(ca.slug());
            }
            OwnerOnlyFiles.replace(keystore, SigningKeyStore.bytes(store, password));
            root.publishTo(keysDirectory);
            return issued;
        } catch (IOException | GeneralSecurityException e) {
            throw new ConfigurationException("Cannot write the keystore " + keystore + ": " + e.getMessage(), e);
        }
    }

    /**
     * Signs the root's next CRL, revoking the issuing CA published as {@code revokeSlug} if one is named, and
     * publishes it into the keys folder for the server to serve.
     */
    public X509CRL signRootCrl(Path rootFolder, Path keysDirectory, char[] password, Optional<String> revokeSlug, RevocationReason reason) {
        RootAuthority root = RootAuthority.open(rootFolder);
        List<Revocation> revocations = new ArrayList<>();
        if (revokeSlug.isPresent()) {
            IssuingAuthorities authorities = SigningKeyStore.authorities(keysDirectory.resolve(KeysDirectory.KEYSTORE_FILE), password,
                    root.credential().certificate());
            IssuingAuthority revoked = authorities.bySlug(revokeSlug.get()).orElseThrow(() -> new ConfigurationException(
                    "No issuing CA '" + revokeSlug.get() + "' in the keystore; its CAs are "
                            + authorities.authorities().stream().map(IssuingAuthority::slug).toList()));
            revocations.add(new Revocation(root.credential().certificate().getSubjectX500Principal(),
                    revoked.certificate().getSerialNumber(), clock.instant(), reason));
        }
        X509CRL crl = root.signCrl(revocations, clock);
        root.publishTo(keysDirectory);
        return crl;
    }

    /**
     * An installation from before the offline root: its root (the same certificate, so every verifier keeps its
     * root-ca.pem) moves into {@code rootFolder}, the two issuing CAs are issued under it and new leaves under
     * them; the old leaves stay as retired entries (the root's CRL answers for them) and the root key leaves the
     * server's keystore. Run again after an interruption, it finishes the job.
     */
    public void migrate(Path rootFolder, Path keysDirectory, char[] password) {
        Path keystore = keysDirectory.resolve(KeysDirectory.KEYSTORE_FILE);
        KeyStore store = SigningKeyStore.open(keystore, password);
        try {
            if (!store.isKeyEntry(SigningKeyStore.ROOT_ALIAS)) {
                throw new ConfigurationException("The keystore " + keystore + " holds no root key ('" + SigningKeyStore.ROOT_ALIAS
                        + "'): it is migrated already, or was never made by Evidence Desk; its aliases are " + Collections.list(store.aliases()));
            }
            Credential root = SigningKeyStore.credential(store, keystore, SigningKeyStore.ROOT_ALIAS, password);
            RootAuthority offline;
            if (RootAuthority.existsIn(rootFolder)) {
                offline = RootAuthority.open(rootFolder);
                if (!offline.credential().certificate().equals(root.certificate())) {
                    throw new ConfigurationException("The folder " + rootFolder + " already holds another root; name an empty folder");
                }
            } else {
                offline = RootAuthority.create(rootFolder, root, clock);
            }
            IssuingAuthority signingCa = authority.issueAuthority(root, AuthorityRole.DOCUMENT_SIGNING, 1);
            IssuingAuthority timestampingCa = authority.issueAuthority(root, AuthorityRole.TIME_STAMPING, 1);
            for (IssuingAuthority ca : List.of(signingCa, timestampingCa)) {
                store.setKeyEntry(ca.slug(), ca.credential().privateKey(), password, ca.credential().chain().toArray(Certificate[]::new));
            }
            replaceLeaf(store, SigningKeyStore.SIGNING_ALIAS, signingCa, password);
            replaceLeaf(store, SigningKeyStore.TIMESTAMPING_ALIAS, timestampingCa, password);
            replaceLeaf(store, SigningKeyStore.PUBLIC_TIMESTAMPING_ALIAS, timestampingCa, password);
            store.deleteEntry(SigningKeyStore.ROOT_ALIAS);
            OwnerOnlyFiles.replace(keystore, SigningKeyStore.bytes(store, password));
            offline.publishTo(keysDirectory);
        } catch (IOException | GeneralSecurityException e) {
            throw new ConfigurationException("Cannot migrate the keystore " + keystore + ": " + e.getMessage(), e);
        }
    }

    /** The leaf under {@code alias} (if any) kept as a retired certificate entry, and a fresh one from {@code ca} in its place. */
    private void replaceLeaf(KeyStore store, String alias, IssuingAuthority ca, char[] password) throws GeneralSecurityException {
        Credential fresh;
        if (store.isKeyEntry(alias)) {
            X509Certificate old = (X509Certificate) store.getCertificate(alias);
            store.setCertificateEntry(SigningKeyStore.retiredAlias(alias, old), old);
            fresh = authority.renew(old, ca);
        } else if (SigningKeyStore.PUBLIC_TIMESTAMPING_ALIAS.equals(alias)) {
            fresh = authority.issuePublicTimestamping(ca);
        } else {
            fresh = SigningKeyStore.SIGNING_ALIAS.equals(alias) ? authority.issueSigning(ca) : authority.issueTimestamping(ca);
        }
        store.setKeyEntry(alias, fresh.privateKey(), password, fresh.chain().toArray(Certificate[]::new));
    }

    private static void requireSameRoot(KeyStore store, Path keystore, RootAuthority root) throws GeneralSecurityException {
        Certificate[] chain = store.getCertificateChain(SigningKeyStore.SIGNING_ALIAS);
        if (chain == null || !chain[chain.length - 1].equals(root.credential().certificate())) {
            throw new ConfigurationException("The keystore " + keystore + " does not chain to the root in " + root.folder());
        }
    }
}
