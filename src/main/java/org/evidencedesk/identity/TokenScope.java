package org.evidencedesk.identity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a personal access token may be used for. A token never reaches further than its owner's role on the object
 * it acts on: the scope narrows what the owner could do, never widens it.
 */
public enum TokenScope {
    /** Read cases, items, requests, rulings and notices the owner may see; mark one's own notices read. */
    READ,
    /** Submit evidence, file disclosure requests, give opinions. */
    SUBMIT,
    /** Export signed evidence bundles. */
    EXPORT,
    /** Court-only data such as the custody log; held only by court staff. */
    COURT;

    /** The name the API and the database use: {@code read}, {@code submit}, ... */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The key of its description in the message bundles. */
    public String messageKey() {
        return "token.scope." + code();
    }

    /** The scopes picked in a form; none picked is the empty set. */
    public static Set<TokenScope> setOf(TokenScope... picked) {
        EnumSet<TokenScope> scopes = EnumSet.noneOf(TokenScope.class);
        if (picked != null) {
            scopes.addAll(Arrays.asList(picked));
        }
        return scopes;
    }

    public static Optional<TokenScope> fromCode(String code) {
        return Arrays.stream(values()).filter(scope -> scope.code().equals(code)).findFirst();
    }

    /** The scopes a holder of these roles may put on a token: {@link #COURT} only for the court's clerks, judges and investigators. */
    public static Set<TokenScope> allowedFor(Set<Role> roles) {
        EnumSet<TokenScope> allowed = EnumSet.of(READ, SUBMIT, EXPORT);
        if (roles.contains(Role.CLERK) || roles.contains(Role.JUDGE) || roles.contains(Role.TECH_INVESTIGATOR)) {
            allowed.add(COURT);
        }
        return allowed;
    }

    static String encode(Set<TokenScope> scopes) {
        return scopes.stream().sorted().map(TokenScope::code).collect(Collectors.joining(","));
    }

    static Set<TokenScope> decode(String codes) {
        EnumSet<TokenScope> scopes = EnumSet.noneOf(TokenScope.class);
        for (String code : codes.split(",")) {
            fromCode(code.trim()).ifPresent(scopes::add);
        }
        return scopes;
    }
}
