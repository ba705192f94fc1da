package org.evidencedesk.dispute;

/** Who a party is in the dispute; the kind decides the side it may stand on. */
public enum PartyKind {
    RIGHTS_HOLDER(Side.CLAIMANT), LICENSEE(Side.CLAIMANT),
    MERCHANT(Side.RESPONDENT), PLATFORM_OPERATOR(Side.RESPONDENT),
    DATA_HOLDING_PLATFORM(Side.THIRD_PARTY);

    private final Side side;

    PartyKind(Side side) {
        this.side = side;
    }

    public Side side() {
        return side;
    }

    public String messageKey() {
        return "partyKind." + name();
    }
}
