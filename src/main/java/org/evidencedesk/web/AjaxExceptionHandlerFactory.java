package org.evidencedesk.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Iterator;
import java.util.Optional;
import org.omnifaces.exceptionhandler.FullAjaxExceptionHandler;
import org.omnifaces.util.Servlets;
import org.primefaces.csp.CspException;

/**
 * OmniFaces' full-ajax handler, recording errors through {@link RequestErrors} so that ajax errors get an id too. An
 * expired view is the client's doing and gets its page without a record. So is an ajax post without its page's script
 * nonce ({@link NonceMismatch}): one line in the log, and a redirect to the page that says so. That page cannot be
 * rendered into the same answer, as OmniFaces would: rendering it meets PrimeFaces' check again.
 */
public class AjaxExceptionHandlerFactory extends ExceptionHandlerFactory {

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
            HttpServletResponse response = (HttpServletResponse) context.getExternalContext().getResponse();
            Optional<CspException> mismatch = queuedNonceMismatch();
            if (mismatch.isPresent() && context.getPartialViewContext().isAjaxRequest() && !response.isCommitted()) {
                answerNonceMismatch(context, response, mismatch.get());
                return;
            }
            super.handle();
        }

        private Optional<CspException> queuedNonceMismatch() {
            for (ExceptionQueuedEvent queued : getUnhandledExceptionQueuedEvents()) {
                Optional<CspException> mismatch = NonceMismatch.in(queued.getContext().getException());
                if (mismatch.isPresent()) {
                    return mismatch;
                }
            }
            return Optional.empty();
        }

        /** Logs the mismatch, records any other failure queued with it, and redirects the ajax request to the page. */
        private void answerNonceMismatch(FacesContext context, HttpServletResponse response, CspException mismatch) {
            HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
            NonceMismatch.log(request, CDI.current().select(ClientAddress.class).get().of(request), mismatch);
            for (Iterator<ExceptionQueuedEvent> queued = getUnhandledExceptionQueuedEvents().iterator(); queued.hasNext(); ) {
                Throwable exception = queued.next().getContext().getException();
                if (!NonceMismatch.isCauseOf(exception)) {
                    logException(context, exception, null, LogReason.EXCEPTION_HANDLED);
                }
                queued.remove();
            }
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_OK);
            Servlets.facesRedirect(request, response, request.getContextPath() + NonceMismatch.PAGE);
            context.responseComplete();
        }

        /** A mismatch met once the answer was on its way (too late to redirect) is still no request error. */
        @Override
        protected void logException(FacesContext context, Throwable exception, String location, LogReason reason) {
            HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
            Optional<CspException> mismatch = NonceMismatch.in(exception);
            if (mismatch.isPresent()) {
                NonceMismatch.log(request, CDI.current().select(ClientAddress.class).get().of(request), mismatch.get());
            } else if (!(RequestErrors.rootCause(exception) instanceof ViewExpiredException)) {
                CDI.current().select(RequestErrors.class).get().record(request, exception);
            }
        }
    }
}
