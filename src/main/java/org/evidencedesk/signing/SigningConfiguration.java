package org.evidencedesk.signing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.security.auth.x500.X500Principal;
import org.evidencedesk.shared.config.Settings;

/**
 * The installation's keys and what uses them: the built-in time-stamping authorities (one for evidence,
 * one for the public {@code /tsa}, each with its own serial file) and the receipt signer. Keys live in
 * {@code data/keys}, created on first start.
 */
@ApplicationScoped
public class SigningConfiguration {

    private static final Logger LOG = Logger.getLogger(SigningConfiguration.class.getName());

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
    OcspResponder ocspResponder(IssuingAuthorities authorities, Instance<RevocationRegistry> registry, Clock clock) {
        return new OcspResponder(authorities, revocations(registry), clock);
    }

    @Produces
    @Singleton
    AuthorityRevocationLists revocationLists(IssuingAuthorities authorities, Instance<RevocationRegistry> registry, Settings settings,
            Clock clock) {
        return new AuthorityRevocationLists(authorities, revocations(registry),
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
     * The database's record of revocations once the application has one; until then nothing is revoked, which
     * is what an installation that has no record of revocations can truthfully answer.
     */
    private static RevocationRegistry revocations(Instance<RevocationRegistry> registry) {
        if (registry.isResolvable()) {
            return registry.get();
        }
        LOG.warning("No record of revocations is deployed: CRLs and OCSP answers list no revoked certificate");
        return new RevocationRegistry() {
            @Override
            public Optional<Revocation> find(X500Principal issuer, BigInteger serialNumber) {
                return Optional.empty();
            }

            @Override
            public List<Revocation> revokedBy(X500Principal issuer) {
                return List.of();
            }
        };
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

    static Path keysDirectory(Settings settings) {
        return settings.dataDirectory().resolve("keys");
    }
}
