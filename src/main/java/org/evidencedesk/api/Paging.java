package org.evidencedesk.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * Which page of a list the caller wants: {@code ?page=0&size=50} (pages count from 0, up to 10,000,000; at most 200 per
 * page). A page past the end of the list answers no entries, and the list's total. The
 * OpenAPI document describes the two parameters once ({@code components/parameters} in {@code META-INF/openapi.yaml});
 * a paged resource method names them with {@code @Parameter(ref = "page")} and {@code @Parameter(ref = "size")}.
 * No OpenAPI annotation belongs here: Payara's scanner reads none inside a {@code @BeanParam} class, and one
 * {@code @Parameter} outside a resource method makes it fail to build the whole document.
 */
public class Paging {

    public static final int MAX_SIZE = 200;
    /**
     * The last page anyone may ask for: far past the end of any list here, and low enough that the end of every page
     * allowed, {@code (page + 1) * size}, is still an int (page 2147483647 overflowed: a 500 instead of a 400).
     */
    public static final int MAX_PAGE = 10_000_000;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(MAX_PAGE)
    private int page;

    @QueryParam("size")
    @DefaultValue("50")
    @Min(1)
    @Max(MAX_SIZE)
    private int size;

    /** For Jakarta REST, which sets the fields from the query. */
    public Paging() {
    }

    Paging(int page, int size) {
        this.page = page;
        this.size = size;
    }

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
