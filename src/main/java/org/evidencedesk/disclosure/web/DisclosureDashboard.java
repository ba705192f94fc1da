package org.evidencedesk.disclosure.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.evidencedesk.disclosure.DisclosureRequest;
import org.evidencedesk.disclosure.DisclosureRequests;
import org.evidencedesk.web.CurrentUser;

/**
 * The dashboard's disclosure panels: for a judge, the requests waiting for the court (including those
 * referred for a possible presumption); for everyone on a case, the orders still running and their deadlines.
 */
@Named
@RequestScoped
public class DisclosureDashboard {

    @Inject
    private DisclosureRequests requests;

    @Inject
    private CurrentUser currentUser;

    private List<DisclosureRequest> awaitingJudge;
    private List<DisclosureRequest> runningOrders;

    @PostConstruct
    void load() {
        awaitingJudge = requests.awaitingJudge(currentUser.viewer());
        runningOrders = requests.runningOrders(currentUser.viewer());
    }

    public List<DisclosureRequest> getAwaitingJudge() {
        return awaitingJudge;
    }

    public List<DisclosureRequest> getRunningOrders() {
        return runningOrders;
    }
}
