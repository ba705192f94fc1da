package org.evidencedesk.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import org.evidencedesk.shared.config.Settings;
import org.evidencedesk.shared.config.SupportedLocales;

/**
 * The page that answers a refused request body (400, 411, 413, 415, 507), in the browser's language, written
 * here rather than rendered by Faces: any Faces page makes CDI look up the conversation id among the request's
 * parameters, and on a multipart request the container answers that by parsing the very body being refused
 * (it did: a refused 700 MB post was read whole to render its 415 page). The connection is closed after it;
 * the listeners read at most 1 MiB of what is left before closing ({@code config/payara-preboot.asadmin}:
 * Grizzly's default reads and discards the whole rest of the body).
 */
final class RefusalPage {

    private RefusalPage() {
    }

    static void send(HttpServletRequest request, HttpServletResponse response, int status, Settings settings) throws IOException {
        ResourceBundle messages = ResourceBundle.getBundle("org.evidencedesk.web.messages", language(request, settings),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String title = messages.getString("error." + status + ".title");
        response.reset();
        response.setStatus(status);
        response.setHeader("Connection", "close");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        response.setContentType("text/html;charset=UTF-8");
        PrintWriter page = response.getWriter();
        page.write("<!DOCTYPE html>\n<html lang=\"" + messages.getLocale().toLanguageTag() + "\"><head><meta charset=\"utf-8\"/>"
                + "<title>" + escape(title) + " – Evidence Desk</title></head><body>"
                + "<h1>" + escape(title) + "</h1><p id=\"error-text\">" + escape(messages.getString("error." + status + ".text"))
                + "</p><p><a id=\"home\" href=\"" + escape(request.getContextPath()) + "/\">" + escape(messages.getString("error.home"))
                + "</a></p></body></html>\n");
        page.flush();
    }

    /** The first language the browser asks for that we speak, else the configured default. */
    private static Locale language(HttpServletRequest request, Settings settings) {
        for (Locale asked : Collections.list(request.getLocales())) {
            var supported = SupportedLocales.match(asked);
            if (supported.isPresent()) {
                return supported.get().equals(SupportedLocales.ENGLISH) ? Locale.ROOT : supported.get();
            }
        }
        return settings.defaultLocale().equals(SupportedLocales.ENGLISH) ? Locale.ROOT : settings.defaultLocale();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
