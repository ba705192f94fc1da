package org.evidencedesk.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.evidencedesk.identity.Role;
import org.evidencedesk.identity.UserAccount;
import org.evidencedesk.identity.UserAccounts;
import org.evidencedesk.identity.UserAdministration;
import org.evidencedesk.shared.BusinessException;
import org.evidencedesk.web.CurrentUser;
import org.evidencedesk.web.PageMessages;

/** Administration › Users: the list of accounts and the form that creates one. */
@Named
@RequestScoped
public class UsersPage {

    @Inject
    private UserAccounts accounts;

    @Inject
    private UserAdministration administration;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PageMessages messages;

    private List<UserAccount> users;
    private String username;
    private String displayName;
    private String email;
    private Role[] roles = new Role[0];
    private String password;
    private Long courtId;

    @PostConstruct
    void load() {
        users = accounts.all();
    }

    public String create() {
        try {
            administration.create(username, displayName, email, Role.setOf(roles), courtId, password,
                    currentUser.getUsername());
        } catch (BusinessException e) {
            messages.error(e);
            return null;
        }
        messages.info("users.created", username);
        messages.keepForRedirect();
        return "/admin/users?faces-redirect=true";
    }

    public List<UserAccount> getUsers() {
        return users;
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles;
    }

    public Long getCourtId() {
        return courtId;
    }

    public void setCourtId(Long courtId) {
        this.courtId = courtId;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
