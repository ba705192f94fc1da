package org.evidencedesk.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.evidencedesk.dispute.Side;
import org.evidencedesk.ruling.Reasons;
import org.evidencedesk.shared.BusinessException;
import org.junit.jupiter.api.Test;

/** The edges of an order's terms that the request's story in DisclosureRequestTest does not reach. */
class OrderTermsTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-05-11");
    private static final LocalDate TOMORROW = TODAY.plusDays(1);

    @Test
    void theDeadlineMustBeGiven() {
        refused("disclosure.dueOnInFuture", () -> terms(null, "Sales records", Side.CLAIMANT, "r").check(TODAY));
        refused("disclosure.dueOnInFuture", () -> terms(TODAY.minusDays(1), "Sales records", Side.CLAIMANT, "r").check(TODAY));
        assertThatCode(() -> terms(TOMORROW, "Sales records", Side.CLAIMANT, "r").check(TODAY)).doesNotThrowAnyException();
    }

    @Test
    void theItemsOrderedAreRequiredAndCappedAfterStripping() {
        refused("disclosure.itemsOrderedRequired", () -> terms(TOMORROW, null, Side.CLAIMANT, "r").check(TODAY));
        String longest = "账".repeat(Application.LIMIT);
        assertThatCode(() -> terms(TOMORROW, "\n " + longest + " ", Side.CLAIMANT, "r").check(TODAY))
                .doesNotThrowAnyException();
        BusinessException refusal = refused("disclosure.itemsOrderedRequired",
                () -> terms(TOMORROW, longest + "簿", Side.CLAIMANT, "r").check(TODAY));
        assertThat(refusal.arguments()).containsExactly(Application.LIMIT);
    }

    @Test
    void eitherPartyMayBearTheCostButNotNobodyTheCourtOrANonParty() {
        refused("disclosure.costBearerRequired", () -> terms(TOMORROW, "Sales records", null, "r").check(TODAY));
        refused("disclosure.costBearerRequired", () -> terms(TOMORROW, "Sales records", Side.COURT, "r").check(TODAY));
        refused("disclosure.costBearerRequired", () -> terms(TOMORROW, "Sales records", Side.THIRD_PARTY, "r").check(TODAY));
        for (Side party : new Side[] {Side.CLAIMANT, Side.RESPONDENT}) {
            assertThatCode(() -> terms(TOMORROW, "Sales records", party, "r").check(TODAY)).doesNotThrowAnyException();
        }
    }

    @Test
    void reasonsAreRequiredAndCapped() {
        refused("disclosure.reasonsRequired", () -> terms(TOMORROW, "Sales records", Side.CLAIMANT, null).check(TODAY));
        refused("disclosure.reasonsRequired", () -> terms(TOMORROW, "Sales records", Side.CLAIMANT, "\n\t").check(TODAY));
        String longest = "理".repeat(Reasons.LIMIT);
        assertThatCode(() -> terms(TOMORROW, "Sales records", Side.CLAIMANT, longest).check(TODAY)).doesNotThrowAnyException();
        refused("disclosure.reasonsRequired",
                () -> terms(TOMORROW, "Sales records", Side.CLAIMANT, longest + "由").check(TODAY));
    }

    @Test
    void theFirstMissingTermIsTheOneReported() {
        refused("disclosure.dueOnInFuture", () -> new OrderTerms(null, null, null, false, false, null, null).check(TODAY));
        refused("disclosure.itemsOrderedRequired",
                () -> new OrderTerms(TOMORROW, null, null, false, false, null, null).check(TODAY));
    }

    @Test
    void anyOneMeasureMakesTheOrderProtective() {
        assertThat(measures(false, false, null).isProtected()).isFalse();
        assertThat(measures(false, false, Set.of()).isProtected()).isFalse();
        assertThat(measures(true, false, Set.of()).isProtected()).isTrue();
        assertThat(measures(false, true, Set.of()).isProtected()).isTrue();
        assertThat(measures(false, false, Set.of("counsel")).isProtected()).isTrue();
    }

    @Test
    void theNamedPersonsAreACopy() {
        Set<String> names = new HashSet<>(Set.of("counsel"));
        OrderTerms terms = measures(true, true, names);
        names.add("counsel2");
        assertThat(terms.namedPersons()).containsExactly("counsel");
        assertThat(measures(true, true, null).namedPersons()).isEmpty();
    }

    private static OrderTerms terms(LocalDate dueOn, String items, Side costBearer, String reasons) {
        return new OrderTerms(dueOn, items, costBearer, false, false, Set.of(), reasons);
    }

    private static OrderTerms measures(boolean undertaking, boolean viewOnly, Set<String> names) {
        return new OrderTerms(TOMORROW, "Sales records", Side.CLAIMANT, undertaking, viewOnly, names, "r");
    }

    static BusinessException refused(String key, ThrowingCallable step) {
        BusinessException refusal = catchThrowableOfType(BusinessException.class, step);
        assertThat(refusal).as("refused with " + key).isNotNull();
        assertThat(refusal.messageKey()).isEqualTo(key);
        return refusal;
    }
}
