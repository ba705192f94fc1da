package org.evidencedesk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * The Evidence Desk REST API ({@code <server>/api/v1}) as this client calls it: the bearer token and the user's
 * language on every request, HTTP/1.1 (uploads stream with a Content-Length), and a wait-and-retry where the server
 * asks for one (429 or 503 with {@code Retry-After}). A server that cannot be reached ends the command with
 * {@link ExitCode#UNAVAILABLE}.
 */
final class Api {

    static final String BASE_PATH = "/api/v1";
    private static final int ATTEMPTS = 5;
    private static final long LONGEST_WAIT_SECONDS = 60;

    private final HttpClient http;
    private final Login login;
    private final Texts texts;

    Api(Login login, Texts texts) {
        this.login = login;
        this.texts = texts;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    Login login() {
        return login;
    }

    /** GET of an API path ({@code /cases?page=0}); the answer, whatever its status. */
    Answer get(String path, String accept) {
        return exchange(request(path).header("Accept", accept).GET());
    }

    /** GET of an API path that must answer JSON with success. */
    Answer getJson(String path) {
        return get(path, "application/json").orFail();
    }

    Answer put(String path, Map<String, String> headers, BodyPublisher body) {
        HttpRequest.Builder request = request(path).header("Accept", "application/json").PUT(body);
        headers.forEach(request::header);
        return exchange(request);
    }

    /** A streamed GET (a bundle): the caller reads and closes the body. */
    HttpResponse<InputStream> stream(String path, String accept) {
        return send(request(path).header("Accept", accept).GET(), HttpResponse.BodyHandlers.ofInputStream());
    }

    /** The installation's root certificate, {@code <server>/root-ca.pem}, which needs no token. */
    Answer rootCertificate() {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(login.server() + "/root-ca.pem"))
                .timeout(Duration.ofMinutes(2)).header("Accept-Language", texts.language()).GET();
        return exchange(request);
    }

    /** A path segment or query value, percent-encoded (a space as {@code %20}, as in a header too). */
    static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private HttpRequest.Builder request(String path) {
        URI uri;
        try {
            uri = URI.create(login.server() + BASE_PATH + path);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(ExitCode.USAGE, "cli.server.badAddress", login.server());
        }
        return HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + login.token())
                .header("Accept-Language", texts.language())
                .header("User-Agent", "evidence-desk-cli");
    }

    private Answer exchange(HttpRequest.Builder request) {
        for (int attempt = 1; ; attempt++) {
            HttpResponse<byte[]> response = send(request, HttpResponse.BodyHandlers.ofByteArray());
            Answer answer = new Answer(response.statusCode(), response.headers(), response.body());
            boolean busy = answer.status() == 429 || answer.status() == 503;
            if (!busy || attempt == ATTEMPTS || answer.headers().firstValue("Retry-After").isEmpty()) {
                return answer;
            }
            pause(answer.headers().firstValue("Retry-After").get());
        }
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, BodyHandler<T> handler) {
        HttpRequest built = request.build();
        try {
            return http.send(built, handler);
        } catch (IOException e) {
            throw new CommandFailure(ExitCode.UNAVAILABLE, "cli.server.unreachable", login.server(), reason(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailure(ExitCode.UNAVAILABLE, "cli.interrupted");
        }
    }

    /** What went wrong, also for the exceptions java.net.http throws without a message (a refused connection). */
    static String reason(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                return cause.getMessage();
            }
        }
        return e.getClass().getSimpleName();
    }

    private static void pause(String retryAfter) {
        long seconds;
        try {
            seconds = Math.max(1, Math.min(LONGEST_WAIT_SECONDS, Long.parseLong(retryAfter.strip())));
        } catch (NumberFormatException e) {
            seconds = LONGEST_WAIT_SECONDS;
        }
        try {
            Thread.sleep(seconds * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailure(ExitCode.UNAVAILABLE, "cli.interrupted");
        }
    }
}
