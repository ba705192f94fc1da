package org.evidencedesk.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.evidencedesk.dispute.CaseViewer;
import org.evidencedesk.dispute.MemberRole;

/** The repository of disclosure requests. */
@ApplicationScoped
public class DisclosureRequests {

    @PersistenceContext(unitName = "evidencedesk")
    private EntityManager entityManager;

    public Optional<DisclosureRequest> byId(long id) {
        return Optional.ofNullable(entityManager.find(DisclosureRequest.class, id));
    }

    public List<DisclosureRequest> ofCase(long caseId) {
        return entityManager.createQuery("select r from DisclosureRequest r where r.disputeCase.id = :caseId"
                        + " order by r.createdAt, r.id", DisclosureRequest.class)
                .setParameter("caseId", caseId)
                .getResultList();
    }

    /**
     * Holds the request's row until commit, so that producing into an order and the lapse timer never both
     * act on it at once: whichever comes second sees what the first did.
     */
    public void lockForChange(DisclosureRequest request) {
        entityManager.lock(request, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        entityManager.refresh(request);
    }

    /**
     * Granted requests whose deadline has passed, for the lapse timer. In a transaction of its own: the timer runs on
     * a scheduler thread, where a persistence context outside a transaction is already closed.
     */
    @Transactional
    public List<Long> overdue(Instant now) {
        return entityManager.createQuery("select r.id from DisclosureRequest r where r.status = :granted"
                        + " and r.dueAt <= :now order by r.dueAt", Long.class)
                .setParameter("granted", DisclosureStatus.GRANTED)
                .setParameter("now", now)
                .getResultList();
    }

    /**
     * Requests waiting for a decision of the court in cases the viewer is assigned to as judge, while the account
     * still holds the role that membership needs ({@link org.evidencedesk.dispute.CaseAccessPolicy}).
     */
    public List<DisclosureRequest> awaitingJudge(CaseViewer viewer) {
        if (!viewer.enabled() || !viewer.memberRoles().contains(MemberRole.JUDGE)) {
            return List.of();
        }
        return entityManager.createQuery("select r from DisclosureRequest r join fetch r.disputeCase c"
                        + " where r.status in :statuses and c.id in (select m.disputeCase.id from CaseMember m"
                        + " where m.user.id = :userId and m.role = :judge) order by r.filedAt, r.id",
                        DisclosureRequest.class)
                .setParameter("statuses", DisclosureStatus.AWAITING_COURT)
                .setParameter("userId", viewer.userId())
                .setParameter("judge", MemberRole.JUDGE)
                .getResultList();
    }

    /**
     * Granted orders still running in cases the viewer is a member of in a part the account's roles still allow
     * ({@link org.evidencedesk.dispute.CaseAccessPolicy}), earliest deadline first.
     */
    public List<DisclosureRequest> runningOrders(CaseViewer viewer) {
        if (!viewer.enabled() || viewer.memberRoles().isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("select r from DisclosureRequest r join fetch r.disputeCase c"
                        + " where r.status = :granted and c.id in (select m.disputeCase.id from CaseMember m"
                        + " where m.user.id = :userId and m.role in :memberRoles) order by r.dueAt, r.id",
                        DisclosureRequest.class)
                .setParameter("granted", DisclosureStatus.GRANTED)
                .setParameter("userId", viewer.userId())
                .setParameter("memberRoles", viewer.memberRoles())
                .getResultList();
    }

    public long producedItemCount(long requestId) {
        return entityManager.createQuery("select count(e) from EvidenceItem e where e.producedUnder = :request", Long.class)
                .setParameter("request", requestId)
                .getSingleResult();
    }

    /** For history that has to be made up (the demo, a persistence test): an order's deadline, as if set earlier. */
    @Transactional
    public void moveDeadline(long requestId, LocalDate lastDay, Instant endsAt) {
        entityManager.createQuery("update DisclosureRequest r set r.dueOn = :day, r.dueAt = :at where r.id = :id")
                .setParameter("day", lastDay)
                .setParameter("at", endsAt)
                .setParameter("id", requestId)
                .executeUpdate();
    }

    /** For history that has to be made up (a persistence test): the day set for the other side's opinion, as if set earlier. */
    @Transactional
    public void moveOpinionDeadline(long requestId, LocalDate lastDay, Instant endsAt) {
        entityManager.createQuery("update DisclosureRequest r set r.opinionDueOn = :day, r.opinionDueAt = :at where r.id = :id")
                .setParameter("day", lastDay)
                .setParameter("at", endsAt)
                .setParameter("id", requestId)
                .executeUpdate();
    }

    void add(DisclosureRequest request) {
        entityManager.persist(request);
        entityManager.flush();
    }

    void addMeasures(org.evidencedesk.evidence.ProtectiveMeasures measures) {
        entityManager.persist(measures);
        entityManager.flush();
    }
}
