package org.evidencedesk.identity.web;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import java.io.Serializable;
import java.util.Optional;
import org.evidencedesk.identity.UserAccount;
import org.evidencedesk.identity.UserAccounts;
import org.evidencedesk.web.ProblemJson;

/**
 * Applies a logged-in session's caller to each of its page requests with the roles of the account as it is now, in
 * place of Soteria's auto-applied session. That one hands the container the caller's principal alone and leaves it to
 * find the caller's groups again, and under concurrent requests Payara sometimes finds none (payara/Payara#6145, still
 * open): a logged-in administrator then got 403 for an {@code /admin} page (57 of 1,316 requests, with twelve clients
 * at once). Here the groups are named explicitly, read with the account.
 *
 * <p>Only a session whose {@link SessionStamp} still matches its account (same account, enabled, same session
 * generation) is applied; anything else goes on to the form mechanism as before, and {@link StaleSessionFilter} ends a
 * stale session. A login (an authentication request with credentials) and the API ({@link BearerTokenAuthentication},
 * which runs first) are left alone.
 */
@Interceptor
@LoginToContinue
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 195)
public class SessionCallerAuthentication implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient UserAccounts accounts;

    @AroundInvoke
    public Object intercept(InvocationContext invocation) throws Exception {
        return ValidateRequestCall.around(invocation, (request, context) -> {
            if (ProblemJson.isApiRequest(request) || context.isAuthenticationRequest()) {
                return invocation.proceed();
            }
            Optional<UserAccount> caller = SessionStamp.in(request.getSession(false)).flatMap(this::current);
            if (caller.isEmpty()) {
                return invocation.proceed();
            }
            // StaleSessionFilter, later in the same request, need not read the account again.
            request.setAttribute(StaleSessionFilter.CURRENT_ATTRIBUTE, caller.get().getUsername());
            return context.notifyContainerAboutLogin(new CallerPrincipal(caller.get().getUsername()), caller.get().roleNames());
        });
    }

    /** The stamp's account, if it is still the one the session logged in as: enabled, same session generation. */
    private Optional<UserAccount> current(SessionStamp stamp) {
        return accounts.byId(stamp.accountId())
                .filter(UserAccount::isEnabled)
                .filter(account -> account.getUsername().equals(stamp.username()))
                .filter(account -> account.getSessionGeneration() == stamp.generation());
    }
}
