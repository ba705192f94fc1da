package org.evidencedesk.api;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.util.Optional;
import org.evidencedesk.identity.TokenCaller;
import org.evidencedesk.shared.config.Settings;
import org.evidencedesk.shared.throttle.RateLimiter;

/**
 * Lets an API call through only with an accepted token (RFC 6750: 401 with {@code WWW-Authenticate: Bearer}, and
 * {@code error="invalid_token"} when the token was named but refused), except on {@link Public} operations; then
 * counts the call against its token's rate limit (429 with {@code Retry-After} past it), in the database counters
 * that every node of a cluster shares.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class ApiAuthentication implements ContainerRequestFilter {

    private static final String ROUTE = "api";

    @Context
    private ResourceInfo resource;

    @Inject
    private ApiCaller caller;

    @Inject
    private ProblemResponses problems;

    @Inject
    private RateLimiter limiter;

    @Inject
    private Settings settings;

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<TokenCaller> token = caller.token();
        if (token.isEmpty()) {
            if (!isPublic()) {
                request.abortWith(unauthorized(request));
            }
            return;
        }
        Optional<Duration> wait = limiter.tooMany(ROUTE, "token:" + token.get().tokenId(), settings.apiRateLimit());
        if (wait.isPresent()) {
            long seconds = RateLimiter.retryAfterSeconds(wait.get());
            request.abortWith(Response.fromResponse(problems.of(429, "api.rateLimited", new Object[]{seconds}, request.getUriInfo()))
                    .header(HttpHeaders.RETRY_AFTER, seconds).build());
        }
    }

    private boolean isPublic() {
        return resource.getResourceMethod() != null
                && (resource.getResourceMethod().isAnnotationPresent(Public.class)
                || resource.getResourceClass().isAnnotationPresent(Public.class));
    }

    private Response unauthorized(ContainerRequestContext request) {
        boolean rejected = caller.rejectedToken();
        String challenge = rejected ? "Bearer realm=\"evidence-desk\", error=\"invalid_token\"" : "Bearer realm=\"evidence-desk\"";
        return Response.fromResponse(problems.of(401, rejected ? "api.token.invalid" : "api.token.missing", new Object[0],
                        request.getUriInfo()))
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge).build();
    }
}
