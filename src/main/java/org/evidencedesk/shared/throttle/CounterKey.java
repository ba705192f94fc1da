package org.evidencedesk.shared.throttle;

import java.util.Locale;
import org.evidencedesk.shared.Sha256;

/**
 * The key of one counter: its kind and the parts it counts for, such as {@code login.pair:admin|10.0.0.1}.
 * The parts come from requests (a typed username, a forwarded address), so a key that would not fit the column
 * is stored as the SHA-256 of its parts instead; distinct parts still get distinct keys.
 */
public final class CounterKey {

    static final int MAX_LENGTH = 200;

    private CounterKey() {
    }

    public static String of(String kind, String... parts) {
        String key = kind + ":" + String.join("|", parts).toLowerCase(Locale.ROOT);
        return key.length() <= MAX_LENGTH ? key : kind + ":#" + Sha256.hexOf(String.join("|", parts));
    }
}
