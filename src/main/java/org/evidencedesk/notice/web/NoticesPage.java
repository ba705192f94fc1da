package org.evidencedesk.notice.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.evidencedesk.notice.Notice;
import org.evidencedesk.notice.NoticeBoard;
import org.evidencedesk.web.CurrentUser;
import org.evidencedesk.web.PageMessages;

/** A person's notices, unread first; opening one marks it read and goes where it points. */
@Named
@ViewScoped
public class NoticesPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 100;

    @Inject
    private NoticeBoard notices;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PageMessages messages;

    private List<Notice> latest;

    @PostConstruct
    void load() {
        latest = notices.latest(currentUser.getUsername(), SHOWN);
    }

    public String open(long noticeId) {
        String link = notices.open(noticeId, currentUser.getUsername());
        if (link == null) {
            return null;
        }
        return link + (link.contains("?") ? "&" : "?") + "faces-redirect=true";
    }

    public String markAllRead() {
        notices.markAllRead(currentUser.getUsername());
        messages.info("notice.allRead");
        messages.keepForRedirect();
        return "/notices?faces-redirect=true";
    }

    /** The notice's text in the viewer's language. */
    public String text(Notice notice) {
        return messages.text(notice.getMessageKey(), notice.argumentArray());
    }

    public List<Notice> getLatest() {
        return latest;
    }
}
