package org.evidencedesk.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import org.evidencedesk.identity.Role;

/**
 * The side menu: each entry names the roles that may open it. The same roles guard the pages in
 * web.xml; the menu only spares people links they could not follow. A visitor who has not logged in
 * (on the public verifier or the API reference) gets the pages open to anyone, so that every page has the same shell.
 */
@Named
@RequestScoped
public class Navigation {

    public record Entry(String labelKey, String outcome, String icon, Set<Role> roles) {
    }

    static final List<Entry> ENTRIES = List.of(
            new Entry("menu.home", "/home", "pi pi-home", Set.of(Role.values())),
            new Entry("menu.cases", "/cases/list", "pi pi-briefcase",
                    Set.of(Role.CLERK, Role.JUDGE, Role.COUNSEL, Role.TECH_INVESTIGATOR)),
            new Entry("menu.newCase", "/cases/new", "pi pi-file-edit", Set.of(Role.COUNSEL)),
            new Entry("menu.calendar", "/calendar", "pi pi-calendar",
                    Set.of(Role.CLERK, Role.JUDGE, Role.COUNSEL, Role.TECH_INVESTIGATOR)),
            new Entry("menu.users", "/admin/users", "pi pi-users", Set.of(Role.ADMIN)),
            new Entry("menu.keys", "/admin/keys", "pi pi-key", Set.of(Role.ADMIN)),
            new Entry("menu.integrity", "/admin/integrity", "pi pi-shield", Set.of(Role.ADMIN)),
            new Entry("menu.jobs", "/admin/jobs", "pi pi-clock", Set.of(Role.ADMIN)),
            new Entry("menu.rules", "/admin/rules", "pi pi-book", Set.of(Role.ADMIN)),
            new Entry("menu.verify", "/verify", "pi pi-verified", Set.of(Role.values())),
            new Entry("menu.api", "/api", "pi pi-code", Set.of(Role.values())),
            new Entry("menu.account", "/account", "pi pi-user", Set.of(Role.values())));

    static final List<Entry> PUBLIC_ENTRIES = List.of(
            new Entry("menu.verify", "/verify", "pi pi-verified", Set.of()),
            new Entry("menu.api", "/api", "pi pi-code", Set.of()),
            new Entry("login.title", "/login", "pi pi-sign-in", Set.of()));

    @Inject
    private CurrentUser currentUser;

    private List<Entry> entries;

    @PostConstruct
    void build() {
        entries = currentUser.isLoggedIn()
                ? ENTRIES.stream().filter(entry -> entry.roles().stream().anyMatch(currentUser::has)).toList()
                : PUBLIC_ENTRIES;
    }

    public List<Entry> getEntries() {
        return entries;
    }
}
