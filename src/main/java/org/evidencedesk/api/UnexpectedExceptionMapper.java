package org.evidencedesk.api;

import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.evidencedesk.shared.persistence.ConcurrentChange;

/**
 * Everything no other mapper took. A body that is not the JSON it should be is the caller's fault (400); a change
 * someone else made meanwhile is a conflict (409, nothing changed); anything else is ours: 500 with a reference
 * that the log names beside the stack trace, and no detail that would tell an attacker about the server.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Inject
    private ProblemResponses problems;

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(RuntimeException failure) {
        if (failure instanceof JsonbException || failure instanceof ProcessingException) {
            return problems.of(400, "api.body.malformed", new Object[0], uri);
        }
        if (ConcurrentChange.causedBy(failure)) {
            return problems.of(409, "concurrentChange", new Object[0], uri);
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "API call " + (uri == null ? "" : uri.getRequestUri().getRawPath()) + " failed, reference " + reference, failure);
        return problems.of(500, "api.failed", new Object[]{reference}, uri);
    }
}
