package org.evidencedesk.identity.web;

import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * The form mechanism's {@code validateRequest(request, response, context)} as the interceptors around it see it
 * ({@link BearerTokenAuthentication}, {@link SessionCallerAuthentication}, {@link LoginRedirectWithoutBody}): empty
 * for any other method of the mechanism, which they let through untouched.
 */
record ValidateRequestCall(HttpServletRequest request, HttpMessageContext context) {

    static Optional<ValidateRequestCall> of(InvocationContext invocation) {
        if (!"validateRequest".equals(invocation.getMethod().getName()) || invocation.getParameters().length != 3) {
            return Optional.empty();
        }
        return Optional.of(new ValidateRequestCall((HttpServletRequest) invocation.getParameters()[0],
                (HttpMessageContext) invocation.getParameters()[2]));
    }
}
