package org.evidencedesk.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/** Picks one of several values, each as often as its weight says. */
final class WeightedChoice<T> {

    private final List<T> values = new ArrayList<>();
    private final List<Integer> cumulative = new ArrayList<>();
    private int total;

    WeightedChoice(Map<T, Integer> weights) {
        weights.forEach((value, weight) -> {
            total += weight;
            values.add(value);
            cumulative.add(total);
        });
    }

    T pick(RandomGenerator random) {
        int drawn = random.nextInt(total);
        int index = 0;
        while (cumulative.get(index) <= drawn) {
            index++;
        }
        return values.get(index);
    }
}
