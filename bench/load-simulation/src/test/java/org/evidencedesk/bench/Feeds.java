package org.evidencedesk.bench;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/** Endless feeders over the records the script prepared: in turn (accounts) or at random (cases, files). */
final class Feeds {

    private Feeds() {
    }

    /** Each record as a map of the given column names, taken in turn, round and round. */
    static Iterator<Map<String, Object>> inTurn(List<String[]> records, String... columns) {
        requireSome(records, columns);
        AtomicInteger next = new AtomicInteger();
        return Stream.generate(() -> row(records.get(Math.floorMod(next.getAndIncrement(), records.size())), columns)).iterator();
    }

    /** Each record as a map of the given column names, one picked at random each time. */
    static Iterator<Map<String, Object>> atRandom(List<String[]> records, String... columns) {
        requireSome(records, columns);
        return Stream.generate(() -> row(records.get(ThreadLocalRandom.current().nextInt(records.size())), columns)).iterator();
    }

    private static Map<String, Object> row(String[] record, String[] columns) {
        Map<String, Object> row = new HashMap<>();
        for (int i = 0; i < columns.length; i++) {
            row.put(columns[i], record[i]);
        }
        return row;
    }

    private static void requireSome(List<String[]> records, String[] columns) {
        if (records.isEmpty()) {
            throw new IllegalArgumentException("Nothing to feed " + List.of(columns) + ": the script prepared no records");
        }
    }
}
