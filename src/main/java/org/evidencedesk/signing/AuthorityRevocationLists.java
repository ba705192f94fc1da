package org.evidencedesk.signing;

import java.math.BigInteger;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The CRLs the installation publishes: each issuing CA's, signed here with its key (RFC 5280 section 5) from what
 * the {@link RevocationRegistry} says it revoked, and the root's, which only the offline {@code ./pki} command
 * signs and the server reads from the keys folder. A CA's CRL is signed again once it is an hour old or its
 * entries changed, so a revocation shows at once and a flood of downloads costs no signatures.
 */
public final class AuthorityRevocationLists {

    /** Section 5.1.2.5: when the next CRL is due at the latest. */
    static final Duration VALIDITY = Duration.ofDays(7);
    private static final Duration REISSUE_AFTER = Duration.ofHours(1);

    private final IssuingAuthorities authorities;
    private final RevocationRegistry registry;
    private final Path rootCrlFile;
    private final AtomicReference<RootCrl> rootCrl = new AtomicReference<>();
    private final Clock clock;
    private final Map<String, Issued> latest = new ConcurrentHashMap<>();

    public AuthorityRevocationLists(IssuingAuthorities authorities, RevocationRegistry registry, Path rootCrlFile, Clock clock) {
        this.authorities = authorities;
        this.registry = registry;
        this.rootCrlFile = rootCrlFile;
        this.clock = clock;
    }

    /** The current CRL of the issuing CA {@code authority}. */
    public X509CRL of(IssuingAuthority authority) {
        List<Revocation> entries = registry.revokedBy(authority.certificate().getSubjectX500Principal()).stream()
                .filter(revocation -> authorities.issuedSerial(authority, revocation.serialNumber())).toList();
        Instant now = clock.instant();
        return latest.compute(authority.slug(), (slug, previous) -> previous != null && previous.entries().equals(entries)
                && previous.signedAt().plus(REISSUE_AFTER).isAfter(now) ? previous : sign(authority, entries, now)).crl();
    }

    /** The CRL of the CA published under {@code slug}, or the root's for {@value AuthorityAddresses#ROOT_SLUG}. */
    public Optional<X509CRL> bySlug(String slug) {
        if (AuthorityAddresses.ROOT_SLUG.equals(slug)) {
            return root();
        }
        return authorities.bySlug(slug).map(this::of);
    }

    /**
     * The root's CRL as the {@code ./pki} command last published it into the keys folder. Every signature's validation
     * data asks for it, so it is parsed again only when the file changed.
     */
    public Optional<X509CRL> root() {
        Optional<Object> version = FileVersion.of(rootCrlFile);
        RootCrl cached = rootCrl.get();
        if (version.isPresent() && cached != null && cached.version().equals(version.get())) {
            return cached.crl();
        }
        Optional<X509CRL> read = RootAuthority.readCrl(rootCrlFile);
        version.ifPresent(current -> rootCrl.set(new RootCrl(current, read)));
        return read;
    }

    /**
     * Its number is the time in milliseconds: increasing (section 5.2.3) across restarts and across servers sharing
     * the keys, without a counter to keep.
     */
    private static Issued sign(IssuingAuthority authority, List<Revocation> entries, Instant now) {
        Instant thisUpdate = now.truncatedTo(ChronoUnit.SECONDS);
        X509CRL crl = RevocationLists.sign(authority.credential(), BigInteger.valueOf(now.toEpochMilli()), thisUpdate,
                thisUpdate.plus(VALIDITY), entries, Optional.empty());
        return new Issued(crl, entries, now);
    }

    private record Issued(X509CRL crl, List<Revocation> entries, Instant signedAt) {
    }

    private record RootCrl(Object version, Optional<X509CRL> crl) {
    }
}
