package org.evidencedesk.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
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
        refused("disclosure.dueOnInFuture", () -> terms(null, "Sales records", "r").check(TODAY));
        refused("disclosure.dueOnInFuture", () -> terms(TODAY.minusDays(1), "Sales records", "r").check(TODAY));
        assertThatCode(() -> terms(TOMORROW, "Sales records", "r").check(TODAY)).doesNotThrowAnyException();
    }

    @Test
    void theItemsOrderedAreRequiredAndCappedAfterStripping() {
        refused("disclosure.itemsOrderedRequired", () -> terms(TOMORROW, null, "r").check(TODAY));
        String longest = "账".repeat(DisclosureApplication.LIMIT);
        assertThatCode(() -> terms(TOMORROW, "\n " + longest + " ", "r").check(TODAY))
                .doesNotThrowAnyException();
        BusinessException refusal = refused("disclosure.itemsOrderedRequired",
                () -> terms(TOMORROW, longest + "簿", "r").check(TODAY));
        assertThat(refusal.arguments()).containsExactly(DisclosureApplication.LIMIT);
    }

    @Test
    void theTermsOfferNoChoiceOfWhoBearsTheCost_CPLI112() {
        // CPLI art. 112 para. 2: the applicant bears the cost; the request records it when the order is made.
        assertThat(Stream.of(OrderTerms.class.getRecordComponents()).map(RecordComponent::getType))
                .noneMatch(type -> type == Side.class);
        assertThat(Stream.of(OrderTerms.class.getRecordComponents()).map(RecordComponent::getName))
                .noneMatch(name -> name.toLowerCase(java.util.Locale.ROOT).contains("cost"));
    }

    @Test
    void aFindingThatNoTradeSecretIsInvolvedIsOptionalButCapped_IPE26() {
        assertThat(finding(null).findsNoTradeSecret()).isFalse();
        assertThat(finding(" \n").findsNoTradeSecret()).isFalse();
        assertThatCode(() -> finding(" \n").check(TODAY)).doesNotThrowAnyException();
        String longest = "秘".repeat(Reasons.LIMIT);
        assertThat(finding(longest).findsNoTradeSecret()).isTrue();
        assertThatCode(() -> finding(longest).check(TODAY)).doesNotThrowAnyException();
        refused("disclosure.reasonsRequired", () -> finding(longest + "密").check(TODAY));
    }

    @Test
    void reasonsAreRequiredAndCapped() {
        refused("disclosure.reasonsRequired", () -> terms(TOMORROW, "Sales records", null).check(TODAY));
        refused("disclosure.reasonsRequired", () -> terms(TOMORROW, "Sales records", "\n\t").check(TODAY));
        String longest = "理".repeat(Reasons.LIMIT);
        assertThatCode(() -> terms(TOMORROW, "Sales records", longest).check(TODAY)).doesNotThrowAnyException();
        refused("disclosure.reasonsRequired",
                () -> terms(TOMORROW, "Sales records", longest + "由").check(TODAY));
    }

    @Test
    void theFirstMissingTermIsTheOneReported() {
        refused("disclosure.dueOnInFuture", () -> new OrderTerms(null, null, false, false, null, null, null).check(TODAY));
        refused("disclosure.itemsOrderedRequired",
                () -> new OrderTerms(TOMORROW, null, false, false, null, null, null).check(TODAY));
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

    private static OrderTerms terms(LocalDate dueOn, String items, String reasons) {
        return new OrderTerms(dueOn, items, false, false, Set.of(), reasons);
    }

    private static OrderTerms measures(boolean undertaking, boolean viewOnly, Set<String> names) {
        return new OrderTerms(TOMORROW, "Sales records", undertaking, viewOnly, names, "r");
    }

    private static OrderTerms finding(String noTradeSecret) {
        return new OrderTerms(TOMORROW, "Sales records", false, false, Set.of(), "r", noTradeSecret);
    }

    static BusinessException refused(String key, ThrowingCallable step) {
        BusinessException refusal = catchThrowableOfType(BusinessException.class, step);
        assertThat(refusal).as("refused with " + key).isNotNull();
        assertThat(refusal.messageKey()).isEqualTo(key);
        return refusal;
    }
}
