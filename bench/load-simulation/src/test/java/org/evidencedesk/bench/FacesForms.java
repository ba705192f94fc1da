package org.evidencedesk.bench;

import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.http.HttpDsl.headerRegex;

import io.gatling.javaapi.core.CheckBuilder;

/**
 * What a browser takes from a Faces page before it posts one of its forms: the view state and the nonce of the
 * Content-Security-Policy, which PrimeFaces sends back as {@code primefaces.nonce}. Saved as {@code viewState}
 * and {@code nonce}.
 */
final class FacesForms {

    private FacesForms() {
    }

    static CheckBuilder viewState() {
        return regex("name=\"jakarta\\.faces\\.ViewState\"[^>]*?value=\"([^\"]*)\"").saveAs("viewState");
    }

    static CheckBuilder nonce() {
        return headerRegex("Content-Security-Policy", "'nonce-([^']*)'").saveAs("nonce");
    }
}
