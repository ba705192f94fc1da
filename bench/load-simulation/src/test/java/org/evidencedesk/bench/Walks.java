package org.evidencedesk.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pages each browsing account walks, round and round, from {@code walks.tsv} (written by {@code bench/load}
 * from {@code bench/lib/pages.sh}): one step a line, {@code username<TAB>request name<TAB>path<TAB>kind}, in walking
 * order. A step of the user {@code -} (such as {@code /health}) belongs to every walk, where it stands in the file.
 */
final class Walks {

    /** One request of a walk: a page (200 and a whole HTML document) or anything else (200). */
    record Step(String name, String path, boolean page) {
    }

    private final Map<String, List<Step>> byUser;

    private Walks(Map<String, List<Step>> byUser) {
        this.byUser = byUser;
    }

    static Walks of(List<String[]> records) {
        List<String> users = records.stream().map(record -> record[0]).filter(user -> !user.equals("-")).distinct().toList();
        if (users.isEmpty()) {
            throw new IllegalArgumentException("walks.tsv names no account to log in as: the script prepared no pages");
        }
        Map<String, List<Step>> byUser = new LinkedHashMap<>();
        users.forEach(user -> byUser.put(user, new ArrayList<>()));
        for (String[] record : records) {
            if (record.length != 4) {
                throw new IllegalArgumentException("walks.tsv: expected user, name, path, kind, not " + List.of(record));
            }
            Step step = new Step(record[1], record[2], record[3].equals("page"));
            for (String user : users) {
                if (record[0].equals("-") || record[0].equals(user)) {
                    byUser.get(user).add(step);
                }
            }
        }
        return new Walks(byUser);
    }

    /** The accounts that walk, each as a one-column record for {@link Feeds#inTurn}. */
    List<String[]> accounts() {
        return byUser.keySet().stream().map(user -> new String[] {user}).toList();
    }

    List<Step> of(String username) {
        return byUser.get(username);
    }
}
