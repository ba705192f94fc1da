package org.evidencedesk.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.evidencedesk.shared.LogText;
import org.evidencedesk.shared.config.Settings;

/**
 * Records an error the user did not cause: one log line with an id that the error page shows, and the
 * full trace in {@code data/logs/errors/<id>.txt} for whoever follows the id up. The same failure repeated within a
 * minute shares the first one's trace, and at most {@value #TRACES_PER_MINUTE} traces are written a minute
 * ({@link TraceBudget}): the log line says which trace to read, or that none was written.
 */
@ApplicationScoped
public class RequestErrors {

    /** Request attribute holding the id, for the error page. */
    public static final String ID_ATTRIBUTE = "evidencedesk.errorId";
    private static final Logger LOG = Logger.getLogger(RequestErrors.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String OWN_CODE = "org.evidencedesk.";
    static final int TRACES_PER_MINUTE = 30;
    private final TraceBudget traces = new TraceBudget(TRACES_PER_MINUTE, Duration.ofMinutes(1));

    @Inject
    private Settings settings;

    /** The logged-in user a log line names, or "-" for a visitor. */
    static String userOf(HttpServletRequest request) {
        return request.getRemoteUser() == null ? "-" : request.getRemoteUser();
    }

    public String record(HttpServletRequest request, Throwable error) {
        String id = HexFormat.of().formatHex(randomBytes());
        Throwable root = rootCause(error);
        TraceBudget.Decision decision = traces.decide(kind(root), id);
        Path trace = decision.write() ? writeTrace(id, request, error) : null;
        LOG.severe("Request error " + id + " on " + LogText.of(request.getMethod()) + " " + LogText.of(request.getRequestURI())
                + " (user " + userOf(request) + "): "
                + root.getClass().getName() + ": " + oneLine(root.getMessage()) + whereTheTraceIs(trace, decision));
        request.setAttribute(ID_ATTRIBUTE, id);
        return id;
    }

    /**
     * What makes two errors the same failure: the root cause's class and message, and the first place in Evidence
     * Desk's own code it passed through (or its top frame).
     */
    static String kind(Throwable root) {
        StackTraceElement[] frames = root.getStackTrace();
        String place = Arrays.stream(frames).filter(frame -> frame.getClassName().startsWith(OWN_CODE)).findFirst()
                .or(() -> Arrays.stream(frames).findFirst()).map(StackTraceElement::toString).orElse("");
        return root.getClass().getName() + ": " + root.getMessage() + " at " + place;
    }

    private static String whereTheTraceIs(Path trace, TraceBudget.Decision decision) {
        if (trace != null) {
            return " - trace in " + trace;
        }
        if (decision.sameAs().isPresent()) {
            return " - the same failure as request error " + decision.sameAs().get() + ", whose trace is kept";
        }
        return decision.write() ? "" : " - no trace written: " + TRACES_PER_MINUTE + " were written in the last minute";
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private Path writeTrace(String id, HttpServletRequest request, Throwable error) {
        try {
            Path directory = Files.createDirectories(settings.dataDirectory().resolve("logs").resolve("errors"));
            StringWriter text = new StringWriter();
            try (PrintWriter out = new PrintWriter(text)) {
                out.println(request.getMethod() + " " + request.getRequestURI());
                error.printStackTrace(out);
            }
            return Files.writeString(directory.resolve(id + ".txt"), text.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot write the trace of request error " + id, e);
            return null;
        }
    }

    public static Throwable rootCause(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s+", " ");
    }
}
