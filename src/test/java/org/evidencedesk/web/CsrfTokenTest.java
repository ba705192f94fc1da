package org.evidencedesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A session's request token: random, long enough, and accepted only exactly. */
class CsrfTokenTest {

    @Test
    void eachSessionGetsItsOwnUnguessableToken() {
        CsrfToken one = issued();
        CsrfToken other = issued();

        assertThat(one.getValue()).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(other.getValue());
        assertThat(other.accepts(one.getValue())).isFalse();
    }

    @Test
    void acceptsExactlyItsOwnValue() {
        CsrfToken token = issued();
        String value = token.getValue();

        assertThat(token.accepts(value)).isTrue();
        assertThat(token.accepts(null)).isFalse();
        assertThat(token.accepts("")).isFalse();
        assertThat(token.accepts(value.substring(1))).isFalse();
        assertThat(token.accepts(value + "x")).isFalse();
        assertThat(token.accepts((value.charAt(0) == 'A' ? "B" : "A") + value.substring(1))).isFalse();
    }

    private static CsrfToken issued() {
        CsrfToken token = new CsrfToken();
        token.issue();
        return token;
    }
}
