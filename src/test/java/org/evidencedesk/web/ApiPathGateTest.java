package org.evidencedesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiPathGateTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/verify", "/api/v1/verify/file", "/api/v1/cases/12/submissions/a-b_c.1~x",
            "/api/v1/cases/12/items", "/api/v1/me"})
    void theWrittenFormsPass(String path) {
        assertThat(ApiPathGate.isWrittenForm(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/verify/", "/api/v1/verify/file/", "/api/v1//verify", "//api/v1/verify",
            "/api/v1/./verify", "/api/v1/x/../verify", "/api/v1/verify;x=1", "/api/v1/verify%2Ffile", "/api/v1/verify%2ffile",
            "/api/v1/%2E%2E/v1/verify", "/api/v1/verify%3bx", "/api/v1/verify%5Cfile", "/api/v1\\verify",
            "/api/v1/cases/12/submissions/key/"})
    void otherSpellingsOfAnAddressAreRefused(String path) {
        assertThat(ApiPathGate.isWrittenForm(path)).isFalse();
    }
}
