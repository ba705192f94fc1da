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
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.evidencedesk.shared.LogText;
import org.evidencedesk.shared.config.Settings;

/**
 * Records an error the user did not cause: one log line with an id that the error page shows, and the
 * full trace in {@code data/logs/errors/<id>.txt} for whoever follows the id up.
 */
@ApplicationScoped
public class RequestErrors {

    /** Request attribute holding the id, for the error page. */
    public static final String ID_ATTRIBUTE = "evidencedesk.errorId";
    private static final Logger LOG = Logger.getLogger(RequestErrors.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private Settings settings;

    public String record(HttpServletRequest request, Throwable error) {
        String id = HexFormat.of().formatHex(randomBytes());
        Throwable root = rootCause(error);
        Path trace = writeTrace(id, request, error);
        LOG.severe("Request error " + id + " on " + LogText.of(request.getMethod()) + " " + LogText.of(request.getRequestURI())
                + " (user " + (request.getRemoteUser() == null ? "-" : request.getRemoteUser()) + "): "
                + root.getClass().getName() + ": " + oneLine(root.getMessage())
                + (trace == null ? "" : " - trace in " + trace));
        request.setAttribute(ID_ATTRIBUTE, id);
        return id;
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
