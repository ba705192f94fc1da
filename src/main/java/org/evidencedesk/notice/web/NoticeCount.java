package org.evidencedesk.notice.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.List;
import org.evidencedesk.notice.Notice;
import org.evidencedesk.notice.NoticeBoard;

/**
 * The number of unread notices in the top bar, counted once per request; the latest unread ones, which only
 * the home page shows, are read the first time a page asks for them.
 */
@Named
@RequestScoped
public class NoticeCount {

    private static final int LATEST = 5;

    @Inject
    private NoticeBoard notices;

    @Inject
    private SecurityContext security;

    private String username;
    private long unread;
    private List<Notice> latestUnread;

    @PostConstruct
    void count() {
        Principal caller = security.getCallerPrincipal();
        username = caller == null ? null : caller.getName();
        unread = username == null ? 0 : notices.unreadCount(username);
    }

    public List<Notice> getLatestUnread() {
        if (latestUnread == null) {
            latestUnread = unread == 0 ? List.of() : notices.latestUnread(username, LATEST);
        }
        return latestUnread;
    }

    public long getUnread() {
        return unread;
    }
}
