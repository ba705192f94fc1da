/**
 * The installation's settings (properties file, environment, system properties), checked once; shared
 * constants such as system property names, the data directory and the supported languages.
 */
package org.evidencedesk.shared.config;
