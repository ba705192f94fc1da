package org.evidencedesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which address a request is counted for: the peer's, or the trusted proxy's last X-Forwarded-For entry. */
class ClientAddressTest {

    @Test
    void withoutATrustedProxyTheHeaderIsIgnored() {
        assertThat(ClientAddress.of("127.0.0.1", "203.0.113.9", false)).isEqualTo("127.0.0.1");
    }

    @Test
    void behindATrustedProxyTheEntryItAddedLastCounts() {
        assertThat(ClientAddress.of("10.0.0.2", "203.0.113.9", true)).isEqualTo("203.0.113.9");
        assertThat(ClientAddress.of("10.0.0.2", "1.2.3.4, 203.0.113.9", true))
                .as("the first entries are whatever the client sent").isEqualTo("203.0.113.9");
    }

    @Test
    void anEmptyOrMissingHeaderLeavesThePeer() {
        assertThat(ClientAddress.of("10.0.0.2", null, true)).isEqualTo("10.0.0.2");
        assertThat(ClientAddress.of("10.0.0.2", " , ", true)).isEqualTo("10.0.0.2");
    }

    @Test
    void anOverlongEntryIsCut() {
        assertThat(ClientAddress.of("10.0.0.2", "x".repeat(500), true)).hasSize(ClientAddress.MAX_LENGTH);
    }
}
