package org.evidencedesk.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.Socket;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/** A plain HTTP client with its own cookies that can fill in Faces forms, for tests below the browser. */
public final class WebClient {

    private static final Pattern HIDDEN_INPUT = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]+)\"");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

    private final String baseUrl;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private String acceptLanguage = "en";
    private String forwardedFor;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public WebClient(String baseUrl) {
        this(baseUrl, HttpClient.newBuilder());
    }

    private WebClient(String baseUrl, HttpClient.Builder builder) {
        this.baseUrl = baseUrl;
        this.http = builder.cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A client for the server's HTTPS listener, whose certificate is Payara Micro's own self-signed one. */
    public static WebClient overHttps(String httpsBaseUrl) throws GeneralSecurityException {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {new TrustingEveryCertificate()}, null);
        return new WebClient(httpsBaseUrl, HttpClient.newBuilder().sslContext(context));
    }

    public WebClient acceptLanguage(String languages) {
        this.acceptLanguage = languages;
        return this;
    }

    /**
     * Sends {@code X-Forwarded-For} with every request, as a trusted proxy in front would: against a server with
     * {@code evidencedesk.proxy.trusted=true} this client then counts as coming from that address.
     */
    public WebClient forwardedFor(String address) {
        this.forwardedFor = address;
        return this;
    }

    /** Sends {@code name: value} with every request, as a browser sends {@code Origin} or {@code Sec-Fetch-Site}. */
    public WebClient header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET whose body is kept as bytes, for images and downloads. */
    public HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A GET with extra request headers, such as those a proxy in front would add. */
    public HttpResponse<String> get(String path, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path).GET();
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a plain (non-Faces) form, as a browser posts an HTML form: the fields URL-encoded, the answer as bytes. */
    public HttpResponse<byte[]> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        return post(path, "application/x-www-form-urlencoded", formBody(fields).getBytes(StandardCharsets.UTF_8));
    }

    /** A POST of any body, outside any Faces form (a servlet, or a post forged without a page). */
    public HttpResponse<byte[]> post(String path, String contentType, byte[] body) throws IOException, InterruptedException {
        return http.send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * Submits a form of the page at {@code path} as the browser would: the page's hidden fields, the CSP
     * nonce that PrimeFaces' script adds to every post, the given fields and the button pressed.
     */
    public HttpResponse<String> submit(String path, String formId, String button, Map<String, String> fields)
            throws IOException, InterruptedException {
        return submit(path, formId, button, fields, form -> { });
    }

    /** As {@link #submit}, with another script nonce than the page's: what a forged post looks like. */
    public HttpResponse<String> submitWithNonce(String path, String formId, String button, Map<String, String> fields,
                                                String nonce) throws IOException, InterruptedException {
        return submit(path, formId, button, fields, form -> form.put("primefaces.nonce", nonce));
    }

    /** As {@link #submit}, without the script nonce: what a client other than the page (a script) posts. */
    public HttpResponse<String> submitWithoutNonce(String path, String formId, String button, Map<String, String> fields)
            throws IOException, InterruptedException {
        return submit(path, formId, button, fields, form -> form.remove("primefaces.nonce"));
    }

    /** As {@link #submit}, with a view state the server never issued, as after a restart or a long pause. */
    public HttpResponse<String> submitWithViewState(String path, String formId, String button, Map<String, String> fields,
                                                    String viewState) throws IOException, InterruptedException {
        return submit(path, formId, button, fields, form -> form.put("jakarta.faces.ViewState", viewState));
    }

    private HttpResponse<String> submit(String path, String formId, String button, Map<String, String> fields,
                                        Consumer<Map<String, String>> tamper) throws IOException, InterruptedException {
        return submit(open(path), formId, button, fields, tamper);
    }

    /**
     * A page fetched once, whose forms can then be posted to the same Faces view several times, as a
     * browser tab does (a view-scoped bean keeps what earlier posts left in it).
     */
    public record OpenPage(String path, String body, Map<String, String> hiddenFields, String nonce) {

        /** The partial request PrimeFaces' paginator sends for the page of a lazy table from row {@code first}. */
        public Map<String, String> tablePage(String tableId, int first, int rows) {
            Map<String, String> fields = partialRequest(tableId);
            fields.put(tableId, tableId);
            fields.put(tableId + "_pagination", "true");
            fields.put(tableId + "_first", String.valueOf(first));
            fields.put(tableId + "_rows", String.valueOf(rows));
            fields.put(tableId + "_encodeFeature", "true");
            return fields;
        }

        /** The partial request PrimeFaces' dynamic tab view sends to load tab {@code index} when it is first shown. */
        public Map<String, String> tabLoad(String tabViewId, String tabId, int index) {
            Map<String, String> fields = partialRequest(tabViewId);
            fields.put(tabViewId + "_contentLoad", "true");
            fields.put(tabViewId + "_currentTab", tabId);
            fields.put(tabViewId + "_tabindex", String.valueOf(index));
            return fields;
        }

        /** A partial request on this page's view that a component sends, processes and renders itself with. */
        private Map<String, String> partialRequest(String componentId) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("jakarta.faces.ViewState", hiddenFields.get("jakarta.faces.ViewState"));
            fields.put("primefaces.nonce", nonce);
            fields.put("jakarta.faces.partial.ajax", "true");
            fields.put("jakarta.faces.source", componentId);
            fields.put("jakarta.faces.partial.execute", componentId);
            fields.put("jakarta.faces.partial.render", componentId);
            return fields;
        }
    }

    public OpenPage open(String path) throws IOException, InterruptedException {
        return opened(path, get(path));
    }

    /** A page already fetched from {@code path}, ready for its forms to be posted. */
    public static OpenPage opened(String path, HttpResponse<String> page) {
        return new OpenPage(path, page.body(), hiddenFields(page.body()), nonce(page.headers()));
    }

    /** A page already fetched from {@code path} whose body was read as bytes. */
    public static OpenPage opened(String path, HttpResponse<byte[]> page, String body) {
        return new OpenPage(path, body, hiddenFields(body), nonce(page.headers()));
    }

    /** Submits a form of a page opened before, keeping its view. */
    public HttpResponse<String> submit(OpenPage page, String formId, String button, Map<String, String> fields)
            throws IOException, InterruptedException {
        return submit(page, formId, button, fields, form -> { });
    }

    /**
     * Uploads one file to a PrimeFaces {@code p:fileUpload} (advanced mode) of an open page, byte for byte
     * what its script posts for each file: the form's name and view state, the CSP nonce, the partial-request
     * parameters, and the file as a part named after the component's client id (the widget's paramName;
     * PrimeFaces reads {@code request.getPart(clientId)}, so a part named after the hidden
     * {@code ..._input} element is ignored and the listener never runs). Answers the partial response.
     */
    public HttpResponse<String> upload(OpenPage page, String componentId, String render, String fileName, byte[] content)
            throws IOException, InterruptedException {
        return upload(page, componentId, render, fileName, "application/octet-stream", content);
    }

    /** As {@link #upload(OpenPage, String, String, String, byte[])}, with the content type the browser would send. */
    public HttpResponse<String> upload(OpenPage page, String componentId, String render, String fileName, String contentType,
                                       byte[] content) throws IOException, InterruptedException {
        String formId = componentId.substring(0, componentId.indexOf(':'));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(formId, formId);
        fields.put("jakarta.faces.ViewState", page.hiddenFields().get("jakarta.faces.ViewState"));
        fields.put("primefaces.nonce", page.nonce());
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.partial.execute", componentId);
        fields.put("jakarta.faces.source", componentId);
        fields.put(componentId + "_totalFilesCount", "1");
        fields.put("jakarta.faces.partial.render", render);
        String boundary = "----EvidenceDeskTest" + Long.toHexString(System.nanoTime());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        // Browsers send the name as UTF-8 with quotes and line breaks percent-encoded (WHATWG multipart/form-data).
        String quotedName = fileName.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + componentId + "\"; filename=\""
                + quotedName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(request(page.path())
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("Faces-Request", "partial/ajax")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Submits a form of an open page as PrimeFaces' script does for an ajax button: a partial request whose
     * source is the button, processing only {@code execute} (as the button's {@code process} resolves) and
     * answering a partial response (a redirect comes back inside it). Only the form's own hidden fields go with it.
     */
    public HttpResponse<String> submitAjax(OpenPage page, String formId, String source, String execute, String render,
                                           Map<String, String> fields) throws IOException, InterruptedException {
        return partial(page, formId, source, execute, render, fields, Map.of(source, source));
    }

    /**
     * Sends what PrimeFaces' script sends for a {@code p:ajax} of an input on one of its events (a search as the user
     * types): the form with the fields given (the input's value among them), the behaviour's event, and what it
     * processes and updates. Answers the partial response.
     */
    public HttpResponse<String> submitBehavior(OpenPage page, String formId, String source, String event, String execute,
                                               String render, Map<String, String> fields) throws IOException, InterruptedException {
        return partial(page, formId, source, execute, render, fields,
                Map.of("jakarta.faces.behavior.event", event, "jakarta.faces.partial.event", event));
    }

    private HttpResponse<String> partial(OpenPage page, String formId, String source, String execute, String render,
                                         Map<String, String> fields, Map<String, String> partialFields)
            throws IOException, InterruptedException {
        Map<String, String> form = formFields(page, formId);
        fields.forEach((name, value) -> form.put(formId + ":" + name, value));
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", source);
        form.put("jakarta.faces.partial.execute", execute);
        form.put("jakarta.faces.partial.render", render);
        form.putAll(partialFields);
        return http.send(request(page.path())
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Faces-Request", "partial/ajax")
                        .POST(HttpRequest.BodyPublishers.ofString(formBody(form)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Submits a form whose encoding is multipart/form-data (one with file inputs), sending no file. */
    public HttpResponse<String> submitMultipart(OpenPage page, String formId, String button, Map<String, String> fields)
            throws IOException, InterruptedException {
        Map<String, String> form = formFields(page, formId);
        fields.forEach((name, value) -> form.put(formId + ":" + name, value));
        form.put(formId + ":" + button, "");
        String boundary = "----EvidenceDeskTest" + Long.toHexString(System.nanoTime());
        StringBuilder body = new StringBuilder();
        form.forEach((name, value) -> body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                .append(name).append("\"\r\n\r\n").append(value).append("\r\n"));
        body.append("--").append(boundary).append("--\r\n");
        return http.send(request(page.path())
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * What a browser sends of one form of the page before its own inputs: the view state, the CSP nonce, the
     * form's marker and the hidden fields inside it (not those of the page's other forms, which would make Faces
     * process and validate those forms too).
     */
    public static Map<String, String> formFields(OpenPage page, String formId) {
        Map<String, String> form = new LinkedHashMap<>();
        page.hiddenFields().forEach((name, value) -> {
            if (name.startsWith("jakarta.faces.") || name.startsWith(formId + ":")) {
                form.put(name, value);
            }
        });
        form.put("primefaces.nonce", page.nonce());
        form.put(formId, formId);
        return form;
    }

    /** As {@link #submit(OpenPage, String, String, Map)}, sending only that form's hidden fields, as a browser does. */
    public HttpResponse<String> submitForm(OpenPage page, String formId, String button, Map<String, String> fields)
            throws IOException, InterruptedException {
        Map<String, String> form = formFields(page, formId);
        fields.forEach((name, value) -> form.put(formId + ":" + name, value));
        form.put(formId + ":" + button, "");
        return http.send(request(page.path())
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(formBody(form)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> submit(OpenPage page, String formId, String button, Map<String, String> fields,
                                        Consumer<Map<String, String>> tamper) throws IOException, InterruptedException {
        String path = page.path();
        Map<String, String> form = new LinkedHashMap<>(hiddenFieldsOf(page, formId));
        form.put("primefaces.nonce", page.nonce());
        form.put(formId, formId);
        fields.forEach((name, value) -> form.put(formId + ":" + name, value));
        form.put(formId + ":" + button, "");
        tamper.accept(form);
        return http.send(request(path)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(formBody(form)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Submits a multipart Faces form of an open page with one file in its {@code h:inputFile} {@code fileField},
     * as a browser posts it: the form's hidden fields, the CSP nonce, the file and the button pressed.
     */
    public HttpResponse<String> submitFile(OpenPage page, String formId, String button, String fileField, String fileName,
                                           byte[] content) throws IOException, InterruptedException {
        Map<String, String> fields = new LinkedHashMap<>(page.hiddenFields());
        fields.put("primefaces.nonce", page.nonce());
        fields.put(formId, formId);
        fields.put(formId + ":" + button, "");
        String boundary = "----EvidenceDeskTest" + Long.toHexString(System.nanoTime());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + formId + ":" + fileField
                + "\"; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(request(page.path())
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String formBody(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
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
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept-Language", acceptLanguage);
        headers.forEach(request::header);
        return forwardedFor == null ? request : request.header("X-Forwarded-For", forwardedFor);
    }

    private static String nonce(java.net.http.HttpHeaders headers) {
        return headers.allValues("Content-Security-Policy").stream()
                .map(NONCE::matcher)
                .filter(Matcher::find)
                .map(matcher -> matcher.group(1))
                .findFirst()
                .orElse("");
    }

    /**
     * The hidden fields of one form of the page, as a browser posts them: another form's marker field would make
     * Faces process that form too, and refuse it if it has required fields. All of the page's if no such form.
     */
    private static Map<String, String> hiddenFieldsOf(OpenPage page, String formId) {
        Matcher form = Pattern.compile("<form[^>]* id=\"" + Pattern.quote(formId) + "\"[^>]*>(.*?)</form>", Pattern.DOTALL)
                .matcher(page.body());
        return form.find() ? hiddenFields(form.group(1)) : page.hiddenFields();
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

    /** Trusts any certificate for any host name: only for the test server's self-signed one on localhost. */
    private static final class TrustingEveryCertificate extends X509ExtendedTrustManager {

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
