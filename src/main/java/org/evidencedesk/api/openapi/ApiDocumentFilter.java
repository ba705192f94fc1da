package org.evidencedesk.api.openapi;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.evidencedesk.api.ApiApplication;

/**
 * Keeps the served document to the API (Payara would add any other Jakarta REST path of the server), and adds to
 * each operation the answers that no resource method gives itself but every call may get: 429 from the token's rate
 * limit ({@link org.evidencedesk.api.ApiAuthentication}, so only where a token is needed) and 500 from the
 * last-resort mapper. Named in {@code META-INF/microprofile-config.properties} as {@code mp.openapi.filter}.
 */
public class ApiDocumentFilter implements OASFilter {

    static final String API_PATHS = "/" + ApiApplication.PATH + "/";

    @Override
    public void filterOpenAPI(OpenAPI document) {
        if (document.getPaths() == null) {
            return;
        }
        Map<String, PathItem> paths = document.getPaths().getPathItems();
        for (String path : List.copyOf(paths.keySet())) {
            if (!path.startsWith(API_PATHS)) {
                document.getPaths().removePathItem(path);
            }
        }
        document.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(this::addCommonAnswers));
    }

    private void addCommonAnswers(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            return;
        }
        boolean needsToken = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (needsToken && !responses.hasAPIResponse("429")) {
            responses.addAPIResponse("429", OASFactory.createAPIResponse().ref("TooManyRequests"));
        }
        if (!responses.hasAPIResponse("500")) {
            responses.addAPIResponse("500", OASFactory.createAPIResponse().ref("ServerError"));
        }
    }
}
