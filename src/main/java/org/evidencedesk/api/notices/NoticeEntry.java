package org.evidencedesk.api.notices;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evidencedesk.notice.Notice;
import org.evidencedesk.shared.Phrase;
import org.evidencedesk.web.RequestLanguage;

/** A notice as the notices page shows it, its text in the caller's language, with its key and arguments for programs. */
@Schema(name = "Notice", description = "A notice to the caller about one of their cases.")
public record NoticeEntry(
        @Schema(description = "The notice's id.") long id,
        @Schema(description = "The case it is about.") long caseId,
        @Schema(description = "The message key of its text.") String messageKey,
        @Schema(description = "The values in its text, in order.") List<String> arguments,
        @Schema(description = "Its text, in the language of Accept-Language.") String text,
        @Schema(description = "The page it points to, below the application's address (e.g. /disclosure/request?id=4).")
        String link,
        @Schema(description = "When it was sent.") Instant createdAt,
        @Schema(description = "When the caller read it; null while unread.", nullable = true) Instant readAt,
        @Schema(description = "Whether it is unread.") boolean unread) {

    static NoticeEntry of(Notice notice, Locale language) {
        List<String> arguments = Arrays.stream(notice.argumentArray()).map(String::valueOf).toList();
        String text = new Phrase(notice.getMessageKey(), List.<Object>copyOf(arguments)).render(RequestLanguage.messages(language));
        return new NoticeEntry(notice.getId(), notice.getCaseId(), notice.getMessageKey(), arguments, text, notice.getLink(),
                notice.getCreatedAt(), notice.getReadAt(), notice.isUnread());
    }
}
