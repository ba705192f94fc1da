package org.evidencedesk.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.evidencedesk.dispute.CaseCapacity.ASSIGNED_JUDGE;
import static org.evidencedesk.dispute.CaseCapacity.CLAIMANT_COUNSEL;
import static org.evidencedesk.dispute.CaseCapacity.COURT_CLERK;
import static org.evidencedesk.dispute.CaseCapacity.RESPONDENT_COUNSEL;
import static org.evidencedesk.dispute.CaseStatus.*;
import static org.evidencedesk.dispute.TestFixtures.refusal;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.evidencedesk.shared.BusinessException;
import org.evidencedesk.shared.Translatable;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CaseTransitionTest {

    private record Rule(Set<CaseStatus> from, Set<CaseCapacity> takenBy) {
    }

    private static final Set<CaseStatus> PENDING_STATES = EnumSet.of(ACCEPTED, SERVED, ANSWER_PERIOD, EVIDENCE_PERIOD,
            EVIDENCE_EXCHANGE, HEARING_SCHEDULED, HEARING);
    private static final Set<CaseStatus> UNFINISHED = EnumSet.complementOf(EnumSet.of(NOT_ACCEPTED, CLOSED));

    /** The lifecycle written out once more, by hand, so that a change to the enum is a deliberate one. */
    private static final Map<CaseTransition, Rule> LIFECYCLE = new EnumMap<>(Map.ofEntries(
            Map.entry(CaseTransition.REQUEST_CORRECTION, new Rule(EnumSet.of(SUBMITTED), EnumSet.of(COURT_CLERK))),
            Map.entry(CaseTransition.RESUBMIT, new Rule(EnumSet.of(CORRECTION_REQUESTED), EnumSet.of(CLAIMANT_COUNSEL))),
            Map.entry(CaseTransition.AMEND_FILING,
                    new Rule(EnumSet.of(SUBMITTED, CORRECTION_REQUESTED), EnumSet.of(CLAIMANT_COUNSEL))),
            Map.entry(CaseTransition.WITHDRAW_FILING,
                    new Rule(EnumSet.of(SUBMITTED, CORRECTION_REQUESTED), EnumSet.of(CLAIMANT_COUNSEL))),
            Map.entry(CaseTransition.ACCEPT, new Rule(EnumSet.of(SUBMITTED), EnumSet.of(COURT_CLERK))),
            Map.entry(CaseTransition.REFUSE, new Rule(EnumSet.of(SUBMITTED), EnumSet.of(COURT_CLERK))),
            Map.entry(CaseTransition.RECORD_SERVICE, new Rule(EnumSet.of(ACCEPTED), EnumSet.of(COURT_CLERK))),
            Map.entry(CaseTransition.OPEN_ANSWER_PERIOD, new Rule(EnumSet.of(SERVED), EnumSet.of(COURT_CLERK))),
            Map.entry(CaseTransition.OPEN_EVIDENCE_PERIOD, new Rule(EnumSet.of(ANSWER_PERIOD), EnumSet.of(COURT_CLERK))),
            Map.entry(CaseTransition.APPLY_FOR_EXTENSION,
                    new Rule(EnumSet.of(EVIDENCE_PERIOD), EnumSet.of(CLAIMANT_COUNSEL, RESPONDENT_COUNSEL))),
            Map.entry(CaseTransition.RECORD_EXTENSION_APPLICATION,
                    new Rule(EnumSet.of(EVIDENCE_PERIOD), EnumSet.of(COURT_CLERK))),
            Map.entry(CaseTransition.EXTEND_EVIDENCE_PERIOD, new Rule(EnumSet.of(EVIDENCE_PERIOD), EnumSet.of(COURT_CLERK))),
            Map.entry(CaseTransition.REFUSE_EXTENSION, new Rule(EnumSet.of(EVIDENCE_PERIOD), EnumSet.of(COURT_CLERK))),
            Map.entry(CaseTransition.CLOSE_EVIDENCE_PERIOD, new Rule(EnumSet.of(EVIDENCE_PERIOD), EnumSet.of(COURT_CLERK))),
            Map.entry(CaseTransition.SCHEDULE_HEARING,
                    new Rule(EnumSet.of(EVIDENCE_EXCHANGE), EnumSet.of(COURT_CLERK, ASSIGNED_JUDGE))),
            Map.entry(CaseTransition.OPEN_HEARING, new Rule(EnumSet.of(HEARING_SCHEDULED), EnumSet.of(ASSIGNED_JUDGE))),
            Map.entry(CaseTransition.ENTER_JUDGMENT, new Rule(EnumSet.of(HEARING), EnumSet.of(ASSIGNED_JUDGE))),
            Map.entry(CaseTransition.RECORD_MEDIATION, new Rule(PENDING_STATES, EnumSet.of(ASSIGNED_JUDGE))),
            Map.entry(CaseTransition.APPROVE_WITHDRAWAL, new Rule(PENDING_STATES, EnumSet.of(ASSIGNED_JUDGE))),
            Map.entry(CaseTransition.DISMISS, new Rule(PENDING_STATES, EnumSet.of(ASSIGNED_JUDGE))),
            Map.entry(CaseTransition.RECORD_DECISION_SERVICE, new Rule(
                    EnumSet.of(NOT_ACCEPTED, JUDGMENT, DISMISSED, APPEAL_WINDOW, APPEALED), EnumSet.of(COURT_CLERK))),
            Map.entry(CaseTransition.RECORD_APPEAL,
                    new Rule(EnumSet.of(NOT_ACCEPTED, APPEAL_WINDOW, APPEALED), EnumSet.of(COURT_CLERK))),
            Map.entry(CaseTransition.CLOSE,
                    new Rule(EnumSet.of(NOT_ACCEPTED, APPEAL_WINDOW, MEDIATED, WITHDRAWN), EnumSet.of(COURT_CLERK))),
            Map.entry(CaseTransition.SUSPEND, new Rule(PENDING_STATES, EnumSet.of(ASSIGNED_JUDGE))),
            Map.entry(CaseTransition.RESUME, new Rule(EnumSet.of(SUSPENDED), EnumSet.of(ASSIGNED_JUDGE))),
            Map.entry(CaseTransition.CORRECT_RECORD, new Rule(UNFINISHED, EnumSet.of(COURT_CLERK))),
            Map.entry(CaseTransition.ASSIGN_MEMBERS, new Rule(UNFINISHED, EnumSet.of(COURT_CLERK)))));

    // ---- every transition × every status × every single capacity ----

    @TestFactory
    Stream<DynamicContainer> eachStepInEachStateForEachSingleCapacity() {
        return Arrays.stream(CaseTransition.values()).map(transition -> dynamicContainer(transition.name(),
                Arrays.stream(CaseStatus.values()).map(status -> dynamicContainer("from " + status,
                        Arrays.stream(CaseCapacity.values()).map(capacity -> singleCapacityTest(transition, status, capacity))))));
    }

    private static DynamicNode singleCapacityTest(CaseTransition transition, CaseStatus status, CaseCapacity capacity) {
        boolean rightCapacity = transition.takenBy().contains(capacity);
        boolean rightState = transition.from().contains(status);
        String expected = !rightCapacity ? "case.notAllowed" : !rightState ? "case.illegalTransition" : "allowed";
        CaseActor actor = actorWith(capacity);
        return dynamicTest("as " + capacity + ": " + expected, () -> {
            assertThat(transition.allows(status, actor)).isEqualTo(rightCapacity && rightState);
            if (!rightCapacity) {
                assertNotAllowed(transition, status, actor);
            } else if (!rightState) {
                assertIllegal(transition, status, actor);
            } else {
                assertChecksPass(transition, status, actor);
            }
        });
    }

    @TestFactory
    Stream<DynamicContainer> anActorWithoutAnyCapacityIsRefusedEveryStep() {
        CaseActor nobody = actorWith();
        return Arrays.stream(CaseTransition.values()).map(transition -> dynamicContainer(transition.name(),
                Arrays.stream(CaseStatus.values()).map(status -> dynamicTest("from " + status + ": case.notAllowed", () -> {
                    assertThat(transition.allows(status, nobody)).isFalse();
                    assertNotAllowed(transition, status, nobody);
                }))));
    }

    @TestFactory
    Stream<DynamicNode> anActorWithEveryCapacityIsLimitedOnlyByTheState() {
        CaseActor everyone = actorWith(CaseCapacity.values());
        return Arrays.stream(CaseTransition.values()).map(transition -> dynamicContainer(transition.name(),
                Arrays.stream(CaseStatus.values()).map(status -> dynamicTest("from " + status, () -> {
                    boolean rightState = transition.from().contains(status);
                    assertThat(transition.allows(status, everyone)).isEqualTo(rightState);
                    if (rightState) {
                        assertChecksPass(transition, status, everyone);
                    } else {
                        assertIllegal(transition, status, everyone);
                    }
                }))));
    }

    @ParameterizedTest
    @EnumSource(CaseTransition.class)
    void anActorWithAllTheWrongCapacitiesIsStillNotAllowed(CaseTransition transition) {
        CaseActor wrongOnly = new CaseActor("wrong", EnumSet.complementOf(EnumSet.copyOf(transition.takenBy())));
        CaseStatus legalState = transition.from().iterator().next();

        assertThat(transition.allows(legalState, wrongOnly)).isFalse();
        assertNotAllowed(transition, legalState, wrongOnly);
    }

    // ---- the rules themselves ----

    @ParameterizedTest
    @EnumSource(CaseTransition.class)
    void eachStepHasTheStatesAndCapacitiesOfTheLifecycle(CaseTransition transition) {
        assertThat(LIFECYCLE).containsKey(transition);
        assertThat(transition.from()).as("from").isEqualTo(LIFECYCLE.get(transition).from());
        assertThat(transition.takenBy()).as("taken by").isEqualTo(LIFECYCLE.get(transition).takenBy());
    }

    @Test
    void aClosedCaseTakesNoStepAtAll() {
        assertThat(CLOSED.isFinished()).isTrue();
        assertThat(CaseTransition.values())
                .allSatisfy(transition -> assertThat(transition.allows(CLOSED, actorWith(CaseCapacity.values())))
                        .as(transition.name()).isFalse());
    }

    /** A refusal is appealable (CPL art. 126): the case still records its service, an appeal, and then closes. */
    @Test
    void aRefusedCaseTakesOnlyItsAppealSteps_CPL126() {
        assertThat(NOT_ACCEPTED.isFinished()).as("no more proceedings on the merits").isTrue();
        assertThat(Arrays.stream(CaseTransition.values())
                .filter(transition -> transition.allows(NOT_ACCEPTED, actorWith(CaseCapacity.values()))))
                .containsExactlyInAnyOrder(CaseTransition.RECORD_DECISION_SERVICE, CaseTransition.RECORD_APPEAL,
                        CaseTransition.CLOSE);
    }

    /** An appealed case goes to second instance and never closes here (CPL art. 174, CPLI art. 536). */
    @Test
    void anAppealedCaseTakesOnlyTheOtherPartiesServiceAndAppeals_CPLI536() {
        assertThat(APPEALED.isFinished()).isTrue();
        assertThat(Arrays.stream(CaseTransition.values())
                .filter(transition -> transition.allows(APPEALED, actorWith(CaseCapacity.values()))))
                .containsExactlyInAnyOrder(CaseTransition.RECORD_DECISION_SERVICE, CaseTransition.RECORD_APPEAL,
                        CaseTransition.CORRECT_RECORD, CaseTransition.ASSIGN_MEMBERS);
    }

    @Test
    void counselTakesOnlyTheFilingStepsAndApplicationsAndOtherCapacitiesNoneAtAll() {
        assertThat(stepsTakenBy(CLAIMANT_COUNSEL)).containsExactlyInAnyOrder(CaseTransition.RESUBMIT,
                CaseTransition.AMEND_FILING, CaseTransition.WITHDRAW_FILING, CaseTransition.APPLY_FOR_EXTENSION);
        assertThat(stepsTakenBy(CaseCapacity.RESPONDENT_COUNSEL)).containsExactly(CaseTransition.APPLY_FOR_EXTENSION);
        assertThat(stepsTakenBy(CaseCapacity.COURT_JUDGE)).isEmpty();
        assertThat(stepsTakenBy(CaseCapacity.ASSIGNED_INVESTIGATOR)).isEmpty();
    }

    @Test
    void theStatusSetsOfTheEnumMatchTheLifecycle() {
        assertThat(CaseStatus.PENDING).isEqualTo(PENDING_STATES);
        assertThat(CaseStatus.BEFORE_ACCEPTANCE).containsExactlyInAnyOrder(SUBMITTED, CORRECTION_REQUESTED);
    }

    @Test
    void fromAndTakenByAreCopiesThatCannotChangeTheRules() {
        CaseTransition.ACCEPT.from().add(CLOSED);
        CaseTransition.ACCEPT.takenBy().add(CLAIMANT_COUNSEL);

        assertThat(CaseTransition.ACCEPT.allows(CLOSED, actorWith(COURT_CLERK))).isFalse();
        assertThat(CaseTransition.ACCEPT.allows(SUBMITTED, actorWith(CLAIMANT_COUNSEL))).isFalse();
    }

    // ---- helpers ----

    private static CaseActor actorWith(CaseCapacity... capacities) {
        EnumSet<CaseCapacity> set = EnumSet.noneOf(CaseCapacity.class);
        set.addAll(Arrays.asList(capacities));
        return new CaseActor("someone", set);
    }

    private static Set<CaseTransition> stepsTakenBy(CaseCapacity capacity) {
        EnumSet<CaseTransition> steps = EnumSet.noneOf(CaseTransition.class);
        for (CaseTransition transition : CaseTransition.values()) {
            if (transition.takenBy().contains(capacity)) {
                steps.add(transition);
            }
        }
        return steps;
    }

    private static void assertNotAllowed(CaseTransition transition, CaseStatus status, CaseActor actor) {
        BusinessException refused = refusal("case.notAllowed", () -> transition.check(status, actor));
        assertThat(refused.arguments()).containsExactly(new Translatable("transition." + transition.name()));
    }

    private static void assertIllegal(CaseTransition transition, CaseStatus status, CaseActor actor) {
        BusinessException refused = refusal("case.illegalTransition", () -> transition.check(status, actor));
        assertThat(refused.arguments()).containsExactly(new Translatable("transition." + transition.name()),
                new Translatable("caseStatus." + status.name()));
    }

    private static void assertChecksPass(CaseTransition transition, CaseStatus status, CaseActor actor) {
        assertThatCode(() -> transition.check(status, actor))
                .as("%s from %s by %s", transition, status, actor.capacities())
                .doesNotThrowAnyException();
    }
}
