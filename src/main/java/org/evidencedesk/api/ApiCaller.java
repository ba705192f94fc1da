package org.evidencedesk.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import org.evidencedesk.identity.TokenCaller;
import org.evidencedesk.identity.TokenScope;
import org.evidencedesk.shared.config.Settings;
import org.evidencedesk.web.RequestLanguage;

/**
 * Who is calling the API, by the token the request carried ({@link org.evidencedesk.identity.web.BearerTokenAuthentication}
 * accepted it), and in which language they want to be answered. A resource asks it for the scope it needs before it
 * does anything else; the services then decide on the object as they do for the pages.
 */
@RequestScoped
public class ApiCaller {

    @Inject
    private HttpServletRequest request;

    @Inject
    private Settings settings;

    /** The accepted token's caller, if the request carried one. */
    public Optional<TokenCaller> token() {
        return Optional.ofNullable((TokenCaller) request.getAttribute(TokenCaller.REQUEST_ATTRIBUTE));
    }

    /** Whether the request named a token that was not accepted (unknown, expired, revoked, or its owner disabled). */
    boolean rejectedToken() {
        return request.getAttribute(TokenCaller.REJECTED_ATTRIBUTE) != null;
    }

    /** The caller's user name; only for operations that need a token (every one but the {@link Public} ones). */
    public String username() {
        return caller().username();
    }

    /** Refuses the call (403) unless its token carries the scope. */
    public void require(TokenScope scope) {
        if (!caller().holds(scope)) {
            throw new ApiProblem(403, "api.scope.missing", scope.code());
        }
    }

    /** English or Simplified Chinese, from {@code Accept-Language}. */
    public Locale locale() {
        return RequestLanguage.of(request, settings);
    }

    private TokenCaller caller() {
        return token().orElseThrow(() -> new ApiProblem(401, "api.token.missing"));
    }
}
