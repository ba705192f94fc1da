package org.evidencedesk.dispute;

import java.io.Serializable;

/** What the filer states about a party. */
public record PartyDetails(PartyKind kind, String name, boolean domiciledInChina) implements Serializable {
}
