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
    InstalledKeys installedKeys(Settings settings, Clock clock) {
        Path directory = keysDirectory(settings);
        return new KeysDirectory(clock, new AuthorityAddresses(settings.pkiPublicBaseUrl()), settings.pkiLeafValidity(),
                settings.pkiRenewBefore()).loadOrCreateInstallation(directory, KeysDirectory.passwordFor(directory, settings.keystorePassword()));
    }

    @Produces
    @Singleton
    SigningKeys keys(InstalledKeys installed) {
        return installed.keys();
    }

    @Produces
    @Singleton
    IssuingAuthorities authorities(InstalledKeys installed) {
        return installed.authorities();
    }

    @Produces
    @Singleton
    AuthorityAddresses addresses(Settings settings) {
        return new AuthorityAddresses(settings.pkiPublicBaseUrl());
    }

    @Produces
    @Singleton
    OcspResponder ocspResponder(IssuingAuthorities authorities, RevocationRegistry registry, Settings settings, Clock clock) {
        Path directory = keysDirectory(settings);
        char[] password = KeysDirectory.passwordFor(directory, settings.keystorePassword());
        return new OcspResponder(new KeystoreAuthorities(directory.resolve(KeysDirectory.KEYSTORE_FILE),
                keystore -> SigningKeyStore.authorities(keystore, password, authorities.root()), authorities), registry, clock);
    }

    @Produces
    @Singleton
    AuthorityRevocationLists revocationLists(IssuingAuthorities authorities, RevocationRegistry registry, Settings settings,
            Clock clock) {
        return new AuthorityRevocationLists(authorities, registry,
                keysDirectory(settings).resolve(KeysDirectory.ROOT_CRL_FILE), clock);
    }

    /** What the signatures embed as proof of their chain's status: the installation's own authorities answer. */
    @Produces
    @Singleton
    @Typed(ValidationDataSource.class)
    ValidationDataSource validationData(IssuingAuthorities authorities, OcspResponder responder, AuthorityRevocationLists crls) {
        return new AuthorityValidationData(authorities, responder, crls);
    }

    /**
     * The built-in evidence authority: it stamps evidence unless an external one is configured, with the keystore's
     * current evidence time-stamping certificate, so a rotation by the certificate-renewal job counts from the next token.
     */
    @Produces
    @Singleton
    @Typed(EvidenceTimestampAuthority.class)
    EvidenceTimestampAuthority timestampAuthority(SigningKeys keys, Settings settings, Clock clock) {
        Path directory = keysDirectory(settings);
        return EvidenceTimestampAuthority.inKeystore(directory.resolve(KeysDirectory.KEYSTORE_FILE),
                KeysDirectory.passwordFor(directory, settings.keystorePassword()), keys.timestamping(),
                new FileSerialNumbers(directory.resolve(KeysDirectory.SERIAL_FILE), clock), clock);
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
    Timestamper timestamper(Settings settings, EvidenceTimestampAuthority builtIn, Clock clock) {
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
     * Typed as itself, for the long-term signer, and as an {@link ArchiveTimestamps}, for the renewal job, which asks
     * every format in turn; nothing injects a bare {@code ArchiveTimestamps}, which the PAdES one is as well.
     */
    @Produces
    @Singleton
    @Typed({CadesArchiveTimestamps.class, ArchiveTimestamps.class})
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
