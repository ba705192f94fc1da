package org.evidencedesk.signing;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The issuing CAs and the leaves they issued as the keystore holds them now. The OCSP responder answers "unknown" for
 * a leaf it does not know of; the certificate-renewal job adds rotated leaves to the keystore while the server runs, and
 * the evidence authority stamps with the new one from its next token, so its status must be answered from then on,
 * not from the next start. Reloaded when the file changed; one that cannot be read leaves the loaded view in use.
 */
final class KeystoreAuthorities implements Supplier<IssuingAuthorities> {

    private static final Logger LOG = Logger.getLogger(KeystoreAuthorities.class.getName());

    private final Path keystore;
    private final Function<Path, IssuingAuthorities> reading;
    private volatile Loaded loaded;

    private record Loaded(Optional<Object> version, IssuingAuthorities authorities) {
    }

    KeystoreAuthorities(Path keystore, Function<Path, IssuingAuthorities> reading, IssuingAuthorities current) {
        this.keystore = Objects.requireNonNull(keystore, "keystore");
        this.reading = Objects.requireNonNull(reading, "reading");
        this.loaded = new Loaded(FileVersion.of(keystore), Objects.requireNonNull(current, "current"));
    }

    @Override
    public IssuingAuthorities get() {
        Loaded now = loaded;
        Optional<Object> version = FileVersion.of(keystore);
        if (version.isEmpty() || version.equals(now.version())) {
            return now.authorities();
        }
        synchronized (this) {
            if (!version.equals(loaded.version())) {
                IssuingAuthorities authorities = loaded.authorities();
                try {
                    authorities = reading.apply(keystore);
                } catch (RuntimeException e) {
                    LOG.warning("The keystore " + keystore + " changed but cannot be read (" + e.getMessage()
                            + "): certificate status is answered for the certificates it held before");
                }
                loaded = new Loaded(version, authorities);
            }
            return loaded.authorities();
        }
    }
}
