package org.evidencedesk.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.evidencedesk.web.ProblemJson;

/** Builds the response for a problem, in the caller's language, naming the call it answers. */
@ApplicationScoped
public class ProblemResponses {

    @Inject
    private ApiCaller caller;

    public Response of(int status, String key, Object[] arguments, UriInfo uri) {
        ProblemJson.Problem problem = ProblemJson.of(status, key, arguments, caller.locale());
        return Response.status(status)
                .type(ProblemJson.MEDIA_TYPE + ";charset=UTF-8")
                .header("Content-Language", problem.languageTag())
                .header("Cache-Control", "no-store")
                .entity(ProblemJson.render(problem, uri == null ? null : uri.getRequestUri().getRawPath()))
                .build();
    }
}
