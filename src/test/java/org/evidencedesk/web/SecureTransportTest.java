package org.evidencedesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** When a request counts as HTTPS: the container's own TLS always; a proxy's header only if the proxy is trusted. */
class SecureTransportTest {

    @Test
    void theContainersOwnTlsCountsWhateverTheHeaderSays() {
        assertThat(SecureTransport.isHttps(true, null, false)).isTrue();
        assertThat(SecureTransport.isHttps(true, "http", false)).isTrue();
    }

    @Test
    void aForwardedProtoHeaderCountsOnlyWhenTheProxyIsTrusted() {
        assertThat(SecureTransport.isHttps(false, "https", false)).isFalse();
        assertThat(SecureTransport.isHttps(false, "https", true)).isTrue();
        assertThat(SecureTransport.isHttps(false, "HTTPS", true)).isTrue();
    }

    @Test
    void plainHttpStaysPlain() {
        assertThat(SecureTransport.isHttps(false, null, true)).isFalse();
        assertThat(SecureTransport.isHttps(false, "http", true)).isFalse();
        assertThat(SecureTransport.isHttps(false, "", true)).isFalse();
    }

    @Test
    void behindAChainOfProxiesTheBrowsersOwnSchemeCounts() {
        assertThat(SecureTransport.isHttps(false, "https, http", true)).isTrue();
        assertThat(SecureTransport.isHttps(false, "http, https", true)).isFalse();
    }
}
