package org.evidencedesk.signing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
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

    /** The built-in authority: it answers {@code /tsa}, and stamps evidence unless an external one is configured. */
    @Produces
    @Singleton
    @Typed(BouncyCastleTimestampAuthority.class)
    BouncyCastleTimestampAuthority timestampAuthority(SigningKeys keys, Settings settings, Clock clock) {
        return new BouncyCastleTimestampAuthority(keys.timestamping(),
                new FileSerialNumbers(keysDirectory(settings).resolve(KeysDirectory.SERIAL_FILE), clock), clock);
    }


    /** What stamps evidence: the external authority if configured (with the built-in as fallback if allowed), else the built-in. */
    @Produces
    @ApplicationScoped
    Timestamper timestamper(Settings settings, BouncyCastleTimestampAuthority builtIn) {
        return settings.tsaUrl()
                .<Timestamper>map(url -> settings.tsaFallback()
                        ? new FallbackTimestamper(new HttpTimestamper(url), builtIn)
                        : new HttpTimestamper(url))
                .orElse(builtIn);
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
