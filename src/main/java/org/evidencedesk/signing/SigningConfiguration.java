package org.evidencedesk.signing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import org.evidencedesk.shared.config.Settings;

/**
 * The installation's keys and what uses them: the built-in time-stamping authorities (one for evidence,
 * one for the public {@code /tsa}, each with its own serial file), the receipt signer and the long-term (LTA) signer
 * built on it. Keys live in
 * {@code data/keys}, created on first start.
 */
@ApplicationScoped
public class SigningConfiguration {

    @Produces
    @Singleton
    SigningKeys keys(Settings settings, Clock clock) {
        Path directory = keysDirectory(settings);
        return new KeysDirectory(clock).loadOrCreate(directory, KeysDirectory.passwordFor(directory, settings.keystorePassword()));
    }

    /** The built-in evidence authority: it stamps evidence unless an external one is configured. */
    @Produces
    @Singleton
    @Typed(BouncyCastleTimestampAuthority.class)
    BouncyCastleTimestampAuthority timestampAuthority(SigningKeys keys, Settings settings, Clock clock) {
        return new BouncyCastleTimestampAuthority(keys.timestamping(),
                new FileSerialNumbers(keysDirectory(settings).resolve(KeysDirectory.SERIAL_FILE), clock), clock,
                TimestampPolicy.EVIDENCE);
    }

    /**
     * The built-in public authority behind {@code /tsa}: its own certificate, policy and serial sequence, never
     * evidence. Nothing is shared with the evidence authority, no lock and no serial file, so however many
     * anonymous queries wait for this one, an evidence token never waits behind them.
     */
    @Produces
    @Singleton
    @PublicTimestamps
    @Typed(BouncyCastleTimestampAuthority.class)
    BouncyCastleTimestampAuthority publicTimestampAuthority(SigningKeys keys, Settings settings, Clock clock) {
        return new BouncyCastleTimestampAuthority(keys.publicTimestamping(),
                new FileSerialNumbers(keysDirectory(settings).resolve(KeysDirectory.PUBLIC_SERIAL_FILE), clock), clock,
                TimestampPolicy.PUBLIC);
    }

    /**
     * What stamps evidence: the external authority if configured, its every token verified (with the
     * built-in as fallback if allowed), else the built-in.
     */
    @Produces
    @ApplicationScoped
    Timestamper timestamper(Settings settings, BouncyCastleTimestampAuthority builtIn, Clock clock) {
        return ExternalAuthority.configured(settings)
                .<Timestamper>map(external -> settings.tsaFallback()
                        ? new FallbackTimestamper(new HttpTimestamper(external, clock), builtIn)
                        : new HttpTimestamper(external, clock))
                .orElse(builtIn);
    }

    /** What the integrity sweep checks each item's stored token with; a final class, so not proxied. */
    @Produces
    @Singleton
    EvidenceTokenCheck evidenceTokenCheck(SigningKeys keys, Settings settings, Clock clock) {
        return new EvidenceTokenCheck(keys, ExternalAuthority.configured(settings), clock);
    }

    @Produces
    @ApplicationScoped
    Signer signer(SigningKeys keys, Clock clock) {
        return new CmsSigner(keys.signing(), clock);
    }

    /**
     * Archive time-stamps for CAdES signatures, over the evidence time-stamper and the installation's validation data
     * (the {@link ValidationDataSource} bean comes with the installation's authorities); SHA-256's end of life is set.
     */
    @Produces
    @Singleton
    @Typed(CadesArchiveTimestamps.class)
    CadesArchiveTimestamps cadesArchiveTimestamps(Timestamper timestamper, ValidationDataSource validation, Settings settings) {
        return new CadesArchiveTimestamps(timestamper, validation, settings.sha256EndOfLife());
    }

    /** What signs receipts, custody checkpoints and bundle manifests: CAdES-BASELINE-LTA at creation. */
    @Produces
    @ApplicationScoped
    LongTermSigner longTermSigner(Signer signer, Timestamper timestamper, CadesArchiveTimestamps archive) {
        return new CadesLongTermSigner(signer, timestamper, archive);
    }

    static Path keysDirectory(Settings settings) {
        return settings.dataDirectory().resolve("keys");
    }
}
