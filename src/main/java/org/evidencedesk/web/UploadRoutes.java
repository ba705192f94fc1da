package org.evidencedesk.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;
import java.util.regex.Pattern;
import org.evidencedesk.bundle.verify.VerificationLimits;
import org.evidencedesk.shared.config.Settings;

/**
 * The one list of addresses that take uploads, each with the largest body it accepts. Every other address
 * refuses a multipart body (415) before reading it, and any other body over a form's size; see {@link UploadGate}.
 * The pages take multipart forms; the API takes raw bodies (the file itself, no multipart), each route named by its
 * method and path.
 */
public final class UploadRoutes {

    /** Room for the multipart boundaries and the form's other fields (view state, nonce, ...). */
    public static final long FORM_OVERHEAD = 1024 * 1024;

    private static final Map<String, ToLongFunction<Settings>> FILE_LIMITS = Map.of(
            "/evidence/upload.xhtml", Settings::uploadLimitBytes,
            "/verify.xhtml", Settings::verifierBundleLimitBytes);

    /** A raw body of the API: the method and path (below the context) that take it, and its largest size. */
    private record RawRoute(String method, Pattern path, ToLongFunction<Settings> limit) {
    }

    private static final List<RawRoute> RAW_ROUTES = List.of(
            new RawRoute("POST", Pattern.compile("/api/v1/verify"), Settings::verifierBundleLimitBytes),
            // The proof comes first in the body, then the file.
            new RawRoute("POST", Pattern.compile("/api/v1/verify/file"),
                    settings -> settings.uploadLimitBytes() + VerificationLimits.PROOF_LIMIT));

    private UploadRoutes() {
    }

    /** The largest request body the route takes, or empty when it takes no uploads at all. */
    public static Optional<Long> bodyLimit(String servletPath, Settings settings) {
        ToLongFunction<Settings> fileLimit = FILE_LIMITS.get(servletPath);
        return fileLimit == null ? Optional.empty() : Optional.of(fileLimit.applyAsLong(settings) + FORM_OVERHEAD);
    }

    /** The largest raw (not multipart) body the request's route takes, or empty when it is no raw upload route. */
    public static Optional<Long> rawBodyLimit(HttpServletRequest request, Settings settings) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return RAW_ROUTES.stream()
                .filter(route -> route.method().equals(request.getMethod()) && route.path().matcher(path).matches())
                .findFirst().map(route -> route.limit().applyAsLong(settings));
    }
}
