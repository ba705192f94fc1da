package org.evidencedesk.shared;

import java.io.Serializable;

/** A message argument that is itself a message key, translated with the message (a status, a role). */
public record Translatable(String key) implements Serializable {
}
