package org.evidencedesk.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.evidencedesk.identity.AccessTokens;
import org.evidencedesk.identity.IssuedToken;
import org.evidencedesk.identity.TokenScope;
import org.evidencedesk.identity.TokenTerms;
import org.evidencedesk.web.CurrentUser;
import org.evidencedesk.web.PageMessages;

/**
 * My account › API access tokens: the user's tokens, a form to make one and a button to revoke one. A new token's
 * secret crosses the redirect after the POST in the flash and lives in this request-scoped bean only while the page
 * after the redirect renders: it shows once and never again (not after a reload, not on a later postback of that page,
 * never in a URL). The rules are {@link AccessTokens}'s, not this page's.
 */
@Named
@RequestScoped
public class AccessTokensSection {

    /** The flash entry that carries a new token's secret to the page after the redirect. */
    private static final String ISSUED_SECRET = "org.evidencedesk.identity.issuedSecret";

    @Inject
    private AccessTokens tokens;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PageMessages messages;

    @Inject
    private FacesContext faces;

    private List<TokenRow> rows;
    private TokenScope[] allowedScopes;
    private LocalDate today;
    private String issuedSecret;

    private String name;
    private TokenScope[] scopes = new TokenScope[0];
    private LocalDate lastDay;

    @PostConstruct
    void load() {
        today = tokens.today();
        rows = tokens.list(currentUser.getUsername()).stream().map(token -> TokenRow.of(token, today)).toList();
        allowedScopes = TokenScope.allowedFor(Set.copyOf(currentUser.getRoles())).toArray(TokenScope[]::new);
        // Read, not removed: the flash drops it after this request by itself (its remove() acts on the next request's map).
        issuedSecret = (String) faces.getExternalContext().getFlash().get(ISSUED_SECRET);
        lastDay = TokenTerms.defaultLastDay(today);
    }

    public String create() {
        IssuedToken[] issued = new IssuedToken[1];
        if (!messages.attempt(() -> issued[0] = tokens.create(currentUser.getUsername(), name, TokenScope.setOf(scopes), lastDay))) {
            return null;
        }
        faces.getExternalContext().getFlash().put(ISSUED_SECRET, issued[0].secret());
        messages.info("token.created", issued[0].token().getName());
        messages.keepForRedirect();
        return "/account?faces-redirect=true";
    }

    public String revoke(TokenRow row) {
        if (!messages.attempt(() -> tokens.revoke(currentUser.getUsername(), row.id()))) {
            return null;
        }
        messages.info("token.revoked", row.name());
        messages.keepForRedirect();
        return "/account?faces-redirect=true";
    }

    public List<TokenRow> getRows() {
        return rows;
    }

    /** The scopes the user's roles may hold: the only ones the form offers. */
    public TokenScope[] getAllowedScopes() {
        return allowedScopes;
    }

    /** The secret of the token made by the POST before this page, or null: shown once. */
    public String getIssuedSecret() {
        return issuedSecret;
    }

    public LocalDate getToday() {
        return today;
    }

    public LocalDate getLatestLastDay() {
        return TokenTerms.latestLastDay(today);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public TokenScope[] getScopes() {
        return scopes;
    }

    public void setScopes(TokenScope[] scopes) {
        this.scopes = scopes;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }
}
