package org.evidencedesk.dispute;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Set;
import org.evidencedesk.identity.UserAccounts;

/**
 * The case list of one user by name, for callers that have no page session (the API): the same query as the case
 * list page, limited to the cases {@link CaseAccessPolicy} lets the user see, read again on every call.
 */
@ApplicationScoped
@Transactional
public class CaseListing {

    @Inject
    private DisputeCases cases;

    @Inject
    private UserAccounts accounts;

    @Inject
    private CaseAccessPolicy policy;

    /** One page of the user's list, from the row at {@code first} (counting from 0), with the whole list's length. */
    public CaseList page(@NotNull CaseQuery query, @NotNull String username, int first, int size) {
        CaseViewer viewer = viewer(username);
        return new CaseList(cases.page(query, viewer, first, size), cases.count(query, viewer));
    }

    private CaseViewer viewer(String username) {
        // An account that is gone sees nothing, as a disabled one.
        return accounts.byUsername(username).map(policy::viewerFor)
                .orElseGet(() -> new CaseViewer(-1L, username, null, false, Set.of()));
    }

    /** A page of a case list and how many cases the whole list holds. */
    public record CaseList(List<CaseRow> rows, long total) {

        public CaseList {
            rows = List.copyOf(rows);
        }
    }
}
