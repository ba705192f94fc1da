package org.evidencedesk.api;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.stream.Collectors;

/** A parameter or body that breaks a declared constraint: 400, naming what was wrong. */
@Provider
public class ValidationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Inject
    private ProblemResponses problems;

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(ConstraintViolationException invalid) {
        String fields = invalid.getConstraintViolations().stream()
                .map(ConstraintViolation::getPropertyPath).map(Object::toString)
                .map(path -> path.substring(path.lastIndexOf('.') + 1))
                .sorted().distinct().collect(Collectors.joining(", "));
        return problems.of(400, "api.invalid", new Object[]{fields}, uri);
    }
}
