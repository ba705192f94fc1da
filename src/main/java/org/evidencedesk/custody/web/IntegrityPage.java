package org.evidencedesk.custody.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.evidencedesk.evidence.IntegritySweep;
import org.evidencedesk.web.PageMessages;

/** Administration › Integrity: the last sweep's findings, and a button to sweep now. */
@Named
@RequestScoped
public class IntegrityPage {

    @Inject
    private IntegritySweep sweep;

    @Inject
    private PageMessages messages;

    public IntegritySweep.SweepReport getReport() {
        return sweep.lastReport().orElse(null);
    }

    public String runNow() {
        IntegritySweep.SweepReport report = sweep.run();
        if (report.clean()) {
            messages.info("integrity.clean", report.itemsChecked(), report.chainsChecked());
        } else {
            messages.error("integrity.problems", report.problems().size());
        }
        messages.keepForRedirect();
        return "/admin/integrity?faces-redirect=true";
    }
}
