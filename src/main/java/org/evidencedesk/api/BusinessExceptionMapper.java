package org.evidencedesk.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.evidencedesk.dispute.CaseNotFoundException;
import org.evidencedesk.shared.BusinessException;

/**
 * A rule of an area refused the call (the transaction rolled back, nothing changed): the same message the page
 * would show, as a problem. What the caller may not see is 404 with the API's one not-found text, whichever area
 * refused it, so that the answer says nothing about what exists.
 */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    @Inject
    private ProblemResponses problems;

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(BusinessException refusal) {
        if (refusal instanceof CaseNotFoundException || ProblemStatuses.of(refusal.messageKey()) == 404) {
            return problems.of(404, "api.notFound", new Object[0], uri);
        }
        return problems.of(ProblemStatuses.of(refusal.messageKey()), refusal.messageKey(), refusal.arguments(), uri);
    }
}
