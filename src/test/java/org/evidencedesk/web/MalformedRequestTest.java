package org.evidencedesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.event.PhaseId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which exceptions are a forged request's doing: each thrown here with the frames PrimeFaces threw it with on a real
 * page (CustodyTabWebIT sends the requests), and beside each the same exception from anywhere else, which stays the
 * server's.
 */
class MalformedRequestTest {

    private static final StackTraceElement PAGING = frame("org.primefaces.component.api.UIPageableData", "updatePaginationData");
    private static final StackTraceElement SET_FIRST = frame("org.primefaces.component.api.UIPageableData", "setFirst");
    private static final StackTraceElement UIDATA_SET_FIRST = frame("jakarta.faces.component.UIData", "setFirst");
    private static final StackTraceElement PARSE_INT = frame("java.lang.Integer", "parseInt");
    private static final StackTraceElement PAGE_FEATURE = frame("org.primefaces.component.datatable.feature.PageFeature", "encode");
    private static final StackTraceElement TAB_RENDERER = frame("org.primefaces.component.tabview.TabViewRenderer", "encodeEnd");
    private static final StackTraceElement OWN_CODE = frame("org.evidencedesk.dispute.web.CasePage", "custody");
    private static final Map<String, String> CONTENT_LOAD = Map.of("tabs_contentLoad", "true", "tabs_currentTab", "tabs:none");

    @Test
    void pagingValuesPrimeFacesRefusesAreTheClientsDoing() {
        assertThat(clients(thrown(new IllegalArgumentException("-50"), UIDATA_SET_FIRST, SET_FIRST, PAGING, PAGE_FEATURE)))
                .as("a negative first row").isTrue();
        assertThat(clients(thrown(new IllegalArgumentException("Unsupported rows per page value: 0"), PAGING, PAGE_FEATURE)))
                .as("rows the table does not offer").isTrue();
        assertThat(clients(thrown(new NumberFormatException("For input string: \"99999999999\""),
                frame("java.lang.NumberFormatException", "forInputString"), PARSE_INT, PARSE_INT, PAGING, PAGE_FEATURE)))
                .as("a first row too large for a number").isTrue();
    }

    @Test
    void anIllegalArgumentFromTheServersOwnCodeIsTheServers() {
        assertThat(clients(thrown(new IllegalArgumentException("bad"), OWN_CODE, PAGING, PAGE_FEATURE)))
                .as("thrown by our code that the paging called").isFalse();
        assertThat(clients(thrown(new IllegalArgumentException("bad"), OWN_CODE, PAGE_FEATURE))).as("no paging at all").isFalse();
        assertThat(clients(thrown(new IllegalStateException("-50"), UIDATA_SET_FIRST, PAGING))).as("not an argument refused").isFalse();
    }

    @Test
    void aTabViewAskedForATabItDoesNotHaveIsTheClientsDoingOnlyOnAContentLoad() {
        assertThat(MalformedRequest.isClientsDoing(thrown(new NullPointerException("tabToLoad"), TAB_RENDERER),
                PhaseId.RENDER_RESPONSE, CONTENT_LOAD)).isTrue();
        assertThat(MalformedRequest.isClientsDoing(thrown(new NullPointerException("tabToLoad"), TAB_RENDERER),
                PhaseId.RENDER_RESPONSE, Map.of("tabs_contentLoad", "false"))).as("no content load").isFalse();
        assertThat(MalformedRequest.isClientsDoing(thrown(new NullPointerException("file"), OWN_CODE, TAB_RENDERER),
                PhaseId.RENDER_RESPONSE, CONTENT_LOAD)).as("thrown in our code under the tab view").isFalse();
    }

    @Test
    void aValueAComponentCannotReadIsTheClientsDoingOnlyWhileTheRequestsValuesAreApplied() {
        Throwable notANumber = thrown(new NumberFormatException("abc"), PARSE_INT, OWN_CODE);
        assertThat(MalformedRequest.isClientsDoing(notANumber, PhaseId.APPLY_REQUEST_VALUES, Map.of())).isTrue();
        assertThat(MalformedRequest.isClientsDoing(notANumber, PhaseId.INVOKE_APPLICATION, Map.of())).isFalse();
        assertThat(MalformedRequest.isClientsDoing(thrown(new IndexOutOfBoundsException("9"), OWN_CODE),
                PhaseId.APPLY_REQUEST_VALUES, Map.of())).isTrue();
    }

    private static boolean clients(Throwable cause) {
        return MalformedRequest.isClientsDoing(cause, PhaseId.RENDER_RESPONSE, Map.of());
    }

    private static Throwable thrown(Throwable exception, StackTraceElement... frames) {
        exception.setStackTrace(frames);
        return exception;
    }

    private static StackTraceElement frame(String className, String method) {
        return new StackTraceElement(className, method, className.substring(className.lastIndexOf('.') + 1) + ".java", 1);
    }
}
