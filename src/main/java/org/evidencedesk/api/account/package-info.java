/** The caller and their token ({@code GET /me}). */
package org.evidencedesk.api.account;
