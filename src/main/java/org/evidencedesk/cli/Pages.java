package org.evidencedesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Every item of a paged list ({@code {"items":[...],"page":0,"size":200,"total":n}}), page after page. */
final class Pages {

    static final int SIZE = 200;

    private Pages() {
    }

    /** @param path the list's path with its query, without paging ({@code /cases?q=x}) */
    static List<JsonNode> all(Api api, String path) {
        List<JsonNode> items = new ArrayList<>();
        String separator = path.contains("?") ? "&" : "?";
        for (int page = 0; ; page++) {
            JsonNode answer = api.getJson(path + separator + "page=" + page + "&size=" + SIZE).json();
            JsonNode pageItems = answer.isArray() ? answer : answer.path("items");
            pageItems.forEach(items::add);
            long total = answer.path("total").asLong(items.size());
            if (answer.isArray() || pageItems.isEmpty() || items.size() >= total) {
                return items;
            }
        }
    }
}
