package org.evidencedesk.signing;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The first certificate to run out among those every signature of the installation depends on (the root and each
 * credential's chain): the day by which the keys must be renewed and stored signatures carry an archive time-stamp,
 * since a path is valid only while each certificate in it is (RFC 5280 section 6.1.3 (a)(2)).
 *
 * @param subject the certificate's subject, as it names itself
 * @param notAfter the last instant it is valid
 */
public record EarliestExpiry(String subject, Instant notAfter) {

    public EarliestExpiry {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(notAfter, "notAfter");
    }

    public static EarliestExpiry of(SigningKeys keys) {
        X509Certificate first = Stream.concat(Stream.of(keys.rootCertificate()),
                        Stream.of(keys.signing(), keys.timestamping(), keys.publicTimestamping())
                                .flatMap(credential -> credential.chain().stream()))
                .min(Comparator.comparing(X509Certificate::getNotAfter))
                .orElseThrow();
        return new EarliestExpiry(first.getSubjectX500Principal().getName(), first.getNotAfter().toInstant());
    }

    /** Whole days from {@code now} until it runs out, rounded down; negative once it has. */
    public long daysLeft(Instant now) {
        return Math.floorDiv(Duration.between(now, notAfter).toSeconds(), Duration.ofDays(1).toSeconds());
    }
}
