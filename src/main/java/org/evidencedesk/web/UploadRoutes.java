package org.evidencedesk.web;

import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;
import org.evidencedesk.shared.config.Settings;

/**
 * The one list of addresses that take uploads, each with the largest body it accepts. Every other address
 * refuses a multipart body (415) before reading it; see {@link UploadGate}. A new upload route (a REST API,
 * say) adds its line here.
 */
public final class UploadRoutes {

    /** Room for the multipart boundaries and the form's other fields (view state, nonce, ...). */
    public static final long FORM_OVERHEAD = 1024 * 1024;

    private static final Map<String, ToLongFunction<Settings>> FILE_LIMITS = Map.of(
            "/evidence/upload.xhtml", Settings::uploadLimitBytes,
            "/verify.xhtml", Settings::verifierBundleLimitBytes);

    private UploadRoutes() {
    }

    /** The largest request body the route takes, or empty when it takes no uploads at all. */
    public static Optional<Long> bodyLimit(String servletPath, Settings settings) {
        ToLongFunction<Settings> fileLimit = FILE_LIMITS.get(servletPath);
        return fileLimit == null ? Optional.empty() : Optional.of(fileLimit.applyAsLong(settings) + FORM_OVERHEAD);
    }
}
