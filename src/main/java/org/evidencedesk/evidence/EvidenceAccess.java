package org.evidencedesk.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.evidencedesk.custody.CustodyAction;
import org.evidencedesk.custody.CustodyCheckpoints;
import org.evidencedesk.custody.CustodyLog;
import org.evidencedesk.dispute.CaseNotFoundException;
import org.evidencedesk.dispute.CaseView;
import org.evidencedesk.dispute.CaseWorkflow;
import org.evidencedesk.shared.BusinessException;
import org.evidencedesk.shared.Sha256;

/**
 * Reading evidence: the items of a case a user may see, one item for its page, and an item opened for
 * download. Views and downloads of items that are not public record go into the custody log. An item the
 * user may not see is answered as one that does not exist, and logged. Protected items are opened only after
 * the user's undertaking, and view-only ones are shown as watermarked page images ({@link EvidenceViewer}),
 * never handed out.
 */
@ApplicationScoped
@Transactional
public class EvidenceAccess {

    private static final Logger LOG = Logger.getLogger(EvidenceAccess.class.getName());
    /** How many of their own items a form offers counsel at once; a search finds the others. */
    public static final int OWN_ITEM_CHOICES = 50;

    @Inject
    private EvidenceItems items;

    @Inject
    private CaseWorkflow workflow;

    @Inject
    private CustodyLog custody;

    @Inject
    private CustodyCheckpoints checkpoints;

    @Inject
    private Undertakings undertakings;

    @Inject
    private Clock clock;

    @Inject
    private PageViewOpenings openings;

    @Inject
    private BlobStore blobs;

    public List<EvidenceItem> visibleItems(long caseId, @NotNull String username) {
        return visibleItems(workflow.view(caseId, username));
    }

    /** The items of a case already opened for the user (its access checked and logged once, by the caller). */
    public List<EvidenceItem> visibleItems(@NotNull CaseView view) {
        return items.ofCase(view.disputeCase().getId()).stream()
                .filter(item -> EvidenceAccessPolicy.maySee(view.actor(), item))
                .toList();
    }

    /**
     * The items of a case the user may take a copy of, as into an evidence bundle: those they may see, less
     * view-only protected items, and less protected items whose undertaking they have not yet accepted.
     */
    public List<EvidenceItem> copyableItems(@NotNull CaseView view) {
        return copyable(view, items.ofCase(view.disputeCase().getId()));
    }

    /** Takes one window of the items an export may copy. */
    @FunctionalInterface
    public interface CopyableWindow {
        void accept(List<EvidenceItem> copyable) throws IOException;
    }

    /**
     * {@link #copyableItems}, {@code size} of the case's items read at a time, in exhibit order, each window handed to
     * {@code each} and then no longer tracked by the transaction (see {@link EvidenceItems#letGo}): for an export, which
     * keeps only what it makes of them, so the case's rows (each several kilobytes of Base64) are never all on the heap
     * together, and which then runs many queries, none of which need check them for changes. Their columns are read;
     * their associations (the case, a protective measure) are not to be loaded from them after {@code each} returns.
     * Call it before anything else of the transaction reads the case's items: those are the same instances, let go too.
     */
    public void copyableItemsToRead(@NotNull CaseView view, int size, CopyableWindow each) throws IOException {
        List<Long> ids = items.idsOfCase(view.disputeCase().getId());
        for (int from = 0; from < ids.size(); from += size) {
            List<EvidenceItem> loaded = items.readOnly(ids.subList(from, Math.min(ids.size(), from + size)));
            try {
                each.accept(copyable(view, loaded));
            } finally {
                items.letGo(loaded);
            }
        }
    }

    private List<EvidenceItem> copyable(CaseView view, List<EvidenceItem> loaded) {
        return loaded.stream()
                .filter(item -> EvidenceAccessPolicy.maySee(view.actor(), item))
                .filter(item -> EvidenceAccessPolicy.mayDownload(view.actor(), item))
                .filter(item -> !EvidenceAccessPolicy.needsUndertaking(view.actor(), item)
                        || undertakings.of(item.protection().orElseThrow().getId(), view.actor().username()).isPresent())
                .toList();
    }

    /**
     * One page of a paged list of the case's items ({@link ItemQuery}), as the user may see them now: their access to
     * the case is read again for every page and replaces the query's viewer, so a page asked for after they lost
     * access is refused, and a list never shows more than the access policy allows.
     *
     * @throws CaseNotFoundException if the user may not see the case
     */
    public List<EvidenceItem> page(@NotNull ItemQuery query, @NotNull String username, int first, int size) {
        return items.page(query.seenBy(workflow.actor(query.caseId(), username)), first, size);
    }

    /** How many items the list holds for the user (see {@link #page}). */
    public long count(@NotNull ItemQuery query, @NotNull String username) {
        return items.count(query.seenBy(workflow.actor(query.caseId(), username)));
    }

    /** The ids of every item of the list, in its order: "select all" over every page, without loading the items. */
    public List<Long> ids(@NotNull ItemQuery query, @NotNull String username) {
        return items.ids(query.seenBy(workflow.actor(query.caseId(), username)));
    }

    /**
     * The first of the user's own side's items whose exhibit number or title contains {@code text} (any item for a
     * blank text), in exhibit order, at most {@link #OWN_ITEM_CHOICES}: what a form offers counsel to link (the burden
     * ledger, a disclosure application's preliminary evidence), searched in the database however many the case holds.
     * Empty for anyone who acts for no side.
     *
     * @throws CaseNotFoundException if the user may not see the case
     */
    public List<EvidenceItem> ownItems(long caseId, @NotNull String username, String text) {
        CaseView view = workflow.listView(caseId, username);
        return view.actor().side()
                .map(side -> items.page(ItemQuery.visible(view).side(side).matching(text), 0, OWN_ITEM_CHOICES))
                .orElse(List.of());
    }

    /** The items produced under a disclosure request that the user of the view may see. */
    public List<EvidenceItem> producedUnder(@NotNull CaseView view, long requestId) {
        return items.producedUnder(view.disputeCase().getId(), requestId).stream()
                .filter(item -> EvidenceAccessPolicy.maySee(view.actor(), item))
                .toList();
    }

    /** How many items the list holds for the user and the bytes they hold together (see {@link #page}). */
    public ItemTally tally(@NotNull ItemQuery query, @NotNull String username) {
        return items.tally(query.seenBy(workflow.actor(query.caseId(), username)));
    }

    /** An item for its page; the view is logged unless the item is public record. */
    public ItemView view(long itemId, @NotNull String username) {
        return open(itemId, username, CustodyAction.VIEWED, "page");
    }

    /**
     * An item about to be downloaded ({@code what}: content, receipt, signature or token); the content of a
     * view-only item is refused.
     */
    public ItemView download(long itemId, @NotNull String username, String what) {
        ItemView view = open(itemId, username, null, null);
        if ("content".equals(what)) {
            requireDownloadable(view, username);
        }
        requireUndertaking(view);
        record(view, username, CustodyAction.DOWNLOADED, what);
        return view;
    }

    /**
     * An item's content opened for download, then the download logged: the content is opened from the store before
     * the custody log records it, so the log never holds a download that delivered nothing. The checks are
     * {@link #download}'s: the user may see the item, it is not view-only, its undertaking is accepted. Content
     * missing from the store marks the item for the court, as the integrity sweep and a bundle export do.
     *
     * @return the item and its content, which the caller closes
     * @throws ContentMissingException if the store no longer holds the content (the item's mark is kept)
     */
    public OpenedContent downloadContent(long itemId, @NotNull String username) throws ContentMissingException {
        ItemView view = open(itemId, username, null, null);
        requireDownloadable(view, username);
        requireUndertaking(view);
        EvidenceItem item = view.item();
        InputStream content;
        try {
            content = blobs.open(item.getSha256());
        } catch (NoSuchFileException e) {
            LOG.severe(() -> "Download of item " + itemId + " (" + item.getExhibitNumber() + "): its content, SHA-256 "
                    + item.getSha256() + ", is missing from the store");
            items.flagIntegrityProblem(itemId, "found at a download: its stored content is missing from the store");
            throw new ContentMissingException(itemId, item.getExhibitNumber());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            record(view, username, CustodyAction.DOWNLOADED, "content");
            return new OpenedContent(view, content);
        } catch (RuntimeException e) {
            closeQuietly(content, e);
            throw e;
        }
    }

    private static void requireDownloadable(ItemView view, String username) {
        if (!EvidenceAccessPolicy.mayDownload(view.caseView().actor(), view.item())) {
            LOG.warning(() -> "User " + username + " asked to download view-only item " + view.item().getId() + ": refused");
            throw new BusinessException("evidence.viewOnly");
        }
    }

    private static void closeQuietly(InputStream content, RuntimeException cause) {
        try {
            content.close();
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    /**
     * An item about to be shown as page images: the user may see it and has accepted its undertaking if one
     * is needed. Nothing is logged: the page that shows the images logged its own view.
     */
    public ItemView forPages(long itemId, @NotNull String username) {
        ItemView view = open(itemId, username, null, null);
        requireUndertaking(view);
        return view;
    }

    /**
     * An item whose page image is about to be shown; the first page of an opening goes into the custody log
     * (see {@link PageViewOpenings}), unless the item is public record.
     */
    public ItemView viewPage(long itemId, @NotNull String username) {
        ItemView view = forPages(itemId, username);
        if (EvidenceAccessPolicy.viewsAreLogged(view.item()) && openings.begins(username, itemId)) {
            custody.append(view.item().getDisputeCase().getId(), username, CustodyAction.VIEWED, itemId,
                    Map.of("exhibit", view.item().getExhibitNumber(), "what", "pages"));
        }
        return view;
    }

    /**
     * Records the user's acceptance of the confidentiality undertaking that protects the item, in the text
     * they were shown, and signs it into the custody log with a checkpoint.
     */
    public void acceptUndertaking(long itemId, @NotNull String username, Locale language, String text) {
        EvidenceItem item = items.byId(itemId).orElseThrow(CaseNotFoundException::new);
        CaseView caseView = workflow.view(item.getDisputeCase().getId(), username);
        if (!EvidenceAccessPolicy.maySee(caseView.actor(), item)) {
            throw new CaseNotFoundException();
        }
        if (!EvidenceAccessPolicy.needsUndertaking(caseView.actor(), item)) {
            throw new BusinessException("evidence.noUndertakingNeeded");
        }
        long measuresId = item.protection().orElseThrow().getId();
        if (undertakings.of(measuresId, username).isPresent()) {
            return;
        }
        String textHash = Sha256.hexOf(text);
        Undertaking undertaking = new Undertaking(measuresId, username, clock.instant(), language.toLanguageTag(), textHash);
        undertakings.add(undertaking);
        long caseId = item.getDisputeCase().getId();
        custody.append(caseId, username, CustodyAction.UNDERTAKING_ACCEPTED, itemId, Map.of("measures", measuresId,
                "language", language.toLanguageTag(), "textSha256", textHash,
                "acceptedAt", undertaking.getAcceptedAt().toString()));
        checkpoints.checkpoint(caseId, username);
        LOG.info(() -> "User " + username + " accepted the undertaking of measures " + measuresId + " in case " + caseId);
    }

    /** The assigned judge rules on an item; the ruling goes into the custody log. */
    public void rule(long itemId, @NotNull String username, EvidenceStatus ruling, String reason) {
        ItemView view = open(itemId, username, null, null);
        if (!view.caseView().actor().mayRule()) {
            LOG.warning(() -> "User " + username + " tried to rule on evidence item " + itemId + " without being its judge: refused");
            throw new BusinessException("evidence.onlyAssignedJudgeRules");
        }
        view.item().rule(ruling, reason);
        custody.append(view.item().getDisputeCase().getId(), username, CustodyAction.STATUS_CHANGED, itemId,
                Map.of("exhibit", view.item().getExhibitNumber(), "status", ruling.name(), "reason", reason.strip()));
    }

    private ItemView open(long itemId, String username, CustodyAction action, String what) {
        EvidenceItem item = items.byId(itemId).orElseThrow(CaseNotFoundException::new);
        CaseView caseView = workflow.view(item.getDisputeCase().getId(), username);
        if (!EvidenceAccessPolicy.maySee(caseView.actor(), item)) {
            LOG.warning(() -> "User " + username + " asked for evidence item " + itemId + ", which they may not see: answered 404");
            throw new CaseNotFoundException();
        }
        ItemView view = new ItemView(item, caseView);
        if (action != null) {
            requireUndertaking(view);
            record(view, username, action, what);
        }
        return view;
    }

    /** Writes the user's view or download of an item they opened to the custody log, unless it is public record. */
    private void record(ItemView view, String username, CustodyAction action, String what) {
        EvidenceItem item = view.item();
        if (EvidenceAccessPolicy.viewsAreLogged(item)) {
            custody.append(item.getDisputeCase().getId(), username, action, item.getId(),
                    Map.of("exhibit", item.getExhibitNumber(), "what", what));
        }
    }

    private void requireUndertaking(ItemView view) {
        EvidenceItem item = view.item();
        if (EvidenceAccessPolicy.needsUndertaking(view.caseView().actor(), item)
                && undertakings.of(item.protection().orElseThrow().getId(), view.caseView().actor().username()).isEmpty()) {
            throw new UndertakingRequiredException(item.getExhibitNumber(), item.getDisputeCase().getDisplayNumber());
        }
    }

    /** An item with the case view of the user who opened it. */
    public record ItemView(EvidenceItem item, CaseView caseView) {
    }

    /** An item opened for download with its content, which the receiver closes. */
    public record OpenedContent(ItemView view, InputStream content) implements AutoCloseable {

        @Override
        public void close() throws IOException {
            content.close();
        }
    }
}
