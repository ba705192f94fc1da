package org.evidencedesk.signing;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.evidencedesk.shared.config.ConfigurationException;
import org.evidencedesk.shared.config.Setting;
import org.evidencedesk.shared.config.Settings;

/**
 * An external RFC 3161 time-stamping authority as configured: where it answers, the certificates its
 * tokens must chain to, and, optionally, the SHA-256 fingerprint its signing certificate must have and
 * the policy it must issue under. Whoever can answer in its place could backdate evidence, so a
 * configuration that would let them is refused at start-up: no trust anchor at all, or plain HTTP
 * without a pinned certificate.
 *
 * @param pin lower-case hex SHA-256 of the authority's signing certificate, checked on every token
 */
public record ExternalAuthority(URI url, List<X509Certificate> trustAnchors, Optional<String> pin, Optional<String> policy) {

    public ExternalAuthority {
        Objects.requireNonNull(url, "url");
        trustAnchors = List.copyOf(trustAnchors);
        Objects.requireNonNull(pin, "pin");
        Objects.requireNonNull(policy, "policy");
        if (trustAnchors.isEmpty()) {
            throw new ConfigurationException("The time-stamping authority " + url + " (" + Setting.TSA_URL.key()
                    + ") has no trust anchor, so any reply would be believed: set " + Setting.TSA_TRUST.key() + " ("
                    + Setting.TSA_TRUST.environmentName() + ") to a PEM file of the certificates its tokens chain to.");
        }
        if ("http".equals(url.getScheme()) && pin.isEmpty()) {
            throw new ConfigurationException("The time-stamping authority " + url + " (" + Setting.TSA_URL.key()
                    + ") is plain HTTP, so anyone on the way could answer in its place: use https, or pin its signing"
                    + " certificate with " + Setting.TSA_PIN.key() + " (" + Setting.TSA_PIN.environmentName() + ").");
        }
    }

    /** The authority the settings name, checked; empty when evidence is stamped by the built-in one. */
    public static Optional<ExternalAuthority> configured(Settings settings) {
        return settings.tsaUrl().map(url -> new ExternalAuthority(url, settings.tsaTrust(), settings.tsaPin(), settings.tsaPolicy()));
    }
}
