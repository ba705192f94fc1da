package org.evidencedesk.shared.config;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * So many requests per period from one client address, written {@code 120/min}: a count, a slash and one of
 * {@code s}, {@code min} or {@code h}.
 */
public record RateLimit(int requests, Duration per) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{1,9})\\s*/\\s*(s|min|h)", Pattern.CASE_INSENSITIVE);

    public RateLimit {
        if (requests < 1 || per.isNegative() || per.isZero()) {
            throw new IllegalArgumentException("A rate limit allows at least one request in a positive period");
        }
    }

    /** The limit a setting's value describes, if it is one. */
    public static Optional<RateLimit> parse(String text) {
        Matcher matcher = FORMAT.matcher(text.trim());
        if (!matcher.matches() || Integer.parseInt(matcher.group(1)) < 1) {
            return Optional.empty();
        }
        Duration per = switch (matcher.group(2).toLowerCase(Locale.ROOT)) {
            case "s" -> Duration.ofSeconds(1);
            case "min" -> Duration.ofMinutes(1);
            default -> Duration.ofHours(1);
        };
        return Optional.of(new RateLimit(Integer.parseInt(matcher.group(1)), per));
    }

    @Override
    public String toString() {
        String unit = per.equals(Duration.ofSeconds(1)) ? "s" : per.equals(Duration.ofMinutes(1)) ? "min" : "h";
        return requests + "/" + unit;
    }
}
