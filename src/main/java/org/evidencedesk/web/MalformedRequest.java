package org.evidencedesk.web;

import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import java.util.Map;
import java.util.Optional;

/**
 * Tells an exception a forged request provoked from one of the server's own: the client's doing gets 400 and one
 * warning line, the server's an error record ({@link AjaxExceptionHandlerFactory}). The pages' own scripts never send
 * such a request; each kind below was sent by hand and got a SEVERE record and the error page in the page's place.
 * <ul>
 * <li>A value a component could not read while applying the request's values: a number that is none (PrimeFaces' tab
 * view parses its active index), an index out of range.</li>
 * <li>A table's paging values, which PrimeFaces reads and checks when it renders the page asked for
 * ({@code UIPageableData.updatePaginationData}, from {@code _first} and {@code _rows}): a first row that is negative
 * or no number of this size, a number of rows the table does not offer. The exception must come from that call,
 * through nothing but the platform's own checks.</li>
 * <li>A tab view asked to load a tab it does not have ({@code _contentLoad} with a {@code _currentTab} that names
 * none): PrimeFaces' renderer finds no tab and fails on it.</li>
 * </ul>
 * Anything else is the server's.
 */
final class MalformedRequest {

    private static final String PAGEABLE_DATA = "org.primefaces.component.api.UIPageableData";
    private static final String PAGING = "updatePaginationData";
    private static final String TAB_VIEW_RENDERER = "org.primefaces.component.tabview.TabViewRenderer";
    private static final String CONTENT_LOAD = "_contentLoad";

    private MalformedRequest() {
    }

    /** The first queued exception that is the client's doing, if any. */
    static Optional<Throwable> causeIn(Iterable<ExceptionQueuedEvent> events, Map<String, String> parameters) {
        for (ExceptionQueuedEvent event : events) {
            ExceptionQueuedEventContext queued = event.getContext();
            Throwable cause = RequestErrors.rootCause(queued.getException());
            if (isClientsDoing(cause, queued.getPhaseId(), parameters)) {
                return Optional.of(cause);
            }
        }
        return Optional.empty();
    }

    static boolean isClientsDoing(Throwable cause, PhaseId phase, Map<String, String> parameters) {
        boolean unreadableValue = phase == PhaseId.APPLY_REQUEST_VALUES
                && (cause instanceof IllegalArgumentException || cause instanceof IndexOutOfBoundsException);
        return unreadableValue || refusedPaging(cause) || missingTab(cause, parameters);
    }

    private static boolean refusedPaging(Throwable cause) {
        if (!(cause instanceof IllegalArgumentException)) {
            return false;
        }
        for (StackTraceElement frame : cause.getStackTrace()) {
            if (frame.getClassName().equals(PAGEABLE_DATA) && frame.getMethodName().equals(PAGING)) {
                return true;
            }
            if (!isPlatformOrPaging(frame.getClassName())) {
                return false;
            }
        }
        return false;
    }

    /** The platform's own checks (parsing a number, {@code UIData.setFirst}) or PrimeFaces' paging, which calls them. */
    private static boolean isPlatformOrPaging(String className) {
        return className.startsWith("java.") || className.startsWith("jakarta.") || className.equals(PAGEABLE_DATA);
    }

    private static boolean missingTab(Throwable cause, Map<String, String> parameters) {
        StackTraceElement[] frames = cause.getStackTrace();
        return cause instanceof NullPointerException && frames.length > 0
                && frames[0].getClassName().equals(TAB_VIEW_RENDERER)
                && parameters.entrySet().stream().anyMatch(parameter -> parameter.getKey().endsWith(CONTENT_LOAD)
                        && "true".equals(parameter.getValue()));
    }
}
