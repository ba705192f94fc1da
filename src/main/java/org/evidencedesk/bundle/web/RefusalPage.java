package org.evidencedesk.bundle.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The page a refused upload to the verifier gets: its title and text in the visitor's language (Chinese or
 * English), and the way back. Written directly, in the application's look, because rendering it through Faces
 * would read the request body it refuses.
 */
final class RefusalPage {

    private static final String MESSAGES = "org.evidencedesk.web.messages";

    private RefusalPage() {
    }

    /** Answers {@code status} with the page for {@code key} ({@code key.title}, {@code key.text}) and closes the connection. */
    static void write(HttpServletRequest request, HttpServletResponse response, int status, String key) throws IOException {
        ResourceBundle messages = messages(request.getLocale());
        response.setStatus(status);
        response.setHeader("Connection", "close");
        response.setContentType("text/html;charset=UTF-8");
        String language = messages.getLocale().getLanguage().isEmpty() ? "en" : "zh-CN";
        try (PrintWriter page = response.getWriter()) {
            page.print("<!DOCTYPE html>\n<html lang=\"" + language + "\"><head><meta charset=\"UTF-8\"/>"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
                    + "<link rel=\"stylesheet\" href=\"" + request.getContextPath() + "/resources/css/evidencedesk.css\"/>"
                    + "<title>" + escape(messages.getString(key + ".title")) + " · Evidence Desk</title></head>"
                    + "<body class=\"ed-plain\"><main class=\"ed-card\"><h1>" + escape(messages.getString(key + ".title")) + "</h1>"
                    + "<p id=\"error-text\">" + escape(messages.getString(key + ".text")) + "</p>"
                    + "<p><a id=\"back\" href=\"" + request.getContextPath() + "/verify.xhtml\">"
                    + escape(messages.getString("error.verifierBack")) + "</a></p></main></body></html>\n");
        }
    }

    private static ResourceBundle messages(Locale requested) {
        Locale locale = "zh".equals(requested.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
        return ResourceBundle.getBundle(MESSAGES, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
