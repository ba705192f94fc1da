package org.evidencedesk.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import org.omnifaces.exceptionhandler.FullAjaxExceptionHandler;

/**
 * OmniFaces' full-ajax handler, recording errors through {@link RequestErrors} so that ajax errors get an id too. An
 * expired view is the client's doing and gets its page without a record. (An ajax post without its page's script
 * nonce never gets this far: {@link PostChecks} stops it before anything in it runs.)
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
        protected void logException(FacesContext context, Throwable exception, String location, LogReason reason) {
            if (!(RequestErrors.rootCause(exception) instanceof ViewExpiredException)) {
                HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
                CDI.current().select(RequestErrors.class).get().record(request, exception);
            }
        }
    }
}
