package org.evidencedesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlowRefusalsTest {

    private static final Duration PAUSE = Duration.ofSeconds(1);
    private static final SlowRefusals.Route ROUTE = SlowRefusals.Route.TSA;

    private final List<Runnable> due = new ArrayList<>();
    private final List<Duration> pauses = new ArrayList<>();
    private final SlowRefusals refusals = new SlowRefusals((task, after) -> {
        due.add(task);
        pauses.add(after);
    });

    @Test
    void aRefusalIsAnsweredAfterThePauseOnAnAsyncRequest() throws IOException {
        Exchange exchange = new Exchange(true);

        refusals.answer(ROUTE, exchange.request(), exchange.response(), PAUSE, response -> response.setStatus(429));

        assertThat(exchange.events).containsExactly("startAsync");
        assertThat(pauses).containsExactly(PAUSE);
        due.get(0).run();
        assertThat(exchange.events).containsExactly("startAsync", "status 429", "complete");
    }

    @Test
    void withoutAPauseOrAnAsyncRequestItIsAnsweredAtOnce() throws IOException {
        Exchange noPause = new Exchange(true);
        Exchange notAsync = new Exchange(false);

        refusals.answer(ROUTE, noPause.request(), noPause.response(), Duration.ZERO, response -> response.setStatus(429));
        refusals.answer(ROUTE, notAsync.request(), notAsync.response(), PAUSE, response -> response.setStatus(429));

        assertThat(noPause.events).containsExactly("status 429");
        assertThat(notAsync.events).containsExactly("status 429");
        assertThat(due).isEmpty();
    }

    @Test
    void pastTheMostThatMayWaitARefusalIsAnsweredAtOnceUntilOneWaitingIsAnswered() throws IOException {
        fillThePlacesOf(ROUTE, response -> response.setStatus(429));
        Exchange overflow = new Exchange(true);
        refusals.answer(ROUTE, overflow.request(), overflow.response(), PAUSE, response -> response.setStatus(429));

        due.get(0).run();
        Exchange next = new Exchange(true);
        refusals.answer(ROUTE, next.request(), next.response(), PAUSE, response -> response.setStatus(429));

        assertThat(overflow.events).containsExactly("status 429");
        assertThat(next.events).containsExactly("startAsync");
        assertThat(due).hasSize(SlowRefusals.MOST_WAITING + 1);
    }

    @Test
    void aRouteWhoseRefusalsFillTheirPlacesLeavesAnotherRoutesRefusalsWaiting() throws IOException {
        fillThePlacesOf(ROUTE, response -> response.setStatus(429));
        Exchange sameRoute = new Exchange(true);
        Exchange otherRoute = new Exchange(true);

        refusals.answer(ROUTE, sameRoute.request(), sameRoute.response(), PAUSE, response -> response.setStatus(429));
        refusals.answer(SlowRefusals.Route.LOGIN, otherRoute.request(), otherRoute.response(), PAUSE, response -> response.setStatus(503));

        assertThat(sameRoute.events).containsExactly("status 429");
        assertThat(otherRoute.events).containsExactly("startAsync");
    }

    @Test
    void aClientGoneBeforeItsAnswerFreesItsPlace() throws IOException {
        fillThePlacesOf(ROUTE, response -> {
            throw new IOException("Broken pipe");
        });
        due.forEach(Runnable::run);
        Exchange next = new Exchange(true);

        refusals.answer(ROUTE, next.request(), next.response(), PAUSE, response -> response.setStatus(429));

        assertThat(next.events).containsExactly("startAsync");
    }

    /** As many refusals of {@code route} as may wait, each waiting to be answered with {@code refusal}. */
    private void fillThePlacesOf(SlowRefusals.Route route, SlowRefusals.Refusal refusal) throws IOException {
        for (int i = 0; i < SlowRefusals.MOST_WAITING; i++) {
            Exchange waiting = new Exchange(true);
            refusals.answer(route, waiting.request(), waiting.response(), PAUSE, refusal);
        }
    }

    /** A request and its response that note what was done with them, made as proxies of the servlet interfaces. */
    private static final class Exchange {

        private final List<String> events = new ArrayList<>();
        private final boolean asyncSupported;
        private final HttpServletResponse response = proxy(HttpServletResponse.class, (name, args) -> {
            if (name.equals("setStatus")) {
                events.add("status " + args[0]);
            }
            return null;
        });

        Exchange(boolean asyncSupported) {
            this.asyncSupported = asyncSupported;
        }

        HttpServletRequest request() {
            AsyncContext async = proxy(AsyncContext.class, (name, args) -> switch (name) {
                case "getResponse" -> response;
                case "complete" -> events.add("complete") ? null : null;
                default -> null;
            });
            return proxy(HttpServletRequest.class, (name, args) -> switch (name) {
                case "isAsyncSupported" -> asyncSupported;
                case "startAsync" -> events.add("startAsync") ? async : async;
                default -> null;
            });
        }

        HttpServletResponse response() {
            return response;
        }

        private interface Answer {
            Object of(String method, Object[] args);
        }

        private static <T> T proxy(Class<T> type, Answer answer) {
            return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                    (self, method, args) -> answer.of(method.getName(), args)));
        }
    }
}
