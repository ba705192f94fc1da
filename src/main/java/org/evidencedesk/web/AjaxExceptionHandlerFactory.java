package org.evidencedesk.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
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
 * A request whose values a component could not read, or whose paging values a table refuses, is the client's doing
 * too: 400 with its page, one warning line and no record ({@link RecordingHandler#malformed}). The pages' own
 * scripts never send one; a forged one got the error page and a SEVERE record, and its error page, rendered in the
 * page's place, broke the page for its next request.
 */
public class AjaxExceptionHandlerFactory extends ExceptionHandlerFactory {

    private static final Logger LOG = Logger.getLogger(AjaxExceptionHandlerFactory.class.getName());
    /**
     * Where PrimeFaces checks a table's paging values from the request: itself (rows), or through its own and then
     * Faces' {@code UIData.setFirst} (a first row), so within the exception's first three frames.
     */
    private static final String PAGEABLE_DATA = "org.primefaces.component.api.UIPageableData";
    private static final String PAGING = "updatePaginationData";
    private static final int PAGING_FRAMES = 3;

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
            Optional<Throwable> malformed = malformed(getUnhandledExceptionQueuedEvents());
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

        /**
         * The exception a component threw while reading the request's values (Apply Request Values), when it says the
         * value was not one the page sends: a number that is none (PrimeFaces' tab view parses its active index), an
         * index out of range. And a table's paging values that PrimeFaces refuses when it renders the page asked for
         * ({@code UIPageableData.updatePaginationData}, reading {@code _first} and {@code _rows} from the request): a
         * negative first row, a number of rows the table does not offer. Anything else thrown then, or later, is the
         * server's and recorded.
         */
        static Optional<Throwable> malformed(Iterable<ExceptionQueuedEvent> events) {
            for (ExceptionQueuedEvent event : events) {
                ExceptionQueuedEventContext queued = event.getContext();
                Throwable cause = RequestErrors.rootCause(queued.getException());
                boolean unreadableValue = queued.getPhaseId() == PhaseId.APPLY_REQUEST_VALUES
                        && (cause instanceof IllegalArgumentException || cause instanceof IndexOutOfBoundsException);
                if (unreadableValue || refusedPaging(cause)) {
                    return Optional.of(cause);
                }
            }
            return Optional.empty();
        }

        private static boolean refusedPaging(Throwable cause) {
            return cause instanceof IllegalArgumentException && Arrays.stream(cause.getStackTrace()).limit(PAGING_FRAMES)
                    .anyMatch(frame -> frame.getClassName().equals(PAGEABLE_DATA) && frame.getMethodName().equals(PAGING));
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
