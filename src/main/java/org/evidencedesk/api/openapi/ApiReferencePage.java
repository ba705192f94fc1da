package org.evidencedesk.api.openapi;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;

/**
 * The API's reference for people ({@code api.xhtml}, open to anyone like the verifier): the served OpenAPI document,
 * read on the server and listed by tag, so that the page needs no script from anywhere and says exactly what
 * {@code /openapi} says. The page's own labels are in the reader's language; the API's descriptions are English.
 */
@Named
@RequestScoped
public class ApiReferencePage {

    @Inject
    private ServedApiDocument served;

    private Optional<ApiReference> reference;

    @PostConstruct
    void load() {
        reference = served.document().map(ApiReference::of);
    }

    public boolean isAvailable() {
        return reference.isPresent();
    }

    public ApiReference getReference() {
        return reference.orElse(null);
    }

    public List<ApiReference.Section> getSections() {
        return reference.map(ApiReference::sections).orElse(List.of());
    }

    /** The message key for who may call the operation; {@link #scopes} names the scopes. */
    public String accessKey(ApiReference.Entry operation) {
        if (!operation.needsToken()) {
            return "apiDoc.access.public";
        }
        return operation.scopes().isEmpty() ? "apiDoc.access.anyToken" : "apiDoc.access.scope";
    }

    public String scopes(ApiReference.Entry operation) {
        return String.join(", ", operation.scopes());
    }
}
