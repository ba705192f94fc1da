package org.evidencedesk.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
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

    private static final String UNREAD = " and n.readAt is null";

    @PersistenceContext(unitName = "evidencedesk")
    private EntityManager entityManager;

    @Inject
    private Clock clock;

    /**
     * Notifies every member of the case on the given sides (the court side: its assigned judges, clerks,
     * investigators) whose part is in force: a notice names the case and may quote it, so an account that was
     * disabled or lost the role its part needs is not told (the rule of {@code CaseAccessPolicy}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void tell(@NotNull DisputeCase disputeCase, Collection<Side> sides, String messageKey, List<String> arguments, String link) {
        Set<String> recipients = new LinkedHashSet<>();
        for (CaseMember member : disputeCase.getMembers()) {
            if (sides.contains(member.getRole().side()) && member.inForce()) {
                recipients.add(member.getUser().getUsername());
            }
        }
        for (String recipient : recipients) {
            entityManager.persist(new Notice(recipient, disputeCase.getId(), messageKey, arguments, link, clock.instant()));
        }
    }

    public long unreadCount(@NotNull String username) {
        return count(username, true);
    }

    /** The latest notices of a person, unread first. */
    public List<Notice> latest(@NotNull String username, int limit) {
        return page(username, false, 0, limit);
    }

    /** The latest unread notices of a person. */
    public List<Notice> latestUnread(@NotNull String username, int limit) {
        return page(username, true, 0, limit);
    }

    /**
     * One page of a person's notices (all, or only the unread), from the one at {@code first} (counting from 0):
     * unread first, then newest first.
     */
    public List<Notice> page(@NotNull String username, boolean unreadOnly, int first, int size) {
        return entityManager.createQuery("select n from Notice n where n.recipient = :user" + (unreadOnly ? UNREAD : "")
                        + " order by case when n.readAt is null then 0 else 1 end, n.createdAt desc, n.id desc", Notice.class)
                .setParameter("user", username)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(0, size))
                .getResultList();
    }

    /** How many notices a person has (all, or only the unread). */
    public long count(@NotNull String username, boolean unreadOnly) {
        return entityManager.createQuery("select count(n) from Notice n where n.recipient = :user" + (unreadOnly ? UNREAD : ""),
                        Long.class)
                .setParameter("user", username)
                .getSingleResult();
    }

    /** Marks one of the person's own notices read and returns where it points; another's notice is not touched. */
    @Transactional
    public String open(long noticeId, @NotNull String username) {
        Notice notice = entityManager.find(Notice.class, noticeId);
        if (notice == null || !notice.getRecipient().equals(username)) {
            return null;
        }
        notice.markRead(clock.instant());
        return notice.getLink();
    }

    @Transactional
    public void markAllRead(@NotNull String username) {
        entityManager.createQuery("update Notice n set n.readAt = :now where n.recipient = :user and n.readAt is null")
                .setParameter("now", clock.instant())
                .setParameter("user", username)
                .executeUpdate();
    }
}
