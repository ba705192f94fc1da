package org.evidencedesk.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.evidencedesk.web.BodyRefusedException;

/**
 * A body the upload gate cut off while Jakarta REST read it for an operation (a JSON body past the form's limit, one
 * that stopped arriving): the gate's status as a problem, and nothing was changed. The resources that read a raw
 * upload themselves answer its refusals in their own words; this takes the bodies Jakarta REST reads.
 */
@Provider
public class BodyRefusalMapper implements ExceptionMapper<BodyRefusedException> {

    @Inject
    private ProblemResponses problems;

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(BodyRefusedException refusal) {
        String key = switch (refusal.status()) {
            case HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE -> "api.status.413.detail";
            case HttpServletResponse.SC_REQUEST_TIMEOUT -> "api.bodyStalled";
            default -> "api.body.malformed";
        };
        return problems.of(refusal.status(), key, new Object[0], uri);
    }
}
