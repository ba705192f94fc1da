package org.evidencedesk.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When looking at an item's page images is a new opening, to be written to the custody log: the first page
 * a person is shown, and the first after half an hour without any. A browser fetches the pages of a
 * 200-page PDF one by one as the reader scrolls; an entry per page would bury the log, while an entry per
 * opening still says who saw the content and when. Kept in memory: after a restart the next page begins a
 * new opening, which only logs more.
 */
@ApplicationScoped
public class PageViewOpenings {

    /** As long as a session lasts without a request: a reader who pauses longer has left. */
    static final Duration PAUSE = Duration.ofMinutes(30);

    private final Map<Viewing, Instant> lastShown = new ConcurrentHashMap<>();
    private final Clock clock;

    @Inject
    public PageViewOpenings(Clock clock) {
        this.clock = clock;
    }

    /** For the container's proxy only. */
    protected PageViewOpenings() {
        this.clock = null;
    }

    /** Records that the person is shown a page of the item; true when that begins a new opening. */
    public boolean begins(String username, long itemId) {
        Instant now = clock.instant();
        Instant stale = now.minus(PAUSE);
        // Forgets finished openings as it goes, so the map holds only what people are looking at now.
        lastShown.values().removeIf(shown -> shown.isBefore(stale));
        return lastShown.put(new Viewing(username, itemId), now) == null;
    }

    private record Viewing(String username, long itemId) {
    }
}
