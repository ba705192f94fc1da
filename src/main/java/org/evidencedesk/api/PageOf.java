package org.evidencedesk.api;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list, with where it is in the whole: the page number, its size, and how many entries there are. */
@Schema(description = "One page of a list.")
public record PageOf<T>(
        @Schema(description = "The entries of this page.") List<T> items,
        @Schema(description = "This page's number, from 0.") int page,
        @Schema(description = "The page size asked for.") int size,
        @Schema(description = "How many entries the whole list has.") long total) {

    public PageOf {
        items = List.copyOf(items);
    }

    public static <E, T> PageOf<T> of(List<E> entries, Function<E, T> toJson, Paging paging, long total) {
        return new PageOf<>(entries.stream().map(toJson).toList(), paging.page(), paging.size(), total);
    }
}
