package org.evidencedesk.web;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Headers of a download: always an attachment, never rendered inline, with the file name in ASCII and in UTF-8. */
public final class Downloads {

    private Downloads() {
    }

    public static void attachment(HttpServletResponse response, String type, String filename) {
        response.setContentType(type);
        response.setHeader("Content-Disposition", disposition(filename));
        response.setHeader("X-Content-Type-Options", "nosniff");
    }

    /** The {@code Content-Disposition} of an attachment named {@code filename} (RFC 6266, with RFC 8187's UTF-8 form). */
    public static String disposition(String filename) {
        String ascii = filename.replaceAll("[^\\x20-\\x7e]|[\"\\\\]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
