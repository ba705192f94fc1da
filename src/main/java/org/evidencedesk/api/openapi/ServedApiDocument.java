package org.evidencedesk.api.openapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.evidencedesk.shared.config.Settings;

/**
 * The OpenAPI document exactly as Payara Micro serves it at {@code /openapi}, read once from this server's own HTTP
 * listener (as {@link org.evidencedesk.operations.ReadyAnnouncement} reads the login page): the platform offers no
 * other way to it, and the page that shows it must show what clients get. It cannot change while the application
 * runs, so the first answer is kept; a failure is logged and tried again on the next request.
 */
@ApplicationScoped
public class ServedApiDocument {

    private static final Logger LOG = Logger.getLogger(ServedApiDocument.class.getName());
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Inject
    private Settings settings;

    private volatile JsonObject document;

    public Optional<JsonObject> document() {
        if (document == null) {
            document = fetch().orElse(null);
        }
        return Optional.ofNullable(document);
    }

    private Optional<JsonObject> fetch() {
        URI address = URI.create("http://localhost:" + settings.httpPort() + "/openapi?format=JSON");
        HttpRequest request = HttpRequest.newBuilder(address).timeout(PATIENCE).header("Accept", "application/json").GET().build();
        try {
            HttpResponse<InputStream> response = HttpClient.newBuilder().connectTimeout(PATIENCE).build()
                    .send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body(); JsonReader reader = Json.createReader(body)) {
                if (response.statusCode() != 200) {
                    LOG.warning(() -> "The OpenAPI document at " + address + " answered " + response.statusCode());
                    return Optional.empty();
                }
                return Optional.of(reader.readObject());
            }
        } catch (IOException | JsonException e) {
            LOG.log(Level.WARNING, "Could not read the OpenAPI document at " + address, e);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
