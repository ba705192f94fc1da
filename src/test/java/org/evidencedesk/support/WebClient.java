package org.evidencedesk.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A plain HTTP client with its own cookies that can fill in Faces forms, for tests below the browser. */
public final class WebClient {

    private static final Pattern HIDDEN_INPUT = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]+)\"");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

    private final String baseUrl;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private String acceptLanguage = "en";

    public WebClient(String baseUrl) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public WebClient acceptLanguage(String languages) {
        this.acceptLanguage = languages;
        return this;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Submits a form of the page at {@code path}: the page's hidden fields (view state, PrimeFaces' CSP
     * nonce), the given fields and the button pressed.
     */
    public HttpResponse<String> submit(String path, String formId, String button, Map<String, String> fields)
            throws IOException, InterruptedException {
        String page = get(path).body();
        Map<String, String> form = hiddenFields(page);
        form.put(formId, formId);
        fields.forEach((name, value) -> form.put(formId + ":" + name, value));
        form.put(formId + ":" + button, "");
        String body = form.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
        return http.send(request(path)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> login(String username, String password) throws IOException, InterruptedException {
        return submit("login.xhtml", "login", "submit", Map.of("username", username, "password", password));
    }

    public Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept-Language", acceptLanguage);
    }

    private static Map<String, String> hiddenFields(String page) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = HIDDEN_INPUT.matcher(page);
        while (input.find()) {
            Matcher name = NAME.matcher(input.group());
            Matcher value = VALUE.matcher(input.group());
            if (name.find()) {
                fields.put(unescape(name.group(1)), value.find() ? unescape(value.group(1)) : "");
            }
        }
        if (!fields.containsKey("jakarta.faces.ViewState")) {
            throw new IllegalStateException("No Faces view state in the page:\n" + page);
        }
        return fields;
    }

    private static String unescape(String html) {
        return html.replace("&#58;", ":").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
