package org.evidencedesk.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.evidencedesk.identity.Role;
import org.evidencedesk.identity.UserAccount;
import org.evidencedesk.identity.UserAccounts;

/** Who is logged in, for the top bar, the menu and the home page. Loaded once per request. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private UserAccounts accounts;

    private String username;
    private String displayName;
    private final Set<Role> roles = EnumSet.noneOf(Role.class);

    @PostConstruct
    void load() {
        Principal principal = securityContext.getCallerPrincipal();
        if (principal == null) {
            return;
        }
        username = principal.getName();
        displayName = accounts.byUsername(username).map(UserAccount::getDisplayName).orElse(username);
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
        return displayName;
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
}
