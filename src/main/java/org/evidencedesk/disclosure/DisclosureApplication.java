package org.evidencedesk.disclosure;

import org.evidencedesk.shared.BusinessException;

/**
 * What an application for an order to produce evidence must state (CE art. 45): the evidence sought, the fact
 * it proves and why that fact matters, why the other side controls it, and why it must produce it. The applicant
 * may also say that the evidence holds trade secrets, so that the court takes protective measures before anyone
 * sees it (IPE art. 26 para. 1).
 */
public record DisclosureApplication(String evidenceSought, String factToProve, String whyControlled, String whyMustProduce,
                          boolean saysTradeSecrets) {

    static final int LIMIT = 4000;

    /** An application that does not say the evidence holds trade secrets. */
    public DisclosureApplication(String evidenceSought, String factToProve, String whyControlled, String whyMustProduce) {
        this(evidenceSought, factToProve, whyControlled, whyMustProduce, false);
    }

    /** A draft may be incomplete but never over-long. */
    void checkLengths() {
        for (String element : elements()) {
            if (element != null && element.strip().length() > LIMIT) {
                throw new BusinessException("disclosure.elementTooLong", LIMIT);
            }
        }
    }

    /** Filing needs all four elements. */
    void checkComplete() {
        checkLengths();
        String[] keys = {"disclosure.evidenceSought", "disclosure.factToProve", "disclosure.whyControlled",
                "disclosure.whyMustProduce"};
        String[] values = elements();
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null || values[i].isBlank()) {
                throw new BusinessException("disclosure.elementMissing", new org.evidencedesk.shared.Translatable(keys[i]));
            }
        }
    }

    private String[] elements() {
        return new String[] {evidenceSought, factToProve, whyControlled, whyMustProduce};
    }

    static String stripped(String text) {
        return text == null ? "" : text.strip();
    }
}
