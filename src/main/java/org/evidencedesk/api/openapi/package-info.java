/**
 * The API's OpenAPI document, which Payara Micro serves at {@code /openapi} from the resources' annotations and
 * {@code META-INF/openapi.yaml}: the filter that keeps it to {@code /api/v1}, and the page that shows it to people.
 */
package org.evidencedesk.api.openapi;
