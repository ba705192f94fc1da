package org.evidencedesk.shared.config;

/** A setting that Evidence Desk cannot start with; the message is the one line an operator reads. */
public class ConfigurationException extends RuntimeException {

    public ConfigurationException(String message) {
        super(message);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
