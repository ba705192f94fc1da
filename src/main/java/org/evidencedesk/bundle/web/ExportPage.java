package org.evidencedesk.bundle.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.evidencedesk.dispute.CaseNotFoundException;
import org.evidencedesk.dispute.CaseView;
import org.evidencedesk.dispute.CaseWorkflow;
import org.evidencedesk.dispute.Side;
import org.evidencedesk.evidence.Bytes;
import org.evidencedesk.evidence.EvidenceAccess;
import org.evidencedesk.evidence.EvidenceStatus;
import org.evidencedesk.evidence.ItemQuery;
import org.evidencedesk.evidence.ItemTally;
import org.evidencedesk.web.EvidenceList;
import org.evidencedesk.web.CurrentUser;
import org.evidencedesk.web.NotFound;

/**
 * The export page of a case: the items the user may take a copy of, a page at a time ({@link EvidenceList}), and a
 * plain form that posts the choice to {@link BundleDownloadServlet}, which streams the bundle. Items chosen by hand
 * are kept here as ids while the user pages and filters; "choose all" takes the ids of every item the table's filter
 * selects by one query, never by loading them. The form carries the chosen ids in one field and the session's
 * {@link org.evidencedesk.web.CsrfToken}; the servlet checks each id against what the user may copy.
 */
@Named
@ViewScoped
public class ExportPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> PROBLEMS = Set.of("bundle.nothingSelected", "bundle.notAllowed", "bundle.badSelection");

    @Inject
    private CaseWorkflow workflow;

    @Inject
    private EvidenceAccess access;

    @Inject
    private CurrentUser currentUser;

    private Long caseId;
    private String problem;
    private String caseNumber;
    private ItemTally tally;
    private EvidenceList items;
    private final Set<Long> chosen = new LinkedHashSet<>();

    public String load() {
        try {
            CaseView view = workflow.view(caseId == null ? -1 : caseId, currentUser.getUsername());
            caseNumber = view.disputeCase().getDisplayNumber();
            ItemQuery copyable = ItemQuery.ofCase(caseId, true);
            tally = access.tally(copyable, currentUser.getUsername());
            items = new EvidenceList(access, copyable, currentUser.getUsername(), tally.count());
        } catch (CaseNotFoundException e) {
            return NotFound.send();
        }
        return null;
    }

    /** Chooses every item the table's filter selects, on every page: their ids by one query. */
    public void chooseAll() {
        chosen.addAll(access.ids(items.current(), currentUser.getUsername()));
    }

    public void clearChoice() {
        chosen.clear();
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public EvidenceList getItems() {
        return items;
    }

    /** How many items the user may copy from the case. */
    public long getCount() {
        return tally.count();
    }

    public String getTotalSize() {
        return Bytes.readable(tally.bytes());
    }

    /** Whether an item is chosen, by id, for a checkbox: reading asks the chosen ids, writing adds or removes one. */
    public Map<Long, Boolean> getChosen() {
        return new ChosenView();
    }

    public int getChosenCount() {
        return chosen.size();
    }

    /** The chosen ids for the form's one field, separated by commas. */
    public String getChosenIds() {
        return chosen.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    public Side[] getSides() {
        return Side.values();
    }

    public EvidenceStatus[] getStatuses() {
        return EvidenceStatus.values();
    }

    /** The message key of a refused export, only if it is one this page knows (the value comes from the URL). */
    public String getProblemKey() {
        return problem != null && PROBLEMS.contains(problem) ? problem : null;
    }

    public Long getCaseId() {
        return caseId;
    }

    public void setCaseId(Long caseId) {
        this.caseId = caseId;
    }

    public String getProblem() {
        return problem;
    }

    public void setProblem(String problem) {
        this.problem = problem;
    }

    /** The chosen ids as a map from id to whether it is chosen, which is what a checkbox's value expression needs. */
    private final class ChosenView extends AbstractMap<Long, Boolean> {

        @Override
        public Boolean get(Object key) {
            return chosen.contains(id(key));
        }

        @Override
        public Boolean put(Long key, Boolean value) {
            boolean was = Boolean.TRUE.equals(value) ? !chosen.add(key) : chosen.remove(key);
            return was;
        }

        @Override
        public Set<Entry<Long, Boolean>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<Long, Boolean>> iterator() {
                    return chosen.stream().<Entry<Long, Boolean>>map(id -> new SimpleImmutableEntry<>(id, true)).iterator();
                }

                @Override
                public int size() {
                    return chosen.size();
                }
            };
        }

        private static Long id(Object key) {
            return key instanceof Number number ? Long.valueOf(number.longValue()) : Long.valueOf(String.valueOf(key));
        }
    }
}
