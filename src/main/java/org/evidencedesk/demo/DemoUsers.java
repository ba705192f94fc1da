package org.evidencedesk.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;
import org.evidencedesk.identity.AccessTokens;
import org.evidencedesk.identity.Role;
import org.evidencedesk.identity.TokenScope;
import org.evidencedesk.identity.TokenTerms;
import org.evidencedesk.identity.UserAccounts;
import org.evidencedesk.identity.AccountProvisioning;

/**
 * Users for trying the application (the demo switch): one per role, plus a second judge of the demo court
 * and a second claimant counsel, so that every capacity on a case can be tried; the README lists them.
 */
@ApplicationScoped
public class DemoUsers {

    public static final String PASSWORD = "Demo-Evidence-2026";
    /** Each demo user's API token is {@code edk_demo_<username>_Demo-Evidence-2026}: public, like the passwords. */
    private static final String TOKEN_NAME = "Demo token";
    private static final Logger LOG = Logger.getLogger(DemoUsers.class.getName());

    record DemoUser(String username, String displayName, Role role) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("demo-admin", "Demo Administrator", Role.ADMIN),
            new DemoUser("clerk", "Li Na (Clerk)", Role.CLERK),
            new DemoUser("judge", "Wang Jun (Judge)", Role.JUDGE),
            new DemoUser("judge2", "Zhao Min (Judge, not assigned)", Role.JUDGE),
            new DemoUser("counsel", "Zhang Wei (Claimant counsel)", Role.COUNSEL),
            new DemoUser("counsel2", "Sun Li (Claimant counsel)", Role.COUNSEL),
            new DemoUser("defence", "Chen Jing (Respondent counsel)", Role.COUNSEL),
            new DemoUser("investigator", "Liu Yang (Technical investigator)", Role.TECH_INVESTIGATOR));

    @Inject
    private UserAccounts accounts;

    @Inject
    private AccountProvisioning provisioning;

    @Inject
    private AccessTokens tokens;

    @Transactional
    public void seed() {
        for (DemoUser user : USERS) {
            if (accounts.byUsername(user.username()).isEmpty()) {
                provisioning.create(user.username(), user.displayName(), null, EnumSet.of(user.role()), null, PASSWORD, "demo");
            }
            String secret = token(user.username());
            if (!tokens.isRegistered(secret)) {
                tokens.registerGivenSecret(user.username(), TOKEN_NAME, TokenScope.allowedFor(EnumSet.of(user.role())),
                        TokenTerms.latestLastDay(tokens.today()), secret);
            }
        }
        LOG.info(() -> "Demo users ready: " + USERS.stream().map(DemoUser::username).toList() + ", password " + PASSWORD
                + ", API tokens " + token("<username>"));
    }

    /** The demo user's documented API token. */
    public static String token(String username) {
        return AccessTokens.SECRET_PREFIX + "demo_" + username + "_" + PASSWORD;
    }
}
