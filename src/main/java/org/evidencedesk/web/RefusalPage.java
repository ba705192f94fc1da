package org.evidencedesk.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.evidencedesk.shared.config.Settings;

/**
 * The page that answers a refused request body (400, 411, 413, 415, 507), in the browser's language, written
 * here rather than rendered by Faces: any Faces page makes CDI look up the conversation id among the request's
 * parameters, and on a multipart request the container answers that by parsing the very body being refused
 * (it did: a refused 700 MB post was read whole to render its 415 page). The connection is closed after it;
 * the listeners read at most 1 MiB of what is left before closing ({@code config/payara-preboot.asadmin}:
 * Grizzly's default reads and discards the whole rest of the body).
 */
public final class RefusalPage {

    private RefusalPage() {
    }

    /** Answers a refused body with the page {@code error.<status>} and a link home. */
    static void send(HttpServletRequest request, HttpServletResponse response, int status, Settings settings) throws IOException {
        send(request, response, status, "error." + status, new Way("/", "error.home"), settings);
    }

    /**
     * Answers {@code status} with the page for {@code key} ({@code key.title}, {@code key.text}) and a link
     * {@code back}, in the visitor's language, and closes the connection. A {@code Retry-After} set before is kept.
     */
    public static void send(HttpServletRequest request, HttpServletResponse response, int status, String key, Way back,
            Settings settings) throws IOException {
        write(request, response, status, key, back, settings, Optional.empty());
    }

    /**
     * Answers 500 for a failure recorded under {@code reference} ({@link RequestErrors}) where no Faces page can be
     * rendered (while the caller is being identified): the error page's text and its reference line.
     */
    public static void sendFailure(HttpServletRequest request, HttpServletResponse response, String reference, Settings settings)
            throws IOException {
        write(request, response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "error.500", new Way("/", "error.home"), settings,
                Optional.of(reference));
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, int status, String key, Way back,
            Settings settings, Optional<String> reference) throws IOException {
        Locale language = RequestLanguage.of(request, settings);
        ResourceBundle messages = RequestLanguage.messages(language);
        String title = messages.getString(key + ".title");
        SecurityHeadersFilter.resetKeepingSecurityHeaders(response, "Retry-After");
        response.setStatus(status);
        response.setHeader("Connection", "close");
        if (ProblemJson.isApiRequest(request)) {
            // A program called, not a person: the same refusal as RFC 9457 problem details.
            ProblemJson.write(request, response, new ProblemJson.Problem(status, key, title, messages.getString(key + ".text"), language));
            return;
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'self'; frame-ancestors 'none'");
        response.setContentType("text/html;charset=UTF-8");
        String context = escape(request.getContextPath());
        PrintWriter page = response.getWriter();
        page.write("<!DOCTYPE html>\n<html lang=\"" + language(messages) + "\"><head><meta charset=\"utf-8\"/>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
                + "<link rel=\"stylesheet\" href=\"" + context + "/resources/css/evidencedesk.css\"/>"
                + "<title>" + escape(title) + " · Evidence Desk</title></head>"
                + "<body class=\"ed-plain\"><main class=\"ed-card\"><h1>" + escape(title) + "</h1>"
                + "<p id=\"error-text\">" + escape(messages.getString(key + ".text")) + "</p>"
                + reference.map(id -> "<p id=\"error-reference\">"
                        + escape(MessageFormat.format(messages.getString("error.500.reference"), id)) + "</p>").orElse("")
                + "<p><a id=\"back\" href=\"" + context + escape(back.path()) + "\">" + escape(messages.getString(back.label()))
                + "</a></p></main></body></html>\n");
        page.flush();
    }

    /** Where the page's one link leads, and the message key of its label. */
    public record Way(String path, String label) {
    }

    private static String language(ResourceBundle messages) {
        return messages.getLocale().getLanguage().isEmpty() ? "en" : "zh-CN";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
