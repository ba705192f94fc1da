/**
 * The command-line client ({@code target/evidence-desk-cli.jar}): logs in with a personal access token, lists cases
 * and items, submits a folder resumably and verifies every receipt, exports and verifies bundles, over the REST API.
 * Plain Java 17 (java.net.http, Jackson); of the server's code it uses only the verifier, the signing checks and
 * shared value types, which the verify command already carries. Nothing imports it.
 */
package org.evidencedesk.cli;
