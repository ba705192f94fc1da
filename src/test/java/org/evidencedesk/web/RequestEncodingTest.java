package org.evidencedesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestEncodingTest {

    /** A container's request: its charset, and every charset it was asked to take. */
    private static final class ContainerRequest {
        private String encoding;
        private final List<String> asked = new ArrayList<>();

        ContainerRequest(String encoding) {
            this.encoding = encoding;
        }

        HttpServletRequest request() {
            return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {HttpServletRequest.class},
                    (proxy, method, arguments) -> switch (method.getName()) {
                        case "getCharacterEncoding" -> encoding;
                        case "setCharacterEncoding" -> {
                            asked.add((String) arguments[0]);
                            encoding = (String) arguments[0];
                            yield null;
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }

    @Test
    void aFormThatNamesNoCharsetIsReadAsUtf8() throws Exception {
        ContainerRequest container = new ContainerRequest(null);

        ServletRequest handedOn = filter(container);

        assertThat(container.asked).containsExactly("UTF-8");
        assertThat(handedOn.getCharacterEncoding()).isEqualTo("UTF-8");
    }

    @Test
    void aCharsetTheRequestNamesIsKept() throws Exception {
        ContainerRequest container = new ContainerRequest("GB18030");

        ServletRequest handedOn = filter(container);

        assertThat(container.asked).isEmpty();
        assertThat(handedOn.getCharacterEncoding()).isEqualTo("GB18030");
    }

    @Test
    void settingTheSameCharsetAgainDoesNotReachTheContainer() throws Exception {
        ContainerRequest container = new ContainerRequest(null);
        ServletRequest handedOn = filter(container);

        handedOn.setCharacterEncoding("utf-8");
        handedOn.setCharacterEncoding("UTF8");

        assertThat(container.asked).containsExactly("UTF-8");
    }

    @Test
    void anotherCharsetStillReachesTheContainer() throws Exception {
        ContainerRequest container = new ContainerRequest(null);
        ServletRequest handedOn = filter(container);

        handedOn.setCharacterEncoding("ISO-8859-1");
        handedOn.setCharacterEncoding("no such charset");

        assertThat(container.asked).containsExactly("UTF-8", "ISO-8859-1", "no such charset");
    }

    private static ServletRequest filter(ContainerRequest container) throws Exception {
        ServletRequest[] handedOn = new ServletRequest[1];
        new RequestEncoding().doFilter(container.request(), null, (request, response) -> handedOn[0] = request);
        return handedOn[0];
    }
}
