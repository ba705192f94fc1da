package org.evidencedesk.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.evidencedesk.identity.UserAccount;
import org.evidencedesk.identity.UserAccounts;
import org.evidencedesk.shared.config.Settings;

/**
 * Shows evidence as page images with a watermark naming the viewer, the time in the court's zone and the
 * case: how view-only evidence is seen, never as its original bytes. Access and the custody log are
 * {@link EvidenceAccess}'s, checked on every page; the drawing happens after that transaction, so that no
 * database connection waits on it.
 */
@ApplicationScoped
public class EvidenceViewer {

    private static final Logger LOG = Logger.getLogger(EvidenceViewer.class.getName());

    @Inject
    private EvidenceAccess access;

    @Inject
    private BlobStore blobs;

    @Inject
    private ViewOnlyRendering rendering;

    @Inject
    private UserAccounts accounts;

    @Inject
    private Settings settings;

    @Inject
    private Clock clock;

    /**
     * The pages the item is shown as, with their sizes; nothing is logged (the item's page logs its view).
     *
     * @throws UnviewableContentException when the item is not shown in the browser, and why
     */
    public List<PageSize> pages(long itemId, String username) {
        EvidenceItem item = access.forPages(itemId, username).item();
        try (SeekableByteChannel content = blobs.openChannel(item.getSha256())) {
            return rendering.pages(content);
        } catch (IOException e) {
            throw unreadable(itemId, e);
        }
    }

    /**
     * Page {@code number} (from 1) of the item as a watermarked PNG image; empty when it has no such page.
     *
     * @throws UnviewableContentException when the item is not shown in the browser, and why
     * @throws RenderingBusyException when too many pages are being drawn to draw this one now
     */
    public Optional<byte[]> page(long itemId, String username, int number) {
        EvidenceAccess.ItemView view = access.viewPage(itemId, username);
        Watermark watermark = new Watermark(username, accounts.byUsername(username).map(UserAccount::getDisplayName).orElse(null),
                clock.instant().atZone(settings.timeZone()), view.caseView().disputeCase().getDisplayNumber(),
                view.item().getExhibitNumber());
        try (SeekableByteChannel content = blobs.openChannel(view.item().getSha256())) {
            return rendering.page(content, number, watermark);
        } catch (IOException e) {
            throw unreadable(itemId, e);
        }
    }

    /** Stored content that cannot be read (the integrity sweep reports it to the court) is not shown. */
    private static UnviewableContentException unreadable(long itemId, IOException e) {
        LOG.log(Level.SEVERE, "The stored content of item " + itemId + " cannot be read", e);
        return UnviewableContentException.damaged();
    }
}
