package org.evidencedesk.identity;

/** A token just created, with its secret: the only moment the secret exists outside its owner's hands. */
public record IssuedToken(AccessToken token, String secret) {

    @Override
    public String toString() {
        return "IssuedToken[" + token.getPrefix() + "…]";
    }
}
