package org.evidencedesk.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The API's own refusals, as problems. */
@Provider
public class ApiProblemMapper implements ExceptionMapper<ApiProblem> {

    @Inject
    private ProblemResponses problems;

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(ApiProblem problem) {
        return problems.of(problem.status(), problem.messageKey(), problem.arguments(), uri);
    }
}
