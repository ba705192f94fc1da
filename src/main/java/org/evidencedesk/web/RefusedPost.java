package org.evidencedesk.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * A post that {@link PostChecks} stopped as soon as its view was restored, before any field was decoded or any action
 * ran: the answer's {@code status}, the {@code page} that says why, and how the refusal is counted in the log (given
 * the request and the client's address). {@link RequestErrorFilter}, around the Faces servlet, answers it once the
 * servlet has returned. It is the client's doing: counted, never recorded as a request error with a trace.
 */
record RefusedPost(int status, String page, BiConsumer<HttpServletRequest, String> log) {

    private static final String ATTRIBUTE = RefusedPost.class.getName();

    /** Marks {@code request} as refused for this reason, for {@link #of} to find. */
    void markOn(HttpServletRequest request) {
        request.setAttribute(ATTRIBUTE, this);
    }

    /** Why {@code request} was refused, if it was. */
    static Optional<RefusedPost> of(HttpServletRequest request) {
        return Optional.ofNullable((RefusedPost) request.getAttribute(ATTRIBUTE));
    }

    void log(HttpServletRequest request, String address) {
        log.accept(request, address);
    }
}
