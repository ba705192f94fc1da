package org.evidencedesk.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.evidencedesk.dispute.CaseMember;
import org.evidencedesk.dispute.DisputeCase;
import org.evidencedesk.dispute.Side;

/**
 * Sending notices to the members of a case by side, and reading one's own. Sending joins the caller's
 * transaction, so a notice exists exactly when what it announces does.
 */
@ApplicationScoped
public class NoticeBoard {

    @PersistenceContext(unitName = "evidencedesk")
    private EntityManager entityManager;

    @Inject
    private Clock clock;

    /** Notifies every member of the case on the given sides (the court side: its assigned judges, clerks, investigators). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void tell(DisputeCase disputeCase, Collection<Side> sides, String messageKey, List<String> arguments, String link) {
        Set<String> recipients = new LinkedHashSet<>();
        for (CaseMember member : disputeCase.getMembers()) {
            if (sides.contains(member.getRole().side())) {
                recipients.add(member.getUser().getUsername());
            }
        }
        for (String recipient : recipients) {
            entityManager.persist(new Notice(recipient, disputeCase.getId(), messageKey, arguments, link, clock.instant()));
        }
    }

    public long unreadCount(String username) {
        return entityManager.createQuery("select count(n) from Notice n where n.recipient = :user and n.readAt is null",
                        Long.class)
                .setParameter("user", username)
                .getSingleResult();
    }

    /** The latest notices of a person, unread first. */
    public List<Notice> latest(String username, int limit) {
        return entityManager.createQuery("select n from Notice n where n.recipient = :user"
                        + " order by case when n.readAt is null then 0 else 1 end, n.createdAt desc, n.id desc", Notice.class)
                .setParameter("user", username)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The latest unread notices of a person. */
    public List<Notice> latestUnread(String username, int limit) {
        return entityManager.createQuery("select n from Notice n where n.recipient = :user and n.readAt is null"
                        + " order by n.createdAt desc, n.id desc", Notice.class)
                .setParameter("user", username)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Marks one of the person's own notices read and returns where it points; another's notice is not touched. */
    @Transactional
    public String open(long noticeId, String username) {
        Notice notice = entityManager.find(Notice.class, noticeId);
        if (notice == null || !notice.getRecipient().equals(username)) {
            return null;
        }
        notice.markRead(clock.instant());
        return notice.getLink();
    }

    @Transactional
    public void markAllRead(String username) {
        entityManager.createQuery("update Notice n set n.readAt = :now where n.recipient = :user and n.readAt is null")
                .setParameter("now", clock.instant())
                .setParameter("user", username)
                .executeUpdate();
    }
}
