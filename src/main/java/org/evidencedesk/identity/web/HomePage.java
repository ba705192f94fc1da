package org.evidencedesk.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.evidencedesk.identity.UserAccount;
import org.evidencedesk.identity.UserAccounts;
import org.evidencedesk.web.CurrentUser;

/** The home page's figures; each role's section shows what that role works on. */
@Named
@RequestScoped
public class HomePage {

    @Inject
    private CurrentUser currentUser;

    @Inject
    private UserAccounts accounts;

    private long userCount;
    private long disabledCount;

    @PostConstruct
    void load() {
        if (currentUser.isAdmin()) {
            List<UserAccount> all = accounts.all();
            userCount = all.size();
            disabledCount = all.stream().filter(account -> !account.isEnabled()).count();
        }
    }

    public long getUserCount() {
        return userCount;
    }

    public long getDisabledCount() {
        return disabledCount;
    }
}
