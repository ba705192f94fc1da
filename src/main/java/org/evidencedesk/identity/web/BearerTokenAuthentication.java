package org.evidencedesk.identity.web;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Optional;
import java.util.stream.Collectors;
import org.evidencedesk.identity.AccessTokens;
import org.evidencedesk.identity.Role;
import org.evidencedesk.identity.TokenCaller;
import org.evidencedesk.web.ProblemJson;

/**
 * Bearer authentication with personal access tokens, for the API ({@code /api/...}) and nowhere else.
 *
 * <p>Jakarta Security 3.0 (Jakarta EE 10) takes one authentication mechanism per application, and the pages' form
 * login is it ({@link SecurityConfiguration}). This interceptor sits around that mechanism, outside Soteria's session
 * check ({@code AutoApplySessionInterceptor}, priority 200) and login-to-continue (220), and takes every API request
 * before they see it:
 * <ul>
 * <li>an API request is authenticated by its {@code Authorization: Bearer} token alone, for that request only: no
 * session is made, and a session cookie it carries is ignored, so another site cannot make a browser call the API
 * with its user's session (the API has no CSRF tokens and needs none);</li>
 * <li>a missing or rejected token leaves the request anonymous; the API's own filter then answers 401 in its
 * problem format, never the login page;</li>
 * <li>every other request goes on to the form mechanism as before: a token on a page or under {@code /admin} is
 * never looked at, so pages still need the form login and tokens never open administration.</li>
 * </ul>
 */
@Interceptor
@LoginToContinue
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 190)
public class BearerTokenAuthentication implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String BEARER = "Bearer ";

    @Inject
    private transient AccessTokens tokens;

    @AroundInvoke
    public Object intercept(InvocationContext invocation) throws Exception {
        return ValidateRequestCall.around(invocation, (request, context) -> ProblemJson.isApiRequest(request)
                ? byToken(request, context) : invocation.proceed());
    }

    private Object byToken(HttpServletRequest request, HttpMessageContext context) {
        Optional<String> secret = bearerSecret(request);
        if (secret.isEmpty()) {
            return context.doNothing();
        }
        Optional<TokenCaller> caller = tokens.authenticate(secret.get());
        if (caller.isEmpty()) {
            request.setAttribute(TokenCaller.REJECTED_ATTRIBUTE, Boolean.TRUE);
            return context.doNothing();
        }
        request.setAttribute(TokenCaller.REQUEST_ATTRIBUTE, caller.get());
        return context.notifyContainerAboutLogin(new CallerPrincipal(caller.get().username()),
                caller.get().roles().stream().map(Role::name).collect(Collectors.toSet()));
    }

    private static Optional<String> bearerSecret(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        return Optional.of(header.substring(BEARER.length()).strip());
    }
}
