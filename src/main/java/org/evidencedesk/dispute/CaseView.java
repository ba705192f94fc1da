package org.evidencedesk.dispute;

/** A case together with the capacities in which the viewing user acts on it. */
public record CaseView(DisputeCase disputeCase, CaseActor actor) {

    public boolean allows(CaseTransition transition) {
        return transition.allows(disputeCase.getStatus(), actor);
    }
}
