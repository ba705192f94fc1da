package org.evidencedesk.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The proportions of the generated docket, drawn case by case. Written down here, and in docs/benchmarks.md:
 * <ul>
 * <li>items per case: 20 % of cases none, 40 % 1-8, 30 % 9-20, 9.5 % 21-60 and 0.5 % 100-400 (the long tail); about
 *     11 a case on average, so 1,000,000 items fill about nine cases in ten of 100,000, and the rest have none;</li>
 * <li>seven in ten items come from the claimant, the rest from the respondent;</li>
 * <li>each item has the two entries intake writes (SUBMITTED, TIMESTAMPED); 30 % of items were then viewed (page
 *     images) by the judge or the clerk and 10 % downloaded by a party's counsel (content or receipt);</li>
 * <li>7 % of cases with items have one disclosure request, in the states a request goes through (see
 *     {@link #requestStatus}); the notices each state's flow sent go to the case's members on the sides it tells,
 *     half of them read.</li>
 * </ul>
 */
final class DocketShape {

    static final double VIEWED = 0.30;
    static final double DOWNLOADED = 0.10;
    static final double CLAIMANT_SHARE = 0.70;
    static final double DISCLOSURE = 0.07;
    static final double NOTICE_READ = 0.5;

    /** Ranges of items per case, weighted in tenths of a percent. */
    private static final WeightedChoice<Range> ITEMS_PER_CASE = new WeightedChoice<>(ordered(
            new Range(0, 0), 200, new Range(1, 8), 400, new Range(9, 20), 300, new Range(21, 60), 95, new Range(100, 400), 5));
    private static final WeightedChoice<String> REQUEST_STATUS = new WeightedChoice<>(ordered(
            "DRAFT", 5, "FILED", 30, "UNDER_REVIEW", 20, "GRANTED", 20, "DENIED", 10, "PRODUCED", 10, "WITHDRAWN", 5));

    private record Range(int low, int high) {
    }

    private DocketShape() {
    }

    static int itemsInCase(SplittableRandom random) {
        Range range = ITEMS_PER_CASE.pick(random);
        return range.low() + random.nextInt(range.high() - range.low() + 1);
    }

    static String requestStatus(SplittableRandom random) {
        return REQUEST_STATUS.pick(random);
    }

    @SuppressWarnings("unchecked")
    private static <T> Map<T, Integer> ordered(Object... valuesAndWeights) {
        Map<T, Integer> weights = new LinkedHashMap<>();
        for (int index = 0; index < valuesAndWeights.length; index += 2) {
            weights.put((T) valuesAndWeights[index], (Integer) valuesAndWeights[index + 1]);
        }
        return weights;
    }
}
