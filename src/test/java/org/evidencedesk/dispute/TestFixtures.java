package org.evidencedesk.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.evidencedesk.identity.Role;
import org.evidencedesk.identity.UserAccount;
import org.evidencedesk.shared.BusinessException;

/**
 * Builds what the case tests need without a container: courts and user accounts (whose constructors are
 * not open to this package) by reflection, a real deadline planner on the shipped 2026 holidays, complete
 * case details, and a snapshot of a case for checking that a refused step changed nothing.
 */
final class TestFixtures {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final WorkingCalendar CALENDAR = WorkingCalendar.load(Path.of("config/holidays"));

    private TestFixtures() {
    }

    static DeadlinePlanner planner() {
        return new DeadlinePlanner(CALENDAR, SHANGHAI);
    }

    /** The instant of a Beijing wall-clock time, e.g. {@code beijing("2026-04-28T10:00")}. */
    static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    static LocalDate day(String isoDate) {
        return LocalDate.parse(isoDate);
    }

    // ---- entities built by reflection ----

    static Court court(long id, String code, String abbreviation) {
        Court court = instantiate(Court.class);
        setField(court, "id", id);
        setField(court, "code", code);
        setField(court, "abbreviation", abbreviation);
        setField(court, "nameEn", "Court " + code);
        setField(court, "nameZh", abbreviation + "法院");
        return court;
    }

    /** An enabled account; {@code courtId} is null for counsel and administrators. */
    static UserAccount user(String username, long id, Long courtId, Role... roles) {
        UserAccount user = instantiate(UserAccount.class);
        setField(user, "id", id);
        setField(user, "username", username);
        setField(user, "displayName", "User " + username);
        EnumSet<Role> roleSet = EnumSet.noneOf(Role.class);
        roleSet.addAll(Arrays.asList(roles));
        setField(user, "roles", roleSet);
        setField(user, "enabled", true);
        setField(user, "courtId", courtId);
        return user;
    }

    static UserAccount disabled(UserAccount user) {
        setField(user, "enabled", false);
        return user;
    }

    /** Gives the members ids as persisting them would (1, 2, ... in the order they were added). */
    static void numberMembers(DisputeCase disputeCase) {
        long next = 1;
        for (CaseMember member : disputeCase.getMembers()) {
            setField(member, "id", next++);
        }
    }

    static long memberId(DisputeCase disputeCase, String username, MemberRole role) {
        return disputeCase.membership(username, role).orElseThrow().getId();
    }

    static void setField(Object target, String name, Object value) {
        try {
            Field field = findField(target.getClass(), name);
            field.setAccessible(true);
            field.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot set " + name + " on " + target.getClass().getSimpleName(), e);
        }
    }

    private static Field findField(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> current = type; current != null; current = current.getSuperclass()) {
            try {
                return current.getDeclaredField(name);
            } catch (NoSuchFieldException notHere) {
                // look in the superclass
            }
        }
        throw new NoSuchFieldException(name + " in " + type.getName() + " or its superclasses");
    }

    private static <T> T instantiate(Class<T> type) {
        try {
            Constructor<T> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot instantiate " + type.getSimpleName(), e);
        }
    }

    // ---- case details ----

    static PartyDetails rightsHolder(String name) {
        return new PartyDetails(PartyKind.RIGHTS_HOLDER, name, true);
    }

    static PartyDetails merchant(String name) {
        return new PartyDetails(PartyKind.MERCHANT, name, true);
    }

    static PartyDetails abroad(PartyDetails party) {
        return new PartyDetails(party.kind(), party.name(), false);
    }

    static CaseDetails details(PartyDetails... parties) {
        return new CaseDetails("Ranking manipulation on a marketplace", IpType.UNFAIR_COMPETITION,
                TechnologyArea.RANKING_RECOMMENDATION, "The respondent bought fake orders to rank its listings first.",
                "Stop the conduct; damages of CNY 500,000.", List.of(parties));
    }

    /** A claimant and a respondent, both domiciled in China. */
    static CaseDetails completeDetails() {
        return details(rightsHolder("北京某科技有限公司"), merchant("杭州某电子商务有限公司"));
    }

    // ---- refusals ----

    /** Runs a step that must be refused with {@code messageKey} and returns the exception for further checks. */
    static BusinessException refusal(String messageKey, ThrowingCallable step) {
        BusinessException refused = catchThrowableOfType(BusinessException.class, step);
        assertThat(refused).as("a BusinessException with key %s", messageKey).isNotNull();
        assertThat(refused.messageKey()).isEqualTo(messageKey);
        return refused;
    }

    /** A step that must be refused with {@code messageKey} and leave the case exactly as it was. */
    static BusinessException assertRefusedWithoutChange(DisputeCase disputeCase, String messageKey, ThrowingCallable step) {
        CaseSnapshot before = CaseSnapshot.of(disputeCase);
        BusinessException refused = refusal(messageKey, step);
        assertThat(CaseSnapshot.of(disputeCase)).as("the case after the refused step").isEqualTo(before);
        return refused;
    }

    /** Everything a step could change, as values, so that two snapshots compare with equals. */
    record CaseSnapshot(CaseStatus status, String caseNumber, String title, Instant acceptedAt, LocalDate servedOn,
                        LocalDate evidencePeriodStart, LocalDate evidencePeriodEnd, Instant hearingAt,
                        LocalDate decidedOn, AppealableDecision appealableDecision, String extensionApplication,
                        List<String> parties, List<String> members, List<String> deadlines,
                        List<String> events) {

        static CaseSnapshot of(DisputeCase c) {
            List<String> parties = new ArrayList<>();
            c.getParties().forEach(p -> parties.add(p.getKind() + " " + p.getName() + " " + p.isDomiciledInChina() + " "
                    + p.getComplaintServedOn() + " " + p.getDecisionServedOn() + " " + p.getAppealedOn()));
            List<String> members = new ArrayList<>();
            c.getMembers().forEach(m -> members.add(m.getUser().getUsername() + " " + m.getRole()));
            List<String> deadlines = new ArrayList<>();
            c.getDeadlines().forEach(d -> deadlines.add(d.getKind() + " " + d.getDueOn() + " " + d.getDueAt() + " "
                    + d.getState() + " " + d.getClosedAt() + " " + (d.getParty() == null ? null : d.getParty().getName())));
            List<String> events = new ArrayList<>();
            c.getEvents().forEach(e -> events.add(e.getType() + " " + e.getFromStatus() + " " + e.getToStatus() + " "
                    + e.getActor() + " " + e.getOccurredAt() + " " + e.getDetail()));
            return new CaseSnapshot(c.getStatus(), c.getCaseNumber(), c.getTitle(), c.getAcceptedAt(), c.getServedOn(),
                    c.getEvidencePeriodStart(), c.getEvidencePeriodEnd(), c.getHearingAt(), c.getDecidedOn(),
                    c.getAppealableDecision(), c.getExtensionAppliedBy() + " " + c.getExtensionAppliedOn(),
                    parties, members, deadlines, events);
        }
    }
}
