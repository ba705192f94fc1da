package org.evidencedesk.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.evidencedesk.shared.config.ConfigurationException;
import org.junit.jupiter.api.Test;

/** Configurations that would let whoever answers backdate evidence are refused before anything is stamped. */
class ExternalAuthorityTest {

    private static final List<java.security.cert.X509Certificate> ANCHOR = List.of(TestKeys.ROOT.certificate());
    private static final Optional<String> PIN = Optional.of("ab".repeat(32));

    @Test
    void httpsWithATrustAnchorIsAccepted() {
        ExternalAuthority authority = new ExternalAuthority(URI.create("https://tsa.example/tsr"), ANCHOR, Optional.empty(), Optional.empty());

        assertThat(authority.trustAnchors()).containsExactlyElementsOf(ANCHOR);
    }

    @Test
    void httpsWithoutATrustAnchorIsRefused() {
        assertThatThrownBy(() -> new ExternalAuthority(URI.create("https://tsa.example/tsr"), List.of(), PIN, Optional.empty()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("no trust anchor");
    }

    @Test
    void plainHttpIsRefusedUnlessItsCertificateIsPinned() {
        URI plain = URI.create("http://tsa.example/tsr");

        assertThatThrownBy(() -> new ExternalAuthority(plain, ANCHOR, Optional.empty(), Optional.empty()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("plain HTTP")
                .hasMessageContaining("evidencedesk.tsa.pin");
        assertThat(new ExternalAuthority(plain, ANCHOR, PIN, Optional.empty()).pin()).isEqualTo(PIN);
    }
}
