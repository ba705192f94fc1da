package org.evidencedesk.dispute;

/** The kind of right in dispute. */
public enum IpType {
    PATENT, TRADEMARK, COPYRIGHT, SOFTWARE_COPYRIGHT, TRADE_SECRET, UNFAIR_COMPETITION;

    public String messageKey() {
        return "ipType." + name();
    }
}
