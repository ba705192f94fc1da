package org.evidencedesk.documents;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The rows of an evidence list handed from the thread that reads them to the thread that draws them, so that the
 * drawing begins with the first rows instead of after the last ({@link EvidenceListPdf#render(EvidenceListDocument,
 * RowFeed)}). The reader adds rows in the list's order and then either {@link #end}s the feed or, if it fails,
 * {@link #abandon}s it; the drawer's {@link #iterator} waits for rows until one of the two. Nothing is ever refused for
 * lack of room: the rows of a whole case are small beside what its export holds anyway.
 */
public final class RowFeed implements Iterable<EvidenceListDocument.Row> {

    // Two markers told apart by identity (List.of() is one instance for every empty list).
    private static final List<EvidenceListDocument.Row> END = Collections.unmodifiableList(new ArrayList<>());
    private static final List<EvidenceListDocument.Row> ABANDONED = Collections.unmodifiableList(new ArrayList<>());

    private final BlockingQueue<List<EvidenceListDocument.Row>> batches = new LinkedBlockingQueue<>();
    private boolean closed;
    private boolean iterated;

    /** Adds rows after those added before; nothing after {@link #end} or {@link #abandon}. */
    public synchronized void add(List<EvidenceListDocument.Row> rows) {
        if (closed) {
            throw new IllegalStateException("The feed has ended: no rows can be added");
        }
        if (!rows.isEmpty()) {
            batches.add(List.copyOf(rows));
        }
    }

    /** Every row has been added: the drawer's iteration ends after the last. */
    public synchronized void end() {
        close(END);
    }

    /** No more rows will come and the list is not wanted: the drawer's iteration ends with a {@link CancellationException}. */
    public synchronized void abandon() {
        close(ABANDONED);
    }

    private void close(List<EvidenceListDocument.Row> last) {
        if (!closed) {
            closed = true;
            batches.add(last);
        }
    }

    /**
     * The rows in the order they were added, waiting for each one until it is added or the feed ends. Once only.
     *
     * @throws CancellationException from {@code hasNext} when the feed was abandoned, or the waiting thread interrupted
     *         (its interrupt is kept)
     */
    @Override
    public synchronized Iterator<EvidenceListDocument.Row> iterator() {
        if (iterated) {
            throw new IllegalStateException("A feed's rows are read once");
        }
        iterated = true;
        return new Waiting();
    }

    private final class Waiting implements Iterator<EvidenceListDocument.Row> {

        private Iterator<EvidenceListDocument.Row> batch = List.<EvidenceListDocument.Row>of().iterator();
        private boolean ended;

        @Override
        public boolean hasNext() {
            while (!batch.hasNext() && !ended) {
                List<EvidenceListDocument.Row> next = take();
                if (next == END) {
                    ended = true;
                } else if (next == ABANDONED) {
                    throw new CancellationException("The evidence list's rows stopped coming: the export was abandoned");
                } else {
                    batch = next.iterator();
                }
            }
            return batch.hasNext();
        }

        @Override
        public EvidenceListDocument.Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return batch.next();
        }

        private List<EvidenceListDocument.Row> take() {
            try {
                return batches.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("Interrupted while waiting for the evidence list's rows");
            }
        }
    }
}
