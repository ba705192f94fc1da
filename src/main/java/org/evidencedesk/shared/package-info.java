/**
 * What every area may use and that belongs to none: business exceptions with message keys, canonical JSON,
 * digests and safe log text. Imports no area.
 */
package org.evidencedesk.shared;
