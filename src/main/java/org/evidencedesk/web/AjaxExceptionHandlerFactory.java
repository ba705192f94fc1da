package org.evidencedesk.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;
import java.util.logging.Logger;
import org.evidencedesk.shared.LogText;
import org.evidencedesk.shared.config.Settings;
import org.omnifaces.exceptionhandler.FullAjaxExceptionHandler;

/**
 * OmniFaces' full-ajax handler, recording errors through {@link RequestErrors} so that ajax errors get an id too. An
 * expired view is the client's doing and gets its page without a record. (An ajax post without its page's script
 * nonce never gets this far: {@link PostChecks} stops it before anything in it runs.)
 * <p>
 * A forged request whose values a component could not read, whose paging values a table refuses, or that asks a tab
 * view for a tab it does not have, is the client's doing too ({@link MalformedRequest}): 400 with its page, one warning
 * line and no record. Such a request got the error page and a SEVERE record, and the error page, rendered in the
 * page's place, broke the page for its next request.
 */
public class AjaxExceptionHandlerFactory extends ExceptionHandlerFactory {

    private static final Logger LOG = Logger.getLogger(AjaxExceptionHandlerFactory.class.getName());

    public AjaxExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new RecordingHandler(getWrapped().getExceptionHandler());
    }

    static final class RecordingHandler extends FullAjaxExceptionHandler {

        RecordingHandler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext context = FacesContext.getCurrentInstance();
            Optional<Throwable> malformed = MalformedRequest.causeIn(getUnhandledExceptionQueuedEvents(),
                    context.getExternalContext().getRequestParameterMap());
            if (malformed.isPresent() && !context.getExternalContext().isResponseCommitted()) {
                refuse(context, malformed.get());
                return;
            }
            super.handle();
        }

        @Override
        protected void logException(FacesContext context, Throwable exception, String location, LogReason reason) {
            if (!(RequestErrors.rootCause(exception) instanceof ViewExpiredException)) {
                HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
                CDI.current().select(RequestErrors.class).get().record(request, exception);
            }
        }

        /** Answers 400 with its page, nothing rendered into the page's view (which stays as it was), and logs one line. */
        private void refuse(FacesContext context, Throwable cause) {
            for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
                events.next();
                events.remove();
            }
            HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
            HttpServletResponse response = (HttpServletResponse) context.getExternalContext().getResponse();
            LOG.warning(() -> "Malformed request refused (400) on " + LogText.of(request.getMethod()) + " "
                    + LogText.of(request.getRequestURI()) + " (user " + RequestErrors.userOf(request)
                    + ") from " + CDI.current().select(ClientAddress.class).get().of(request) + ": "
                    + LogText.of(cause.toString()));
            try {
                RefusalPage.send(request, response, HttpServletResponse.SC_BAD_REQUEST,
                        CDI.current().select(Settings.class).get());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context.responseComplete();
        }
    }
}
