package org.evidencedesk.dispute;

/** The e-commerce technology the dispute is about. */
public enum TechnologyArea {
    RANKING_RECOMMENDATION, AI_MODEL, SEARCH, PRICING, PAYMENTS, LOGISTICS_SUPPLY_CHAIN, DATA, OTHER;

    public String messageKey() {
        return "technology." + name();
    }
}
