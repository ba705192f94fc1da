package org.evidencedesk.rules;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which combination of showings a rule needs: a single showing, all of several, or any one of several,
 * nested as the statute is (AUCL 32(2): infringement and any one of three kinds of evidence).
 */
public sealed interface Requirement {

    boolean isMetBy(Set<String> supportedShowingIds);

    /** Every showing id the requirement mentions, in order of first mention. */
    Set<String> showingIds();

    /**
     * The requirement as a reader would say it: each showing named by {@code name}, parts joined by the
     * reader's words for {@code and} and {@code or}, nested parts in brackets.
     */
    String describe(Function<String, String> name, String and, String or);

    /**
     * The smallest sets of showings that meet this requirement: each meets it, and none does once any
     * one of its showings is taken away. A statute's alternatives, spelled out.
     */
    Set<Set<String>> minimalSatisfyingSets();

    static Requirement showing(String id) {
        return new Single(id);
    }

    static Requirement allOf(Requirement... parts) {
        return new AllOf(List.of(parts));
    }

    static Requirement anyOf(Requirement... parts) {
        return new AnyOf(List.of(parts));
    }

    /** The named showing must be supported. */
    record Single(String id) implements Requirement {

        public Single {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public boolean isMetBy(Set<String> supportedShowingIds) {
            return supportedShowingIds.contains(id);
        }

        @Override
        public Set<String> showingIds() {
            return Set.of(id);
        }

        @Override
        public Set<Set<String>> minimalSatisfyingSets() {
            return Set.of(Set.of(id));
        }

        @Override
        public String describe(Function<String, String> name, String and, String or) {
            return name.apply(id);
        }
    }

    /** Every part must be met. */
    record AllOf(List<Requirement> parts) implements Requirement {

        public AllOf {
            parts = List.copyOf(parts);
            if (parts.isEmpty()) {
                throw new IllegalArgumentException("allOf needs at least one part");
            }
        }

        @Override
        public boolean isMetBy(Set<String> supportedShowingIds) {
            return parts.stream().allMatch(part -> part.isMetBy(supportedShowingIds));
        }

        @Override
        public Set<String> showingIds() {
            return union(parts);
        }

        @Override
        public Set<Set<String>> minimalSatisfyingSets() {
            Set<Set<String>> combined = Set.of(Set.of());
            for (Requirement part : parts) {
                Set<Set<String>> next = new HashSet<>();
                for (Set<String> sofar : combined) {
                    for (Set<String> option : part.minimalSatisfyingSets()) {
                        Set<String> both = new HashSet<>(sofar);
                        both.addAll(option);
                        next.add(Set.copyOf(both));
                    }
                }
                combined = next;
            }
            return minimal(combined);
        }

        @Override
        public String describe(Function<String, String> name, String and, String or) {
            return join(parts, part -> part.describe(name, and, or), " " + and + " ");
        }
    }

    /** At least one part must be met. */
    record AnyOf(List<Requirement> parts) implements Requirement {

        public AnyOf {
            parts = List.copyOf(parts);
            if (parts.isEmpty()) {
                throw new IllegalArgumentException("anyOf needs at least one part");
            }
        }

        @Override
        public boolean isMetBy(Set<String> supportedShowingIds) {
            return parts.stream().anyMatch(part -> part.isMetBy(supportedShowingIds));
        }

        @Override
        public Set<String> showingIds() {
            return union(parts);
        }

        @Override
        public Set<Set<String>> minimalSatisfyingSets() {
            Set<Set<String>> options = new HashSet<>();
            parts.forEach(part -> options.addAll(part.minimalSatisfyingSets()));
            return minimal(options);
        }

        @Override
        public String describe(Function<String, String> name, String and, String or) {
            return join(parts, part -> part.describe(name, and, or), " " + or + " ");
        }
    }

    private static Set<String> union(List<Requirement> parts) {
        Set<String> ids = new LinkedHashSet<>();
        parts.forEach(part -> ids.addAll(part.showingIds()));
        return ids;
    }

    /** Drops every set that contains another one of the sets: it is not minimal. */
    private static Set<Set<String>> minimal(Set<Set<String>> sets) {
        return sets.stream()
                .filter(set -> sets.stream().noneMatch(other -> other != set && set.containsAll(other) && !other.equals(set)))
                .collect(Collectors.toUnmodifiableSet());
    }

    private static String join(List<Requirement> parts, Function<Requirement, String> described, String separator) {
        if (parts.size() == 1) {
            return described.apply(parts.get(0));
        }
        return parts.stream()
                .map(part -> part instanceof Single ? described.apply(part) : "(" + described.apply(part) + ")")
                .collect(Collectors.joining(separator));
    }
}
