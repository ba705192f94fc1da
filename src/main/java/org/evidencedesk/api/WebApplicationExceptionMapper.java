package org.evidencedesk.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * What Jakarta REST itself refuses (no such path 404, wrong method 405, unacceptable media type 406/415, a body or
 * parameter it cannot read 400), as problems; the headers it set (such as {@code Allow}) are kept.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Inject
    private ProblemResponses problems;

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException refused) {
        int status = refused.getResponse().getStatus();
        String key = status == 404 ? "api.notFound" : "api.status." + status + ".detail";
        Response.ResponseBuilder answer = Response.fromResponse(problems.of(status, key, new Object[0], uri));
        String allow = refused.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            answer.header(HttpHeaders.ALLOW, allow);
        }
        return answer.build();
    }
}
