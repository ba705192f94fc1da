package org.evidencedesk.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.evidencedesk.dispute.CaseAccessPolicy;
import org.evidencedesk.dispute.CaseViewer;
import org.evidencedesk.identity.Role;
import org.evidencedesk.identity.UserAccount;
import org.evidencedesk.identity.UserAccounts;

/**
 * Who is logged in, for every page of every area: their username, roles and language, and which cases they see
 * (the dispute area's {@link CaseAccessPolicy} decides). What they are on one case comes with that case's view
 * ({@code CaseView.actor()}). The account is read once per request, and only by a page that needs more than the
 * username and roles.
 */
@Named
@RequestScoped
public class CurrentUser {

    private static final CaseViewer NOBODY = new CaseViewer(-1L, "", null, false, Set.of());

    @Inject
    private SecurityContext securityContext;

    @Inject
    private UserAccounts accounts;

    @Inject
    private CaseAccessPolicy policy;

    @Inject
    private LocaleSelection localeSelection;

    private String username;
    private final Set<Role> roles = EnumSet.noneOf(Role.class);
    private Optional<UserAccount> account;
    private CaseViewer viewer;

    @PostConstruct
    void load() {
        Principal principal = securityContext.getCallerPrincipal();
        if (principal == null) {
            return;
        }
        username = principal.getName();
        for (Role role : Role.values()) {
            if (securityContext.isCallerInRole(role.name())) {
                roles.add(role);
            }
        }
    }

    public boolean isLoggedIn() {
        return username != null;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return account().map(UserAccount::getDisplayName).orElse(username);
    }

    public List<Role> getRoles() {
        return List.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    public Locale getLocale() {
        return localeSelection.getLocale();
    }

    /** The user as a viewer of case lists and dashboards; a user without an enabled account sees no case. */
    public CaseViewer viewer() {
        if (viewer == null) {
            viewer = account().map(policy::viewerFor).orElse(NOBODY);
        }
        return viewer;
    }

    private Optional<UserAccount> account() {
        if (account == null) {
            account = username == null ? Optional.empty() : accounts.byUsername(username);
        }
        return account;
    }
}
