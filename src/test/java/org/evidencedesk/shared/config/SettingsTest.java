package org.evidencedesk.shared.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.evidencedesk.signing.TestKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class SettingsTest {

    private static Settings settings(Map<String, String> file, Map<String, String> environment, Map<String, String> system) {
        Properties defaults = new Properties();
        defaults.putAll(file);
        Properties systemProperties = new Properties();
        systemProperties.putAll(system);
        return Settings.resolve(defaults, environment, systemProperties);
    }

    @Test
    void systemPropertiesWinOverEnvironmentWhichWinsOverTheFile() {
        Settings settings = settings(
                Map.of("evidencedesk.http.port", "8080", "evidencedesk.time.zone", "UTC", "evidencedesk.locale", "en"),
                Map.of("EVIDENCEDESK_HTTP_PORT", "9090", "EVIDENCEDESK_TIME_ZONE", "Europe/Berlin"),
                Map.of("evidencedesk.http.port", "7070"));

        assertThat(settings.httpPort()).isEqualTo(7070);
        assertThat(settings.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(settings.defaultLocale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void theEmbeddedDefaultsNeedNoConfigurationAtAll() {
        Settings settings = settings(Map.of(), Map.of(), Map.of());

        assertThat(settings.dataDirectory()).isEqualTo(Path.of("data").toAbsolutePath());
        assertThat(settings.databaseUrl()).isEqualTo("jdbc:h2:file:" + Path.of("data/db/evidencedesk").toAbsolutePath());
        assertThat(settings.database()).isEqualTo(Database.H2);
        assertThat(settings.databaseUser()).isEqualTo("sa");
        assertThat(settings.httpPort()).isEqualTo(8080);
        assertThat(settings.timeZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(settings.uploadLimitBytes()).isEqualTo(2L << 30);
        assertThat(settings.demo()).isFalse();
        assertThat(settings.adminPassword()).isEmpty();
    }

    @Test
    void theShippedDefaultsFileIsReadable() {
        Properties shipped = Settings.readDefaults(Path.of("config", Settings.FILE_NAME));

        Settings settings = Settings.resolve(shipped, Map.of(), new Properties());

        assertThat(settings.httpPort()).isEqualTo(8080);
        assertThat(settings.defaultLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(settings.uploadLimitBytes()).isEqualTo(2L << 30);
    }

    @Test
    void postgresqlIsRecognisedByItsUrl() {
        Settings settings = settings(Map.of(), Map.of("EVIDENCEDESK_DB_URL", "jdbc:postgresql://127.0.0.1:5432/ed"), Map.of());

        assertThat(settings.database()).isEqualTo(Database.POSTGRESQL);
        assertThat(settings.database().dataSourceClass()).isEqualTo("org.postgresql.ds.PGSimpleDataSource");
    }

    @Test
    void environmentNamesFollowThePropertyNames() {
        assertThat(Setting.DB_URL.environmentName()).isEqualTo("EVIDENCEDESK_DB_URL");
        assertThat(Setting.UPLOAD_LIMIT.environmentName()).isEqualTo("EVIDENCEDESK_UPLOAD_LIMIT");
        assertThat(Setting.ADMIN_PASSWORD.environmentName()).isEqualTo("EVIDENCEDESK_ADMIN_PASSWORD");
    }

    @Test
    void uploadLimitsTakeUnits() {
        assertThat(settings(Map.of(), Map.of(), Map.of("evidencedesk.upload.limit", "500MiB")).uploadLimitBytes()).isEqualTo(500L << 20);
        assertThat(settings(Map.of(), Map.of(), Map.of("evidencedesk.upload.limit", "1024")).uploadLimitBytes()).isEqualTo(1024);
        assertThat(settings(Map.of(), Map.of(), Map.of("evidencedesk.upload.limit", "3 kib")).uploadLimitBytes()).isEqualTo(3072);
    }

    @Test
    void uploadsHashWithSm3InHalfTheProcessorsUnlessSetAndNoneIsRefused() {
        assertThat(settings(Map.of(), Map.of(), Map.of()).sm3Lanes())
                .isEqualTo(Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
        assertThat(settings(Map.of(), Map.of("EVIDENCEDESK_UPLOAD_SM3_LANES", "3"), Map.of()).sm3Lanes()).isEqualTo(3);
        for (String bad : new String[]{"0", "-1", "two", "1025"}) {
            Settings settings = settings(Map.of(), Map.of(), Map.of("evidencedesk.upload.sm3.lanes", bad));
            assertThatThrownBy(settings::sm3Lanes).isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("evidencedesk.upload.sm3.lanes").hasMessageContaining("from 1 to 1024");
        }
    }

    @Test
    void aRefusedTimeStampQueryWaitsASecondUnlessConfiguredOtherwise() {
        assertThat(settings(Map.of(), Map.of(), Map.of()).tsaRefusalPause()).isEqualTo(java.time.Duration.ofSeconds(1));
        assertThat(settings(Map.of(), Map.of("EVIDENCEDESK_RATELIMIT_TSA_PAUSE", "0"), Map.of()).tsaRefusalPause()).isZero();
        for (String refused : List.of("-1", "10001", "1s")) {
            Settings settings = settings(Map.of("evidencedesk.ratelimit.tsa.pause", refused), Map.of(), Map.of());
            assertThatThrownBy(settings::tsaRefusalPause).isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("evidencedesk.ratelimit.tsa.pause");
        }
    }

    @Test
    void aLoginAskedToComeBackAtTheGateWaitsFiveSecondsUnlessConfiguredOtherwise() {
        assertThat(settings(Map.of(), Map.of(), Map.of()).loginBusyPause()).isEqualTo(java.time.Duration.ofSeconds(5));
        assertThat(settings(Map.of(), Map.of("EVIDENCEDESK_LOGIN_BUSY_PAUSE", "10000"), Map.of()).loginBusyPause())
                .isEqualTo(java.time.Duration.ofSeconds(10));
        assertThat(settings(Map.of("evidencedesk.login.busy.pause", "0"), Map.of(), Map.of()).loginBusyPause()).isZero();
        for (String refused : List.of("-1", "10001", "1s")) {
            Settings settings = settings(Map.of("evidencedesk.login.busy.pause", refused), Map.of(), Map.of());
            assertThatThrownBy(settings::loginBusyPause).isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("evidencedesk.login.busy.pause").hasMessageContaining("from 0 to 10000");
        }
    }

    @Test
    void tenThousandSessionsOfVisitorsUnlessSet() {
        assertThat(settings(Map.of(), Map.of(), Map.of()).anonymousSessions()).isEqualTo(10_000);
        assertThat(settings(Map.of(), Map.of("EVIDENCEDESK_SESSIONS_ANONYMOUS", "500"), Map.of()).anonymousSessions()).isEqualTo(500);
        for (String bad : new String[]{"0", "-1", "many", "1000001"}) {
            Settings settings = settings(Map.of(), Map.of(), Map.of("evidencedesk.sessions.anonymous", bad));
            assertThatThrownBy(settings::anonymousSessions).isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("evidencedesk.sessions.anonymous").hasMessageContaining("from 1 to 1000000");
        }
    }

    @Test
    void halfTheProcessorsCheckPasswordsAnd32LoginsWaitUnlessSet() {
        Settings defaults = settings(Map.of(), Map.of(), Map.of());
        assertThat(defaults.loginChecks()).isEqualTo(Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
        assertThat(defaults.loginWaiting()).isEqualTo(32);
        Settings set = settings(Map.of(), Map.of("EVIDENCEDESK_LOGIN_CHECKS", "3"), Map.of("evidencedesk.login.waiting", "8"));
        assertThat(set.loginChecks()).isEqualTo(3);
        assertThat(set.loginWaiting()).isEqualTo(8);
        for (String bad : new String[]{"0", "-1", "two", "1025"}) {
            Settings settings = settings(Map.of(), Map.of(), Map.of("evidencedesk.login.checks", bad, "evidencedesk.login.waiting",
                    bad.equals("1025") ? "101" : bad));
            assertThatThrownBy(settings::loginChecks).isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("evidencedesk.login.checks").hasMessageContaining("from 1 to 1024");
            assertThatThrownBy(settings::loginWaiting).isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("evidencedesk.login.waiting").hasMessageContaining("from 1 to 100");
        }
    }

    @Test
    void chineseLocaleTagsFallToSimplifiedChinese() {
        assertThat(settings(Map.of(), Map.of("EVIDENCEDESK_LOCALE", "zh-CN"), Map.of()).defaultLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(settings(Map.of(), Map.of("EVIDENCEDESK_LOCALE", "zh_CN"), Map.of()).defaultLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void rulingsAreInChineseUnlessSetOtherwiseWhateverThePagesLanguage() {
        assertThat(settings(Map.of(), Map.of("EVIDENCEDESK_LOCALE", "en"), Map.of()).rulingsLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(settings(Map.of(), Map.of("EVIDENCEDESK_RULINGS_LOCALE", "en"), Map.of()).rulingsLocale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void badValuesAreRefusedWithTheSettingNamed() {
        assertRefused("evidencedesk.http.port", "eighty", "EVIDENCEDESK_HTTP_PORT");
        assertRefused("evidencedesk.http.port", "70000", "1 to 65535");
        assertRefused("evidencedesk.time.zone", "Mars/Olympus", "EVIDENCEDESK_TIME_ZONE");
        assertRefused("evidencedesk.locale", "fr", "en or zh-CN");
        assertRefused("evidencedesk.rulings.locale", "fr", "EVIDENCEDESK_RULINGS_LOCALE");
        assertRefused("evidencedesk.upload.limit", "lots", "EVIDENCEDESK_UPLOAD_LIMIT");
        assertRefused("evidencedesk.upload.limit", "0", "positive");
        assertRefused("evidencedesk.heap", "huge", "EVIDENCEDESK_HEAP");
        assertRefused("evidencedesk.tsa.url", "ftp://tsa.example/", "EVIDENCEDESK_TSA_URL");
        assertRefused("evidencedesk.tsa.pin", "AB:CD:EF", "SHA-256 fingerprint");
        assertRefused("evidencedesk.tsa.pin", "z".repeat(64), "EVIDENCEDESK_TSA_PIN");
        assertRefused("evidencedesk.tsa.policy", "policy one", "object identifier");
        assertRefused("evidencedesk.tsa.trust", "/no/such/tsa-root.pem", "cannot be read");
        assertRefused("evidencedesk.pki.public-base-url", "ftp://court.example", "EVIDENCEDESK_PKI_PUBLIC_BASE_URL");
        assertRefused("evidencedesk.pki.public-base-url", "https://court.example/?a=b", "without query");
        assertRefused("evidencedesk.pki.leaf-validity", "0", "EVIDENCEDESK_PKI_LEAF_VALIDITY");
        assertRefused("evidencedesk.pki.renew-before", "soon", "EVIDENCEDESK_PKI_RENEW_BEFORE");
    }

    @Test
    void thePublicBaseUrlOfTheKeysIsLocalUnlessSetAndLosesATrailingSlash() {
        assertThat(settings(Map.of(), Map.of(), Map.of()).pkiPublicBaseUrl()).hasToString("http://localhost:8080");
        assertThat(settings(Map.of(), Map.of("EVIDENCEDESK_PKI_PUBLIC_BASE_URL", "https://evidence.court.example/desk/"), Map.of())
                .pkiPublicBaseUrl()).hasToString("https://evidence.court.example/desk");
        assertThat(settings(Map.of(), Map.of(), Map.of()).pkiLeafValidity()).isEqualTo(java.time.Duration.ofDays(730));
        assertThat(settings(Map.of(), Map.of(), Map.of()).pkiRenewBefore()).isEqualTo(java.time.Duration.ofDays(180));
    }

    @Test
    void theExternalAuthoritysTrustAnchorsPinAndPolicyAreRead(@TempDir Path temp) throws Exception {
        X509Certificate root = TestKeys.ROOT.certificate();
        Path trust = Files.writeString(temp.resolve("tsa-roots.pem"), pem(root) + pem(TestKeys.another().rootCertificate()));
        String fingerprint = HexFormat.ofDelimiter(":").withUpperCase().formatHex(MessageDigest.getInstance("SHA-256").digest(root.getEncoded()));

        Settings settings = settings(Map.of(), Map.of("EVIDENCEDESK_TSA_TRUST", trust.toString(), "EVIDENCEDESK_TSA_PIN", fingerprint,
                "EVIDENCEDESK_TSA_POLICY", "1.2.156.112562.1.1"), Map.of());

        assertThat(settings.tsaTrust()).hasSize(2).first().isEqualTo(root);
        assertThat(settings.tsaPin()).contains(fingerprint.replace(":", "").toLowerCase(Locale.ROOT));
        assertThat(settings.tsaPolicy()).contains("1.2.156.112562.1.1");
        assertThat(settings(Map.of(), Map.of(), Map.of()).tsaTrust()).isEmpty();
    }

    @Test
    void aTrustFileHoldingNoCertificateIsRefused(@TempDir Path temp) throws Exception {
        Path empty = Files.writeString(temp.resolve("empty.pem"), "");
        Path notPem = Files.writeString(temp.resolve("notes.pem"), "-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n-----END CERTIFICATE-----\n");

        assertThatThrownBy(() -> settings(Map.of(), Map.of(), Map.of("evidencedesk.tsa.trust", empty.toString())).tsaTrust())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("holds none");
        assertThatThrownBy(() -> settings(Map.of(), Map.of(), Map.of("evidencedesk.tsa.trust", notPem.toString())).tsaTrust())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("is not one");
    }

    public static String pem(X509Certificate certificate) throws Exception {
        return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }

    @Test
    void theGraceOfUnregisteredUploadsIsADayUnlessSetInSecondsMinutesHoursOrDays() {
        assertThat(settings(Map.of(), Map.of(), Map.of()).unregisteredBlobGrace()).isEqualTo(java.time.Duration.ofHours(24));
        assertThat(settings(Map.of(), Map.of(), Map.of("evidencedesk.blobs.unregistered.grace", "20s")).unregisteredBlobGrace())
                .isEqualTo(java.time.Duration.ofSeconds(20));
        assertThat(settings(Map.of(), Map.of("EVIDENCEDESK_BLOBS_UNREGISTERED_GRACE", "90m"), Map.of()).unregisteredBlobGrace())
                .isEqualTo(java.time.Duration.ofMinutes(90));
        assertThat(settings(Map.of(), Map.of(), Map.of("evidencedesk.blobs.unregistered.grace", "2d")).unregisteredBlobGrace())
                .isEqualTo(java.time.Duration.ofDays(2));
        for (String bad : new String[] {"0h", "-1h", "24", "a day", "9999999999d"}) {
            Settings settings = settings(Map.of(), Map.of(), Map.of("evidencedesk.blobs.unregistered.grace", bad));
            assertThatThrownBy(settings::unregisteredBlobGrace).isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("evidencedesk.blobs.unregistered.grace").hasMessageContaining("24h");
        }
    }

    @Test
    void sha256ReachesItsEndOfLifeAtTheStartOfTheConfiguredDayInUtc() {
        assertThat(settings(Map.of(), Map.of(), Map.of()).sha256EndOfLife()).isEqualTo(java.time.Instant.parse("2030-12-31T00:00:00Z"));
        assertThat(settings(Map.of(), Map.of("EVIDENCEDESK_SHA256_END_OF_LIFE", "2029-06-30"), Map.of()).sha256EndOfLife())
                .isEqualTo(java.time.Instant.parse("2029-06-30T00:00:00Z"));
        Settings bad = settings(Map.of(), Map.of(), Map.of("evidencedesk.sha256.end-of-life", "2030"));
        assertThatThrownBy(bad::sha256EndOfLife).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("evidencedesk.sha256.end-of-life").hasMessageContaining("2030-12-31");
    }

    @Test
    void anUnknownDatabaseUrlIsRefused() {
        Settings settings = settings(Map.of(), Map.of(), Map.of("evidencedesk.db.url", "jdbc:oracle:thin:@host:1521:db"));

        assertThatThrownBy(settings::database)
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("Unknown database URL 'jdbc:oracle:thin:@host:1521:db'");
    }

    @Test
    void theNightlySweepRunsAtThreeUnlessSetAndABadTimeIsRefused() {
        assertThat(settings(Map.of(), Map.of(), Map.of()).sweepTime()).isEqualTo(java.time.LocalTime.of(3, 0));
        assertThat(settings(Map.of(), Map.of("EVIDENCEDESK_SWEEP_TIME", "01:30"), Map.of()).sweepTime())
                .isEqualTo(java.time.LocalTime.of(1, 30));
        assertThatThrownBy(() -> settings(Map.of(), Map.of(), Map.of("evidencedesk.sweep.time", "3am")).sweepTime())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("EVIDENCEDESK_SWEEP_TIME");
    }

    @Test
    void archiveTimestampsAreRenewedAtFourNinetyDaysAheadUnlessSetAndBadValuesAreRefused() {
        assertThat(settings(Map.of(), Map.of(), Map.of()).renewalTime()).isEqualTo(java.time.LocalTime.of(4, 0));
        assertThat(settings(Map.of(), Map.of(), Map.of()).renewalMargin()).isEqualTo(java.time.Duration.ofDays(90));
        assertThat(settings(Map.of(), Map.of("EVIDENCEDESK_RENEWAL_MARGIN", "180"), Map.of()).renewalMargin())
                .isEqualTo(java.time.Duration.ofDays(180));
        assertThatThrownBy(() -> settings(Map.of(), Map.of(), Map.of("evidencedesk.renewal.margin", "0")).renewalMargin())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("EVIDENCEDESK_RENEWAL_MARGIN");
        assertThatThrownBy(() -> settings(Map.of(), Map.of(), Map.of("evidencedesk.renewal.margin", "90d")).renewalMargin())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("EVIDENCEDESK_RENEWAL_MARGIN");
        assertThatThrownBy(() -> settings(Map.of(), Map.of(), Map.of("evidencedesk.renewal.time", "4am")).renewalTime())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("EVIDENCEDESK_RENEWAL_TIME");
    }

    @Test
    void rateLimitsAreACountPerPeriodAndBadOnesAreRefusedWithTheSettingNamed() {
        assertThat(settings(Map.of(), Map.of(), Map.of()).tsaRateLimit()).contains(new RateLimit(120, java.time.Duration.ofMinutes(1)));
        assertThat(settings(Map.of(), Map.of("EVIDENCEDESK_RATELIMIT_LOGIN", "10/s"), Map.of()).loginRateLimit())
                .isEqualTo(new RateLimit(10, java.time.Duration.ofSeconds(1)));
        assertThatThrownBy(() -> settings(Map.of(), Map.of(), Map.of("evidencedesk.ratelimit.verify", "lots")).verifyRateLimit())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("EVIDENCEDESK_RATELIMIT_VERIFY")
                .hasMessageContaining("120/min");
    }

    @Test
    void theAuthoritysRateLimitCanBeSwitchedOffButTheVerifiersCannot() {
        assertThat(settings(Map.of(), Map.of("EVIDENCEDESK_RATELIMIT_TSA", "off"), Map.of()).tsaRateLimit()).isEmpty();
        assertThat(settings(Map.of(), Map.of(), Map.of("evidencedesk.ratelimit.tsa", " OFF ")).tsaRateLimit()).isEmpty();
        assertThat(settings(Map.of(), Map.of(), Map.of("evidencedesk.ratelimit.tsa", "5/s")).tsaRateLimit())
                .contains(new RateLimit(5, java.time.Duration.ofSeconds(1)));
        assertThatThrownBy(() -> settings(Map.of(), Map.of(), Map.of("evidencedesk.ratelimit.verify", "off")).verifyRateLimit())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("EVIDENCEDESK_RATELIMIT_VERIFY");
    }

    @Test
    void theOcspRespondersRateLimitIsItsOwnAndCanBeSwitchedOff() {
        assertThat(settings(Map.of(), Map.of(), Map.of()).ocspRateLimit()).contains(new RateLimit(120, java.time.Duration.ofMinutes(1)));
        assertThat(settings(Map.of(), Map.of("EVIDENCEDESK_RATELIMIT_OCSP", "off"), Map.of()).ocspRateLimit()).isEmpty();
        assertThat(settings(Map.of(), Map.of(), Map.of("evidencedesk.ratelimit.ocsp", "5/s", "evidencedesk.ratelimit.tsa", "off"))
                .ocspRateLimit()).contains(new RateLimit(5, java.time.Duration.ofSeconds(1)));
        assertThatThrownBy(() -> settings(Map.of(), Map.of(), Map.of("evidencedesk.ratelimit.ocsp", "lots")).ocspRateLimit())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("EVIDENCEDESK_RATELIMIT_OCSP");
    }

    private static void assertRefused(String key, String value, String expectedInMessage) {
        Settings settings = settings(Map.of(), Map.of(), Map.of(key, value));
        assertThatThrownBy(() -> {
            settings.httpPort();
            settings.timeZone();
            settings.defaultLocale();
            settings.rulingsLocale();
            settings.uploadLimitBytes();
            settings.heap();
            settings.tsaUrl();
            settings.tsaPin();
            settings.tsaPolicy();
            settings.tsaTrust();
            settings.pkiPublicBaseUrl();
            settings.pkiLeafValidity();
            settings.pkiRenewBefore();
        }).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(key)
                .hasMessageContaining(expectedInMessage);
    }
}
