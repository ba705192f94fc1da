package org.evidencedesk.identity.web;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Set;

/**
 * Sends a visitor without a login who <em>posts</em> to a page that needs one straight to the login page, without
 * keeping the request, so that nobody reads its body.
 *
 * <p>Login-to-continue (Soteria's {@code LoginToContinueInterceptor}, around the form mechanism of
 * {@link SecurityConfiguration}) saves the request it interrupts so that it can replay it after the login, and
 * saving it means asking the bare request for its parameters. That runs in the container's authentication, before
 * any servlet filter, so {@code UploadGate} never sees it: the container would read a form body, or parse a
 * multipart body to its temporary files (the {@code FacesServlet}'s {@code @MultipartConfig} turns its parser on,
 * without limits), however large, for an anonymous sender. This interceptor runs just inside Soteria's session
 * check ({@code AutoApplySessionInterceptor}, priority 200: a logged-in caller never gets here) and just outside
 * login-to-continue (220): a request with a body to a protected page, from no one and outside a login, is answered
 * with the redirect to the login page at once. The body stays unread; the listener discards at most 1 MiB of it
 * and closes the connection. Only {@code GET} and {@code HEAD}, which carry no form, are saved and continued after
 * the login as before; a lost post is a form whose session expired, and it could not be replayed safely anyway
 * (its view state went with the session).
 */
@Interceptor
@LoginToContinue
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 210)
public class LoginRedirectWithoutBody implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The methods whose requests the container never reads a body for, which login-to-continue may keep. */
    private static final Set<String> WITHOUT_BODY = Set.of("GET", "HEAD");

    @AroundInvoke
    public Object intercept(InvocationContext invocation) throws Exception {
        return ValidateRequestCall.around(invocation, (request, context) -> isAnonymousBodyToProtectedPage(request, context)
                ? context.redirect(request.getContextPath() + SecurityConfiguration.LOGIN_PAGE) : invocation.proceed());
    }

    private static boolean isAnonymousBodyToProtectedPage(HttpServletRequest request, HttpMessageContext context) {
        return context.isProtected()
                && !context.isAuthenticationRequest()
                && request.getUserPrincipal() == null
                && !WITHOUT_BODY.contains(request.getMethod());
    }
}
