package org.evidencedesk.bundle.verify;

import java.util.Map;

/** Lets tests in other packages read bundle JSON with the verifier's own reader. */
public final class JsonProbe {

    private JsonProbe() {
    }

    public static Map<String, Object> object(String text) {
        return JsonText.object(text);
    }
}
