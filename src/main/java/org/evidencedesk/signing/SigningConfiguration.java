package org.evidencedesk.signing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import org.evidencedesk.shared.config.Settings;

/**
 * The installation's keys and what uses them: the built-in time-stamping authority and the receipt
 * signer. Keys live in {@code data/keys}, created on first start.
 */
@ApplicationScoped
public class SigningConfiguration {

    @Produces
    @Singleton
    SigningKeys keys(Settings settings, Clock clock) {
        Path directory = keysDirectory(settings);
        return new KeysDirectory(clock).loadOrCreate(directory, KeysDirectory.passwordFor(directory, settings.keystorePassword()));
    }

    /** Also the {@link Timestamper} that stamps items: an external TSA URL is not supported yet. */
    @Produces
    @Singleton
    BouncyCastleTimestampAuthority timestampAuthority(SigningKeys keys, Settings settings, Clock clock) {
        return new BouncyCastleTimestampAuthority(keys.timestamping(),
                new FileSerialNumbers(keysDirectory(settings).resolve(KeysDirectory.SERIAL_FILE), clock), clock);
    }


    @Produces
    @ApplicationScoped
    Signer signer(SigningKeys keys, Clock clock) {
        return new CmsSigner(keys.signing(), clock);
    }

    static Path keysDirectory(Settings settings) {
        return settings.dataDirectory().resolve("keys");
    }
}
