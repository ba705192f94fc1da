package org.evidencedesk.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The earliest expiry across the installation, as openssl reads the certificates' notAfter, and the days left. */
class EarliestExpiryTest {

    private static final DateTimeFormatter OPENSSL_DATE = DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss yyyy z", Locale.ENGLISH);

    @TempDir
    Path directory;

    @Test
    void itIsTheFirstNotAfterOpensslFindsAmongTheRootAndEveryChain() throws Exception {
        SigningKeys keys = TestKeys.SHARED;
        List<X509Certificate> certificates = new ArrayList<>(List.of(keys.rootCertificate()));
        Stream.of(keys.signing(), keys.timestamping(), keys.publicTimestamping()).forEach(c -> certificates.addAll(c.chain()));
        Instant earliest = null;
        String subject = null;
        for (X509Certificate certificate : certificates) {
            Instant notAfter = opensslNotAfter(certificate);
            if (earliest == null || notAfter.isBefore(earliest)) {
                earliest = notAfter;
                subject = certificate.getSubjectX500Principal().getName();
            }
        }

        EarliestExpiry expiry = EarliestExpiry.of(keys);

        assertThat(expiry.notAfter()).isEqualTo(earliest);
        assertThat(expiry.subject()).isEqualTo(subject);
    }

    @Test
    void theDaysLeftAreWholeDaysRoundedDownAndNegativeOnceItHasRunOut() {
        Instant notAfter = Instant.parse("2030-06-01T12:00:00Z");
        EarliestExpiry expiry = new EarliestExpiry("CN=Leaf", notAfter);

        assertThat(expiry.daysLeft(notAfter.minus(Duration.ofDays(10)))).isEqualTo(10);
        assertThat(expiry.daysLeft(notAfter.minus(Duration.ofDays(10)).plusSeconds(1))).isEqualTo(9);
        assertThat(expiry.daysLeft(notAfter)).isZero();
        assertThat(expiry.daysLeft(notAfter.plusSeconds(1))).isEqualTo(-1);
        assertThat(expiry.daysLeft(notAfter.plus(Duration.ofDays(3)))).isEqualTo(-3);
    }

    @Test
    void anExpiredInstallationShowsTheDaysSince() {
        EarliestExpiry expiry = EarliestExpiry.of(TestKeys.expired());

        assertThat(expiry.daysLeft(Instant.now())).isNegative();
    }

    private Instant opensslNotAfter(X509Certificate certificate) throws Exception {
        Path der = directory.resolve("certificate.der");
        Files.write(der, certificate.getEncoded());
        OpensslCommand.Result result = OpensslCommand.run(directory, "x509", "-inform", "DER", "-in", "certificate.der",
                "-noout", "-enddate");
        assertThat(result.succeeded()).as(result.output()).isTrue();
        String date = result.output().strip().substring("notAfter=".length());
        return ZonedDateTime.parse(date, OPENSSL_DATE).withZoneSameInstant(ZoneOffset.UTC).toInstant();
    }
}
