package org.evidencedesk.web;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Problem details for HTTP APIs (RFC 9457), the one form every error of the API takes, whether a resource refused
 * the call or a filter refused it before any resource ran: {@code type} names the problem by its message key,
 * {@code title} and {@code detail} are in the caller's language, {@code key} is the message key for programs.
 */
public final class ProblemJson {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** Where the API lives, below the context path. */
    public static final String API_PATH = "/api/";
    private static final String TYPE_PREFIX = "urn:evidence-desk:problem:";

    private ProblemJson() {
    }

    /** One problem: its status, message key, and texts already in the caller's language. */
    public record Problem(int status, String key, String title, String detail, Locale language) {

        /** The language as an HTTP language tag, for {@code Content-Language}. */
        public String languageTag() {
            return language.getLanguage().equals("zh") ? "zh-CN" : "en";
        }
    }

    /** Whether the request is a call of the API, which answers problems rather than pages. */
    public static boolean isApiRequest(HttpServletRequest request) {
        return (request.getServletPath() + "/").startsWith(API_PATH);
    }

    /**
     * The problem for a message key with its arguments, in {@code language}: the title is the status's
     * ({@code api.status.<status>}), the detail the key's text.
     */
    public static Problem of(int status, String key, Object[] arguments, Locale language) {
        ResourceBundle messages = RequestLanguage.messages(language);
        return new Problem(status, key, text(messages, "api.status." + status, new Object[0]).orElse(String.valueOf(status)),
                text(messages, key, arguments).orElse(key), language);
    }

    /** The problem as its JSON document; {@code instance} is the path of the call it answers. */
    public static String render(Problem problem, String instance) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("type", TYPE_PREFIX + problem.key())
                .add("title", problem.title())
                .add("status", problem.status())
                .add("detail", problem.detail())
                .add("key", problem.key());
        if (instance != null) {
            json.add("instance", instance);
        }
        return json.build().toString();
    }

    /** Writes the problem as the whole response (its status included) of a request outside Jakarta REST. */
    public static void write(HttpServletRequest request, HttpServletResponse response, Problem problem) throws IOException {
        response.setStatus(problem.status());
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Language", problem.languageTag());
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(render(problem, request.getRequestURI()));
        response.getWriter().flush();
    }

    private static Optional<String> text(ResourceBundle messages, String key, Object[] arguments) {
        try {
            String pattern = messages.getString(key);
            return Optional.of(arguments.length == 0 ? pattern : new MessageFormat(pattern, messages.getLocale()).format(arguments));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }
}
