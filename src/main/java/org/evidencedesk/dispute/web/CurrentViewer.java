package org.evidencedesk.dispute.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.util.Set;
import org.evidencedesk.dispute.CaseAccessPolicy;
import org.evidencedesk.dispute.CaseViewer;
import org.evidencedesk.identity.UserAccounts;

/** The logged-in user as a viewer of case lists, resolved once per request. */
@RequestScoped
public class CurrentViewer {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private UserAccounts accounts;

    @Inject
    private CaseAccessPolicy policy;

    private CaseViewer viewer;

    public CaseViewer get() {
        if (viewer == null) {
            viewer = accounts.byUsername(securityContext.getCallerPrincipal().getName())
                    .map(policy::viewerFor)
                    .orElse(new CaseViewer(-1L, "", null, false, Set.of()));
        }
        return viewer;
    }

    public String username() {
        return securityContext.getCallerPrincipal().getName();
    }
}
