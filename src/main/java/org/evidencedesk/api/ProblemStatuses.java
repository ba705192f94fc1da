package org.evidencedesk.api;

import java.util.Map;

/**
 * The HTTP status of a business refusal, by its message key: 422 (the request is understood but the rules refuse it)
 * unless a row here says otherwise. A refusal that conflicts with the object's current state is 409, one about the
 * caller's rights 403, one about size 413, one about the disk 507.
 */
final class ProblemStatuses {

    private static final int UNPROCESSABLE = 422;

    private static final Map<String, Integer> BY_KEY = Map.ofEntries(
            Map.entry("case.notFound", 404),
            Map.entry("token.notFound", 404),
            Map.entry("concurrentChange", 409),
            Map.entry("evidence.notASubmitter", 403),
            Map.entry("evidence.caseClosed", 409),
            Map.entry("evidence.upload.tooLarge", 413),
            Map.entry("evidence.upload.diskFull", 507),
            Map.entry("bundle.notAllowed", 403),
            Map.entry("evidence.viewOnly", 403),
            Map.entry("evidence.undertakingRequired", 403),
            Map.entry("disclosure.onlyPartiesApply", 403),
            Map.entry("disclosure.notAllowed", 403),
            Map.entry("disclosure.illegalTransition", 409));

    private ProblemStatuses() {
    }

    static int of(String messageKey) {
        return BY_KEY.getOrDefault(messageKey, UNPROCESSABLE);
    }
}
