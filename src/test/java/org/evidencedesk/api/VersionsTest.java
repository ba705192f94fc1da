package org.evidencedesk.api;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

class VersionsTest {

    @Test
    void noIfMatchLetsTheChangeGoOn() {
        assertThatCode(() -> Versions.checkIfMatch(ifMatch(null), 4)).doesNotThrowAnyException();
    }

    @Test
    void theCurrentVersionInAnyFormMatches() {
        assertThatCode(() -> Versions.checkIfMatch(ifMatch("\"4\""), 4)).doesNotThrowAnyException();
        assertThatCode(() -> Versions.checkIfMatch(ifMatch("W/\"4\""), 4)).doesNotThrowAnyException();
        assertThatCode(() -> Versions.checkIfMatch(ifMatch("\"3\", \"4\""), 4)).doesNotThrowAnyException();
        assertThatCode(() -> Versions.checkIfMatch(ifMatch("*"), 4)).doesNotThrowAnyException();
    }

    @Test
    void anotherVersionIsStale() {
        assertThatThrownBy(() -> Versions.checkIfMatch(ifMatch("\"3\""), 4))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                    org.assertj.core.api.Assertions.assertThat(problem.status()).isEqualTo(412);
                    org.assertj.core.api.Assertions.assertThat(problem.messageKey()).isEqualTo("api.version.stale");
                });
        assertThatThrownBy(() -> Versions.checkIfMatch(ifMatch("\"40\""), 4)).isInstanceOf(ApiProblem.class);
        assertThatThrownBy(() -> Versions.checkIfMatch(ifMatch("\""), 4)).isInstanceOf(ApiProblem.class);
    }

    private static HttpHeaders ifMatch(String value) {
        return (HttpHeaders) Proxy.newProxyInstance(VersionsTest.class.getClassLoader(), new Class<?>[]{HttpHeaders.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("getHeaderString") && HttpHeaders.IF_MATCH.equals(arguments[0])) {
                        return value;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
