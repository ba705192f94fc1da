package org.evidencedesk.notice.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.evidencedesk.notice.Notices;

/** The number of unread notices in the top bar, counted once per request. */
@Named
@RequestScoped
public class NoticeCount {

    @Inject
    private Notices notices;

    @Inject
    private SecurityContext security;

    private static final int LATEST = 5;

    private long unread;
    private java.util.List<org.evidencedesk.notice.Notice> latestUnread = java.util.List.of();

    @PostConstruct
    void count() {
        java.security.Principal caller = security.getCallerPrincipal();
        unread = caller == null ? 0 : notices.unreadCount(caller.getName());
        if (unread > 0) {
            latestUnread = notices.latest(caller.getName(), LATEST).stream().filter(org.evidencedesk.notice.Notice::isUnread).toList();
        }
    }

    public java.util.List<org.evidencedesk.notice.Notice> getLatestUnread() {
        return latestUnread;
    }

    public long getUnread() {
        return unread;
    }
}
