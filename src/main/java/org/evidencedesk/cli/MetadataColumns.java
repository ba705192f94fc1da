package org.evidencedesk.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The sidecar CSV's columns and where each goes in the metadata JSON the submission API takes: the item's title, the
 * fact it is to prove, its confidentiality, and the collection record courts check electronic evidence by (source,
 * method, collector, tool, capture time, certificate: the authenticity factors of electronic data in the Provisions
 * on Evidence in Civil Procedure art. 93, {@code reference/laws/最高人民法院关于民事诉讼证据的若干规定(2019-12-25).md}, and the
 * Internet Courts Provisions art. 11, {@code reference/laws/最高人民法院关于互联网法院审理案件若干问题的规定(2018-09-06).md}).
 */
final class MetadataColumns {

    static final String FILE = "file";
    static final String COLLECTION = "collection";

    /** Column → field at the metadata's top level. */
    private static final Map<String, String> ITEM = Map.of(
            "title", "title",
            "fact", "factToProve",
            "factToProve", "factToProve",
            "confidentiality", "confidentiality");

    /** Column → field of the collection record. */
    private static final Set<String> COLLECTION_FIELDS = Set.of("source", "method", "collector", "tool", "capturedAt",
            "certificateReference");

    private MetadataColumns() {
    }

    static boolean known(String column) {
        return column.equals(FILE) || ITEM.containsKey(column) || COLLECTION_FIELDS.contains(column);
    }

    /** The metadata JSON of one row; empty cells are left out. */
    static ObjectNode metadata(Map<String, String> row) {
        ObjectNode metadata = Json.object();
        Map<String, String> collection = new LinkedHashMap<>();
        row.forEach((column, value) -> {
            if (value == null || value.isBlank()) {
                return;
            }
            if (ITEM.containsKey(column)) {
                metadata.put(ITEM.get(column), value.strip());
            } else if (COLLECTION_FIELDS.contains(column)) {
                collection.put(column, value.strip());
            }
        });
        if (!collection.isEmpty()) {
            ObjectNode record = metadata.putObject(COLLECTION);
            collection.forEach(record::put);
        }
        return metadata;
    }
}
