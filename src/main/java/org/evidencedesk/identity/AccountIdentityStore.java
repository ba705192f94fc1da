package org.evidencedesk.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Checks a username and password against the accounts in the database; disabled accounts never log in. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    private UserAccounts accounts;

    @Inject
    private PasswordHasher hasher;

    @Transactional(Transactional.TxType.SUPPORTS)
    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String password = credential.getPasswordAsString();
        Optional<UserAccount> account = accounts.byUsername(credential.getCaller());
        if (account.isEmpty()) {
            hasher.verifyAgainstNobody(password);
            return CredentialValidationResult.INVALID_RESULT;
        }
        UserAccount found = account.get();
        if (!hasher.matches(password, found.passwordHash()) || !found.isEnabled()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(found.getUsername(), found.roleNames());
    }
}
