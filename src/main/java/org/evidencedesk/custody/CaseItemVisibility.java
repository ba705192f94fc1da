package org.evidencedesk.custody;

import java.util.List;
import org.evidencedesk.dispute.CaseView;

/**
 * The port through which custody asks the evidence area which of a case's items a viewer may see. Evidence sits
 * above custody (it writes the log), so custody names what it needs here and evidence provides it.
 */
public interface CaseItemVisibility {

    /** Every item of the case, seen or not, each marked with whether the view's actor may see it. */
    List<CaseItem> items(CaseView view);

    /** The case's items among those named, each marked with whether the view's actor may see it; none else. */
    List<CaseItem> items(CaseView view, CustodyAudience.NamedItems named);
}
