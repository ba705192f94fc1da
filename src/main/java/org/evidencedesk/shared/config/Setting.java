package org.evidencedesk.shared.config;

import java.util.Locale;

/** Every setting Evidence Desk reads, with the property name used in {@code config/} and on the command line. */
public enum Setting {
    DATA_DIR("evidencedesk.data.dir"),
    DB_URL("evidencedesk.db.url"),
    DB_USER("evidencedesk.db.user"),
    DB_PASSWORD("evidencedesk.db.password"),
    HTTP_PORT("evidencedesk.http.port"),
    PROXY_TRUSTED("evidencedesk.proxy.trusted"),
    TIME_ZONE("evidencedesk.time.zone"),
    LOCALE("evidencedesk.locale"),
    RULINGS_LOCALE("evidencedesk.rulings.locale"),
    UPLOAD_LIMIT("evidencedesk.upload.limit"),
    UPLOAD_SM3_LANES("evidencedesk.upload.sm3.lanes"),
    VERIFY_BUNDLE_LIMIT("evidencedesk.verify.bundle.limit"),
    VERIFY_CONCURRENT("evidencedesk.verify.concurrent"),
    VERIFY_TIME_BUDGET("evidencedesk.verify.time.budget"),
    DISK_RESERVE("evidencedesk.disk.reserve"),
    DEMO("evidencedesk.demo"),
    ADMIN_PASSWORD("evidencedesk.admin.password"),
    HEAP("evidencedesk.heap"),
    CASE_NUMBER_PATTERN("evidencedesk.case.number.pattern"),
    KEYSTORE_PASSWORD("evidencedesk.keystore.password"),
    TSA_URL("evidencedesk.tsa.url"),
    TSA_FALLBACK("evidencedesk.tsa.fallback"),
    TSA_TRUST("evidencedesk.tsa.trust"),
    TSA_PIN("evidencedesk.tsa.pin"),
    TSA_POLICY("evidencedesk.tsa.policy"),
    PDF_FONT("evidencedesk.pdf.font"),
    RULES_DIR("evidencedesk.rules.dir"),
    SWEEP_TIME("evidencedesk.sweep.time"),
    RENEWAL_TIME("evidencedesk.renewal.time"),
    RENEWAL_MARGIN("evidencedesk.renewal.margin"),
    RATELIMIT_TSA("evidencedesk.ratelimit.tsa"),
    RATELIMIT_OCSP("evidencedesk.ratelimit.ocsp"),
    RATELIMIT_VERIFY("evidencedesk.ratelimit.verify"),
    RATELIMIT_LOGIN("evidencedesk.ratelimit.login"),
    LOGIN_CHECKS("evidencedesk.login.checks"),
    LOGIN_WAITING("evidencedesk.login.waiting"),
    LOGIN_BUSY_PAUSE("evidencedesk.login.busy.pause"),
    SESSIONS_ANONYMOUS("evidencedesk.sessions.anonymous"),
    RATELIMIT_TSA_PAUSE("evidencedesk.ratelimit.tsa.pause"),
    RATELIMIT_API("evidencedesk.ratelimit.api"),
    BLOBS_UNREGISTERED_GRACE("evidencedesk.blobs.unregistered.grace"),
    SHA256_END_OF_LIFE("evidencedesk.sha256.end-of-life"),
    PKI_PUBLIC_BASE_URL("evidencedesk.pki.public-base-url"),
    PKI_LEAF_VALIDITY("evidencedesk.pki.leaf-validity"),
    PKI_RENEW_BEFORE("evidencedesk.pki.renew-before");

    private final String key;

    Setting(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The environment variable that overrides this setting: {@code evidencedesk.db.url} → {@code EVIDENCEDESK_DB_URL}. */
    public String environmentName() {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}
