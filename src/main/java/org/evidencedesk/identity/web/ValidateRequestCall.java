package org.evidencedesk.identity.web;

import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The form mechanism's {@code validateRequest(request, response, context)} as the interceptors around it see it
 * ({@link BearerTokenAuthentication}, {@link SessionCallerAuthentication}, {@link LoginRedirectWithoutBody}): they
 * handle that call, and let any other method of the mechanism through untouched.
 */
final class ValidateRequestCall {

    /** What an interceptor does with a {@code validateRequest} call; {@code invocation.proceed()} passes it on. */
    @FunctionalInterface
    interface Handler {
        Object handle(HttpServletRequest request, HttpMessageContext context) throws Exception;
    }

    private ValidateRequestCall() {
    }

    static Object around(InvocationContext invocation, Handler handler) throws Exception {
        if (!"validateRequest".equals(invocation.getMethod().getName()) || invocation.getParameters().length != 3) {
            return invocation.proceed();
        }
        return handler.handle((HttpServletRequest) invocation.getParameters()[0], (HttpMessageContext) invocation.getParameters()[2]);
    }
}
