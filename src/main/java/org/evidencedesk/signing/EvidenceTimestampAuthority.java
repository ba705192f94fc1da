package org.evidencedesk.signing;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * The built-in authority that stamps evidence, with whatever evidence time-stamping certificate the server's keystore
 * holds now. The daily certificate-renewal job rotates that certificate in the keystore while the server runs, and an
 * archive time-stamp renewal only moves a signature's due date on with a certificate that expires later: so before each
 * token this looks at the keystore file (its modification time and identity, one attribute read) and, when it was
 * replaced, loads the new certificate and key. Serials go on from the same file: one authority, one sequence.
 * A keystore that cannot be read leaves the certificate in use as it is (still valid; the warning says why).
 */
public final class EvidenceTimestampAuthority implements Timestamper {

    private static final Logger LOG = Logger.getLogger(EvidenceTimestampAuthority.class.getName());

    private final Path keystore;
    private final Function<Path, Credential> timestampingIn;
    private final SerialNumbers serials;
    private final Clock clock;
    private volatile Loaded loaded;

    /** The authority as loaded from one version of the keystore file. */
    private record Loaded(Object version, X509Certificate certificate, BouncyCastleTimestampAuthority authority) {
    }

    /**
     * @param keystore the server's keystore file
     * @param timestampingIn reads the evidence time-stamping credential from it (checked as at start-up)
     * @param current the credential loaded at start-up
     */
    EvidenceTimestampAuthority(Path keystore, Function<Path, Credential> timestampingIn, Credential current, SerialNumbers serials,
            Clock clock) {
        this.keystore = Objects.requireNonNull(keystore, "keystore");
        this.timestampingIn = Objects.requireNonNull(timestampingIn, "timestampingIn");
        this.serials = Objects.requireNonNull(serials, "serials");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.loaded = new Loaded(version(), current.certificate(), authorityFor(current));
    }

    /** With the keystore at {@code keystore}, its password {@code password}, as {@link SigningKeyStore} reads it. */
    static EvidenceTimestampAuthority inKeystore(Path keystore, char[] password, Credential current, SerialNumbers serials, Clock clock) {
        char[] kept = password.clone();
        return new EvidenceTimestampAuthority(keystore, file -> SigningKeyStore.load(file, kept, SigningKeyStore.TIMESTAMPING_ALIAS,
                SigningKeyStore.PUBLIC_TIMESTAMPING_ALIAS, SigningKeyStore.SIGNING_ALIAS).timestamping(), current, serials, clock);
    }

    @Override
    public TimestampToken stamp(byte[] sha256Digest) {
        return current().authority().stamp(sha256Digest);
    }

    /** The certificate the next token is signed with. */
    public X509Certificate certificate() {
        return current().certificate();
    }

    private Loaded current() {
        Loaded now = loaded;
        Object version = version();
        if (version == null || version.equals(now.version())) {
            return now;
        }
        synchronized (this) {
            if (!version.equals(loaded.version())) {
                loaded = reload(version, loaded);
            }
            return loaded;
        }
    }

    private Loaded reload(Object version, Loaded before) {
        Credential fresh;
        try {
            fresh = timestampingIn.apply(keystore);
        } catch (RuntimeException e) {
            LOG.warning("The keystore " + keystore + " changed but its evidence time-stamping certificate cannot be loaded ("
                    + e.getMessage() + "): evidence is still stamped with the certificate serial "
                    + before.certificate().getSerialNumber().toString(16));
            return new Loaded(version, before.certificate(), before.authority());
        }
        if (fresh.certificate().equals(before.certificate())) {
            return new Loaded(version, before.certificate(), before.authority());
        }
        LOG.info("Evidence is now stamped with the time-stamping certificate serial " + fresh.certificate().getSerialNumber().toString(16)
                + " (expires " + fresh.certificate().getNotAfter().toInstant() + "), which replaced serial "
                + before.certificate().getSerialNumber().toString(16) + " in the keystore");
        return new Loaded(version, fresh.certificate(), authorityFor(fresh));
    }

    private BouncyCastleTimestampAuthority authorityFor(Credential timestamping) {
        return new BouncyCastleTimestampAuthority(timestamping, serials, clock, TimestampPolicy.EVIDENCE);
    }

    private Object version() {
        return FileVersion.of(keystore).orElse(null);
    }
}
