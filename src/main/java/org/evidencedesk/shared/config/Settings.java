package org.evidencedesk.shared.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The resolved configuration: defaults from {@code config/evidencedesk.properties}, overridden by
 * environment variables, overridden by system properties. Typed accessors refuse bad values with a
 * {@link ConfigurationException} whose message names the setting.
 */
public final class Settings {

    /** System property naming the folder that holds {@code evidencedesk.properties}. */
    public static final String CONFIG_DIR_PROPERTY = "evidencedesk.config.dir";
    /** The system property naming the JDBC data source class, written by the launcher for the server. */
    public static final String DATASOURCE_CLASS_PROPERTY = "evidencedesk.db.datasource-class";
    static final String FILE_NAME = "evidencedesk.properties";

    static final String DEFAULT_PDF_FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";

    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(B|KiB|MiB|GiB|TiB)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEAP = Pattern.compile("\\d+[kmgKMG]?");
    private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(s|m|h|d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern OBJECT_IDENTIFIER = Pattern.compile("[0-2](\\.(0|[1-9]\\d*))+");

    private final Map<Setting, String> values;

    Settings(Map<Setting, String> values) {
        this.values = new EnumMap<>(values);
    }

    /** Reads the configuration of this process: its config folder, environment and system properties. */
    public static Settings current() {
        return resolve(readDefaults(configDirectory().resolve(FILE_NAME)), System.getenv(), System.getProperties());
    }

    /** The folder of shipped configuration: defaults, holiday calendars, legal rule sets. */
    public static Path configDirectory() {
        return Path.of(System.getProperty(CONFIG_DIR_PROPERTY, "config")).toAbsolutePath().normalize();
    }

    /** Settings from explicit sources, in the order of precedence {@link #current()} uses; for tools and tests. */
    public static Settings resolve(Properties defaults, Map<String, String> environment, Properties systemProperties) {
        Map<Setting, String> resolved = new EnumMap<>(Setting.class);
        for (Setting setting : Setting.values()) {
            String value = systemProperties.getProperty(setting.key());
            if (value == null) {
                value = environment.get(setting.environmentName());
            }
            if (value == null) {
                value = defaults.getProperty(setting.key());
            }
            if (value != null) {
                resolved.put(setting, value.trim());
            }
        }
        return new Settings(resolved);
    }

    static Properties readDefaults(Path file) {
        Properties defaults = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                defaults.load(reader);
            } catch (IOException e) {
                throw new ConfigurationException("Cannot read configuration file " + file.toAbsolutePath() + ": " + e.getMessage(), e);
            }
        }
        return defaults;
    }

    public Optional<String> value(Setting setting) {
        return Optional.ofNullable(values.get(setting)).filter(value -> !value.isEmpty());
    }

    public Path dataDirectory() {
        return Path.of(value(Setting.DATA_DIR).orElse("data")).toAbsolutePath().normalize();
    }

    public String databaseUrl() {
        return value(Setting.DB_URL)
                .orElseGet(() -> "jdbc:h2:file:" + dataDirectory().resolve("db").resolve("evidencedesk"));
    }

    public Database database() {
        return Database.of(databaseUrl());
    }

    public String databaseUser() {
        return value(Setting.DB_USER).orElse(database() == Database.H2 ? "sa" : "");
    }

    public String databasePassword() {
        return value(Setting.DB_PASSWORD).orElse("");
    }

    public int httpPort() {
        String raw = value(Setting.HTTP_PORT).orElse("8080");
        try {
            int port = Integer.parseInt(raw);
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw invalid(Setting.HTTP_PORT, raw, "a port number from 1 to 65535");
        }
    }

    /**
     * Whether a reverse proxy in front of the application ends HTTPS and sets {@code X-Forwarded-Proto}: only
     * then is that header believed, and session cookies are marked {@code Secure}.
     */
    public boolean proxyTrusted() {
        return Boolean.parseBoolean(value(Setting.PROXY_TRUSTED).orElse("false"));
    }

    public ZoneId timeZone() {
        String raw = value(Setting.TIME_ZONE).orElse("Asia/Shanghai");
        try {
            return ZoneId.of(raw);
        } catch (DateTimeException e) {
            throw invalid(Setting.TIME_ZONE, raw, "a time zone such as Asia/Shanghai");
        }
    }

    public Locale defaultLocale() {
        String raw = value(Setting.LOCALE).orElse("en");
        return SupportedLocales.match(Locale.forLanguageTag(raw.replace('_', '-')))
                .orElseThrow(() -> invalid(Setting.LOCALE, raw, "en or zh-CN"));
    }

    /** The language the court's rulings are written in: Chinese unless set, whatever the pages' language. */
    public Locale rulingsLocale() {
        String raw = value(Setting.RULINGS_LOCALE).orElse("zh-CN");
        return SupportedLocales.match(Locale.forLanguageTag(raw.replace('_', '-')))
                .orElseThrow(() -> invalid(Setting.RULINGS_LOCALE, raw, "en or zh-CN"));
    }

    public long uploadLimitBytes() {
        return size(Setting.UPLOAD_LIMIT, "2GiB");
    }

    /**
     * How many buffers of uploads (and of the integrity sweep's re-hashing) are hashed with SM3 at once: half the
     * processors by default, at least one, so that uploads never take every core from the pages.
     */
    public int sm3Lanes() {
        return positive(Setting.UPLOAD_SM3_LANES, halfTheProcessors(), "a number of lanes from 1 to 1024", 1024);
    }

    /**
     * How many passwords are checked at once (each check is 0.18 s of one core by design, and anyone may ask for one):
     * half the processors by default, at least one, so that a flood of logins never takes every core from the pages.
     */
    public int loginChecks() {
        return positive(Setting.LOGIN_CHECKS, halfTheProcessors(), "a number of checks from 1 to 1024", 1024);
    }

    /**
     * How many logins in all may wait for a password check before the next is asked to come back (503). Each holds a
     * request thread while it waits (the container has 200), hence at most 100.
     */
    public int loginWaiting() {
        return positive(Setting.LOGIN_WAITING, "32", "a number of logins from 1 to 100", 100);
    }

    /**
     * How long a login asked to come back before its form was read waits for its 503 (milliseconds, 0 to 10,000; 0
     * answers at once): a flood that posts again as soon as it is answered then posts once per pause and connection,
     * instead of as fast as the server can refuse. By default the five seconds its {@code Retry-After} asks for: the gate
     * refuses only while every check slot and place to wait is taken, and a second's pause still left a clerk's page
     * at 4.2 times its quiet p95 under a flood of 100 clients, five seconds at 2.0-2.7 times (benchmarks.md).
     */
    public java.time.Duration loginBusyPause() {
        return java.time.Duration.ofMillis(
                wholeNumber(Setting.LOGIN_BUSY_PAUSE, "5000", "a number of milliseconds from 0 to 10000", 0, 10_000));
    }

    /**
     * How many of the sessions started last on this node may be a visitor's who has not logged in: an older one is
     * ended as the next starts. Each page with a form keeps its state in a session (about 9 KB for the login page), and
     * anyone may open the login page: without a bound, one client asking for it without a cookie filled the heap.
     */
    public int anonymousSessions() {
        return positive(Setting.SESSIONS_ANONYMOUS, "10000", "a number of sessions from 1 to 1000000", 1_000_000);
    }

    /**
     * How long a time-stamp query or OCSP request past its address's limit waits for its 429 (milliseconds, 0 to 10,000;
     * 0 answers at once): a client that ignores Retry-After and asks again as soon as it is answered then asks once per
     * pause and connection, instead of as fast as the server can refuse.
     */
    public java.time.Duration tsaRefusalPause() {
        return java.time.Duration.ofMillis(
                wholeNumber(Setting.RATELIMIT_TSA_PAUSE, "1000", "a number of milliseconds from 0 to 10000", 0, 10_000));
    }

    private static String halfTheProcessors() {
        return String.valueOf(Math.min(1024, Math.max(1, Runtime.getRuntime().availableProcessors() / 2)));
    }

    /** The largest bundle the public verifier page takes: it verifies on the server, for anyone. */
    public long verifierBundleLimitBytes() {
        return size(Setting.VERIFY_BUNDLE_LIMIT, "4GiB");
    }

    /** How many verifications the public page runs at once; the next visitor is asked to come back (503). */
    public int verifierConcurrency() {
        return positive(Setting.VERIFY_CONCURRENT, "2", "a number of verifications from 1 to 64", 64);
    }

    /** How long one verification on the public page may run before it stops and says so. */
    public java.time.Duration verifierTimeBudget() {
        return java.time.Duration.ofSeconds(positive(Setting.VERIFY_TIME_BUDGET, "300", "a number of seconds from 1 to 86400", 86_400));
    }

    private int positive(Setting setting, String fallback, String expected, int most) {
        return wholeNumber(setting, fallback, expected, 1, most);
    }

    /** The setting's whole number, from {@code least} to {@code most}; anything else is refused as not {@code expected}. */
    private int wholeNumber(Setting setting, String fallback, String expected, int least, int most) {
        String raw = value(setting).orElse(fallback);
        try {
            int value = Integer.parseInt(raw);
            if (value < least || value > most) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw invalid(setting, raw, expected);
        }
    }

    /** Free space on the data directory's disk that no upload may eat into: the database and logs need it. */
    public long diskReserveBytes() {
        return size(Setting.DISK_RESERVE, "1GiB");
    }

    private long size(Setting setting, String fallback) {
        String raw = value(setting).orElse(fallback);
        Matcher matcher = SIZE.matcher(raw);
        if (!matcher.matches()) {
            throw invalid(setting, raw, "a size such as 2GiB, 500MiB or 1048576");
        }
        long amount = Long.parseLong(matcher.group(1));
        String unit = matcher.group(2) == null ? "B" : matcher.group(2).toUpperCase(Locale.ROOT);
        int shift = switch (unit) {
            case "KIB" -> 10;
            case "MIB" -> 20;
            case "GIB" -> 30;
            case "TIB" -> 40;
            default -> 0;
        };
        if (amount <= 0 || Long.numberOfLeadingZeros(amount) <= shift) {
            throw invalid(setting, raw, "a positive size such as 2GiB");
        }
        return amount << shift;
    }

    public boolean demo() {
        return Boolean.parseBoolean(value(Setting.DEMO).orElse("false"));
    }

    /** The password of the keys' keystore; when unset one is generated and kept owner-only beside it. */
    public Optional<String> keystorePassword() {
        return value(Setting.KEYSTORE_PASSWORD);
    }

    /** An external RFC 3161 authority to stamp evidence with instead of the built-in one. */
    public Optional<URI> tsaUrl() {
        return value(Setting.TSA_URL).map(raw -> {
            try {
                URI url = new URI(raw);
                if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
                    throw new URISyntaxException(raw, "not http or https");
                }
                return url;
            } catch (URISyntaxException e) {
                throw invalid(Setting.TSA_URL, raw, "an http or https URL");
            }
        });
    }

    /** Whether the built-in authority stamps evidence when the external one cannot. */
    public boolean tsaFallback() {
        return Boolean.parseBoolean(value(Setting.TSA_FALLBACK).orElse("false"));
    }

    /**
     * The certificates the external authority's tokens must chain to (its root or issuing CA), read from
     * a PEM file; none when unset.
     */
    public List<X509Certificate> tsaTrust() {
        Optional<String> raw = value(Setting.TSA_TRUST);
        if (raw.isEmpty()) {
            return List.of();
        }
        Path file = Path.of(raw.get()).toAbsolutePath().normalize();
        String expected = "a readable PEM file of the certificates the authority's tokens chain to";
        try (InputStream in = Files.newInputStream(file)) {
            List<X509Certificate> certificates = new ArrayList<>();
            for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                certificates.add((X509Certificate) certificate);
            }
            if (certificates.isEmpty()) {
                throw invalid(Setting.TSA_TRUST, raw.get(), expected + " (it holds none)");
            }
            return List.copyOf(certificates);
        } catch (IOException e) {
            throw invalid(Setting.TSA_TRUST, raw.get(), expected + " (" + file + " cannot be read)");
        } catch (CertificateException | ClassCastException e) {
            throw invalid(Setting.TSA_TRUST, raw.get(), expected + " (" + file + " is not one: " + e.getMessage() + ")");
        }
    }

    /** The SHA-256 fingerprint the external authority's signing certificate must have, as 64 lower-case hex digits. */
    public Optional<String> tsaPin() {
        return value(Setting.TSA_PIN).map(raw -> {
            String hex = raw.replace(":", "").toLowerCase(Locale.ROOT);
            if (!FINGERPRINT.matcher(hex).matches()) {
                throw invalid(Setting.TSA_PIN, raw, "the SHA-256 fingerprint of the authority's signing certificate, 64 hexadecimal"
                        + " digits, colons allowed (openssl x509 -in tsa.pem -noout -fingerprint -sha256)");
            }
            return hex;
        });
    }

    /** The policy the external authority is asked for and its tokens must carry; any when unset. */
    public Optional<String> tsaPolicy() {
        return value(Setting.TSA_POLICY).map(raw -> {
            if (!OBJECT_IDENTIFIER.matcher(raw).matches()) {
                throw invalid(Setting.TSA_POLICY, raw, "an object identifier such as 1.2.156.112562.1.1");
            }
            return raw;
        });
    }

    /**
     * The font documents are rendered in: a TrueType font or collection with Chinese and Latin glyphs.
     * It must exist; PDFBox cannot embed the CFF outlines of Noto CJK, hence WenQuanYi Zen Hei by default.
     */
    public Path pdfFont() {
        String raw = value(Setting.PDF_FONT).orElse(DEFAULT_PDF_FONT);
        Path font = Path.of(raw).toAbsolutePath().normalize();
        if (!Files.isRegularFile(font) || !Files.isReadable(font)) {
            throw new ConfigurationException("The PDF font " + font + " (" + Setting.PDF_FONT.key() + ") does not exist or cannot be read: "
                    + "install Debian's fonts-wqy-zenhei or set " + Setting.PDF_FONT.environmentName() + " to a TrueType font (.ttf or .ttc).");
        }
        return font;
    }

    /** The folder of legal rule sets, one JSON file per rule version: {@code config/rules} unless set. */
    public Path rulesDirectory() {
        return value(Setting.RULES_DIR).map(Path::of).orElseGet(() -> configDirectory().resolve("rules"))
                .toAbsolutePath().normalize();
    }

    public Optional<String> adminPassword() {
        return value(Setting.ADMIN_PASSWORD);
    }

    /** How accepted cases are numbered: {year}, {court} (the court's abbreviation) and {number} are filled in. */
    public String caseNumberPattern() {
        String raw = value(Setting.CASE_NUMBER_PATTERN).orElse("({year}){court}民初{number}号");
        if (!raw.contains("{number}")) {
            throw invalid(Setting.CASE_NUMBER_PATTERN, raw, "a pattern containing {number}, such as ({year}){court}民初{number}号");
        }
        return raw;
    }

    public String heap() {
        String raw = value(Setting.HEAP).orElse("1g");
        if (!HEAP.matcher(raw).matches()) {
            throw invalid(Setting.HEAP, raw, "a Java heap size such as 512m or 1g");
        }
        return raw;
    }

    /** When the nightly integrity sweep and its checkpoints run, in the court's time zone. */
    public LocalTime sweepTime() {
        String raw = value(Setting.SWEEP_TIME).orElse("03:00");
        try {
            return LocalTime.parse(raw);
        } catch (DateTimeException e) {
            throw invalid(Setting.SWEEP_TIME, raw, "a time of day such as 03:00");
        }
    }

    /** When the daily archive time-stamp renewal runs, in the court's time zone: after the sweep, so both are not busy at once. */
    public LocalTime renewalTime() {
        String raw = value(Setting.RENEWAL_TIME).orElse("04:00");
        try {
            return LocalTime.parse(raw);
        } catch (DateTimeException e) {
            throw invalid(Setting.RENEWAL_TIME, raw, "a time of day such as 04:00");
        }
    }

    /**
     * How long before a stored signature's archive time-stamp runs out (its certificate expires, or its hash algorithm
     * reaches its end of life) the renewal job adds a fresh one: long enough to ride out weeks of a time-stamping
     * authority being down, or of the job failing unnoticed.
     */
    public java.time.Duration renewalMargin() {
        long days = positive(Setting.RENEWAL_MARGIN, "90", "a number of days from 1 to 3650", 3650);
        return java.time.Duration.ofDays(days);
    }

    /**
     * Time-stamp queries one client address may send to the public authority ({@code /tsa}); none with the value
     * {@code off}: for an authority behind a proxy that limits its clients itself, or a throughput benchmark. Each
     * limited query costs a counter update in the database, an unlimited one nothing.
     */
    public Optional<RateLimit> tsaRateLimit() {
        return rateLimitOrOff(Setting.RATELIMIT_TSA, "120/min");
    }

    /**
     * Requests one client address may send to the OCSP responder ({@code /pki/ocsp}, GET and POST alike), counted apart
     * from its time-stamp queries; none with the value {@code off}. Each signs an answer: a validator asks a few per
     * signature it checks.
     */
    public Optional<RateLimit> ocspRateLimit() {
        return rateLimitOrOff(Setting.RATELIMIT_OCSP, "120/min");
    }

    private Optional<RateLimit> rateLimitOrOff(Setting setting, String fallback) {
        if (value(setting).filter(raw -> "off".equalsIgnoreCase(raw.strip())).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(rateLimit(setting, fallback));
    }

    /** Verifications one client address may ask the public verifier for: posts to {@code /verify.xhtml}. */
    public RateLimit verifyRateLimit() {
        return rateLimit(Setting.RATELIMIT_VERIFY, "20/min");
    }

    /** Login attempts one client address may make, right or wrong; failures are throttled besides. */
    public RateLimit loginRateLimit() {
        return rateLimit(Setting.RATELIMIT_LOGIN, "60/min");
    }

    /**
     * Calls one API token may make: enough for a client submitting a folder in parallel (each file is one or two
     * calls), low enough that a leaked or runaway token cannot crowd out the court's own work.
     */
    public RateLimit apiRateLimit() {
        return rateLimit(Setting.RATELIMIT_API, "600/min");
    }

    private RateLimit rateLimit(Setting setting, String fallback) {
        String raw = value(setting).orElse(fallback);
        return RateLimit.parse(raw).orElseThrow(() -> invalid(setting, raw, "a count per second, minute or hour such as 120/min, 5/s or 1000/h"));
    }

    /**
     * How long an uploaded file that no evidence names is kept before the nightly clean-up removes it: long enough
     * for its uploader to describe and submit it, short enough that uploading without submitting cannot fill the disk.
     */
    public java.time.Duration unregisteredBlobGrace() {
        String raw = value(Setting.BLOBS_UNREGISTERED_GRACE).orElse("24h");
        Matcher matcher = DURATION.matcher(raw);
        if (!matcher.matches() || Long.parseLong(matcher.group(1)) <= 0 || matcher.group(1).length() > 9) {
            throw invalid(Setting.BLOBS_UNREGISTERED_GRACE, raw, "a positive duration such as 24h, 90m, 2d or 30s");
        }
        long amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2).toLowerCase(Locale.ROOT)) {
            case "s" -> java.time.Duration.ofSeconds(amount);
            case "m" -> java.time.Duration.ofMinutes(amount);
            case "h" -> java.time.Duration.ofHours(amount);
            default -> java.time.Duration.ofDays(amount);
        };
    }

    /**
     * The day from which SHA-256 is no longer trusted to hold a time-stamp's imprint (ETSI TS 119 312 gives the
     * algorithms' lifetimes): every archive time-stamp must be renewed with a stronger hash before it.
     */
    public java.time.Instant sha256EndOfLife() {
        String raw = value(Setting.SHA256_END_OF_LIFE).orElse("2030-12-31");
        try {
            return java.time.LocalDate.parse(raw).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        } catch (DateTimeException e) {
            throw invalid(Setting.SHA256_END_OF_LIFE, raw, "a date such as 2030-12-31");
        }
    }

    /**
     * Where the installation's certificates, CRLs and OCSP responder are reachable from outside: every certificate
     * it issues names URLs under it (RFC 5280 sections 4.2.1.13 and 4.2.2.1), so it must not change once keys exist.
     */
    public URI pkiPublicBaseUrl() {
        String raw = value(Setting.PKI_PUBLIC_BASE_URL).orElse("http://localhost:8080");
        String expected = "an http or https URL without query or fragment, such as https://evidence.court.example";
        try {
            URI url = new URI(raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw);
            if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme()) || url.getHost() == null
                    || url.getRawQuery() != null || url.getRawFragment() != null) {
                throw invalid(Setting.PKI_PUBLIC_BASE_URL, raw, expected);
            }
            return url;
        } catch (URISyntaxException e) {
            throw invalid(Setting.PKI_PUBLIC_BASE_URL, raw, expected);
        }
    }

    /** How long a signing or time-stamping certificate the installation issues itself is valid, never beyond its issuing CA. */
    public java.time.Duration pkiLeafValidity() {
        return java.time.Duration.ofDays(positive(Setting.PKI_LEAF_VALIDITY, "730", "a number of days from 1 to 3650", 3650));
    }

    /**
     * A certificate with less than this left is replaced, at start-up and daily, by a fresh one from its issuing CA.
     * Twice the renewal margin by default: the evidence time-stamping certificate is then rotated 90 days before
     * signatures stamped with it fall due ({@link #renewalMargin}), so their archive time-stamp renewal has a newer
     * certificate to gain from, and the signing certificate has 180 days to be taken up at a restart.
     */
    public java.time.Duration pkiRenewBefore() {
        return java.time.Duration.ofDays(positive(Setting.PKI_RENEW_BEFORE, "180", "a number of days from 1 to 3650", 3650));
    }

    private static ConfigurationException invalid(Setting setting, String raw, String expected) {
        return new ConfigurationException("Invalid " + setting.key() + " (" + setting.environmentName() + ") '" + raw
                + "': expected " + expected + ".");
    }
}
