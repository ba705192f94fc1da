package org.evidencedesk.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Which page of a list the caller wants: {@code ?page=0&size=50} (pages count from 0; at most 200 per page). */
public class Paging {

    public static final int MAX_SIZE = 200;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Parameter(description = "The page, counted from 0.")
    private int page;

    @QueryParam("size")
    @DefaultValue("50")
    @Min(1)
    @Max(MAX_SIZE)
    @Parameter(description = "Entries per page, 1 to 200.")
    private int size;

    public int page() {
        return page;
    }

    public int size() {
        return size;
    }

    /** The index of the page's first entry. */
    public int offset() {
        return Math.multiplyExact(page, size);
    }
}
