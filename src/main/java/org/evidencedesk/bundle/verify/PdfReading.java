package org.evidencedesk.bundle.verify;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.filter.DecodeOptions;
import org.apache.pdfbox.filter.DecodeResult;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadView;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.evidencedesk.shared.Phrase;

/**
 * A PDF of the bundle opened with PDFBox under a cap on what reading it takes in: the bytes PDFBox reads of the file
 * and the bytes it decodes from the file's streams, counted together. PDFBox 3.0.8 has no such cap: it decodes every
 * stream whole onto the heap (its memory settings bound only the streams it writes, not what it decodes), so a 1 MB
 * evidence list whose cross-reference or object stream inflates to 1 GiB filled any heap; and what it parses costs it
 * up to some fifty times its size in objects (empty arrays, measured), so 60 MB of {@code []} filled 512 MB with no
 * stream at all.
 *
 * <p>The file is read through a source that counts every byte PDFBox reads of it, views of its streams included. Every
 * stream PDFBox decodes goes through the filters of its one {@link FilterFactory}; when this class is loaded each of
 * them is wrapped, once, so that on a thread reading under a cap what it decodes is counted too. On any other thread
 * (rulings, renewals, view-only pages) the filters decode as before. Under a cap only the filters that stream what
 * they decode are used: the image filters (DCT, JPX, JBIG2, CCITT fax) make their rasters before they write anything,
 * and nothing the verifier reads of a PDF is an image. Past the cap the file seems to end and decoding fails, however
 * PDFBox then goes on (it tries other ways to read a damaged file, and turns some failures into missing objects), and
 * the reading is refused.
 */
final class PdfReading {

    /**
     * What reading one PDF may take in. The evidence list of a bundle of 10,000 items (910 pages, 3.3 MB) takes in
     * 0.22 MiB: its cross-reference data, the signature dictionaries with their {@code /Contents}, the object streams
     * they lie in. Each document time-stamp the renewals add over the years brings some 36 KB more: with ten, 0.56 MiB.
     * The cap is seven times that, eighteen times today's. Under it, measured: a stream that inflates to 1 GiB is
     * refused after some 5 MB allocated; 16 MB of the syntax PDFBox makes the most objects of (empty arrays and
     * dictionaries, names, numbers, references) after 40 to 80 MB, all of it given back once the PDF is closed.
     */
    static final long LIMIT = 4L * 1024 * 1024;

    private static final Logger LOG = Logger.getLogger(PdfReading.class.getName());
    /** The filters whose output PDFBox writes as it decodes, so that counting it stops them. */
    private static final Set<COSName> STREAMING = Set.of(COSName.FLATE_DECODE, COSName.FLATE_DECODE_ABBREVIATION,
            COSName.LZW_DECODE, COSName.LZW_DECODE_ABBREVIATION, COSName.ASCII_HEX_DECODE, COSName.ASCII_HEX_DECODE_ABBREVIATION,
            COSName.ASCII85_DECODE, COSName.ASCII85_DECODE_ABBREVIATION, COSName.RUN_LENGTH_DECODE,
            COSName.RUN_LENGTH_DECODE_ABBREVIATION, COSName.CRYPT);
    private static final ThreadLocal<Budget> BUDGET = new ThreadLocal<>();
    private static final boolean FILTERS_COUNTED = countFilters();

    private PdfReading() {
    }

    /** What a reader of an open PDF finds in it. */
    @FunctionalInterface
    interface Reader<T> {

        T read(PDDocument document) throws IOException;
    }

    /**
     * What {@code reader} finds in {@code pdf}, read under {@link #LIMIT}.
     *
     * @throws Exceeded if reading it took in more than the cap, whatever PDFBox or the reader made of that
     * @throws IOException if PDFBox cannot read it as a PDF
     */
    static <T> T read(byte[] pdf, Reader<T> reader) throws IOException {
        return read(pdf, LIMIT, reader);
    }

    /** The same under another cap: the tests' measure of how far below {@link #LIMIT} a real evidence list stays. */
    static <T> T read(byte[] pdf, long limit, Reader<T> reader) throws IOException {
        if (!FILTERS_COUNTED) {
            throw new IOException("PDFBox's filters could not be counted, so no PDF is read");
        }
        Budget budget = new Budget(limit);
        BUDGET.set(budget);
        try (PDDocument document = Loader.loadPDF(new CountedSource(pdf, budget))) {
            T found = reader.read(document);
            budget.check();
            return found;
        } catch (IOException | RuntimeException e) {
            budget.check();
            throw e;
        } finally {
            BUDGET.remove();
        }
    }

    /**
     * Wraps each of PDFBox's filters once (two names of one filter share its wrapper, as PDFBox drops a filter listed
     * twice by identity). The map is PDFBox's private field: if a later PDFBox has no such field, no PDF is read, which
     * the tests of the caps notice.
     */
    @SuppressWarnings("unchecked")
    private static boolean countFilters() {
        try {
            Field field = FilterFactory.class.getDeclaredField("filters");
            field.setAccessible(true);
            Map<COSName, Filter> filters = (Map<COSName, Filter>) field.get(FilterFactory.INSTANCE);
            Map<Filter, Filter> counted = new IdentityHashMap<>();
            filters.replaceAll((name, filter) -> counted.computeIfAbsent(filter, f -> new CountedFilter(f, STREAMING.contains(name))));
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.WARNING, "PDFBox's filters could not be counted; the verifier reads no PDF: " + e, e);
            return false;
        }
    }

    /** What one reading has taken in, against its cap; once past it, it stays past it. */
    private static final class Budget {

        private final long limit;
        private long taken;
        private boolean exceeded;

        Budget(long limit) {
            this.limit = limit;
        }

        /** @return whether {@code bytes} more are within the cap */
        boolean take(long bytes) {
            taken += bytes;
            exceeded |= taken > limit;
            return !exceeded;
        }

        boolean exceeded() {
            return exceeded;
        }

        void check() throws Exceeded {
            if (exceeded) {
                throw new Exceeded(limit);
            }
        }
    }

    /** Reading a PDF took in more than its cap. */
    static final class Exceeded extends IOException implements Phrase.Said {

        private static final long serialVersionUID = 1L;
        private final transient Phrase phrase;

        Exceeded(long limit) {
            super("reading the PDF takes in more than " + limit + " bytes");
            this.phrase = Phrase.of(Sentence.PDF_TAKES_IN_BEYOND, limit);
        }

        @Override
        public Phrase phrase() {
            return phrase;
        }
    }

    /** The PDF's bytes, each read counted; past the cap the file ends there. Each view of it reads its own copy. */
    private static final class CountedSource implements RandomAccessRead {

        private final byte[] bytes;
        private final Budget budget;
        private int position;
        private boolean closed;

        CountedSource(byte[] bytes, Budget budget) {
            this.bytes = bytes;
            this.budget = budget;
        }

        @Override
        public int read() {
            if (position >= bytes.length || !budget.take(1)) {
                return -1;
            }
            return bytes[position++] & 0xFF;
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            int count = Math.min(length, bytes.length - position);
            if (count <= 0 || !budget.take(count)) {
                return -1;
            }
            System.arraycopy(bytes, position, into, offset, count);
            position += count;
            return count;
        }

        @Override
        public long getPosition() {
            return position;
        }

        @Override
        public void seek(long to) throws IOException {
            if (to < 0) {
                throw new IOException("Invalid position " + to);
            }
            position = (int) Math.min(to, bytes.length);
        }

        @Override
        public long length() {
            return bytes.length;
        }

        @Override
        public boolean isClosed() {
            return closed;
        }

        @Override
        public boolean isEOF() {
            return position >= bytes.length || budget.exceeded();
        }

        @Override
        public RandomAccessReadView createView(long start, long length) {
            return new RandomAccessReadView(new CountedSource(bytes, budget), start, length, true);
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    /** One of PDFBox's filters: as it was, except on a thread reading under a cap. */
    private static final class CountedFilter extends Filter {

        private final Filter filter;
        private final boolean streaming;

        CountedFilter(Filter filter, boolean streaming) {
            this.filter = filter;
            this.streaming = streaming;
        }

        @Override
        public DecodeResult decode(InputStream encoded, OutputStream decoded, COSDictionary parameters, int index) throws IOException {
            Budget budget = BUDGET.get();
            return budget == null ? filter.decode(encoded, decoded, parameters, index)
                    : filter.decode(encoded, counted(decoded, budget), parameters, index);
        }

        @Override
        public DecodeResult decode(InputStream encoded, OutputStream decoded, COSDictionary parameters, int index,
                                   DecodeOptions options) throws IOException {
            Budget budget = BUDGET.get();
            return budget == null ? filter.decode(encoded, decoded, parameters, index, options)
                    : filter.decode(encoded, counted(decoded, budget), parameters, index, options);
        }

        /** {@link Filter#encode(InputStream, OutputStream, COSDictionary, int)} passes no index on; neither does this. */
        @Override
        protected void encode(InputStream input, OutputStream encoded, COSDictionary parameters) throws IOException {
            filter.encode(input, encoded, parameters, 0);
        }

        private OutputStream counted(OutputStream decoded, Budget budget) throws IOException {
            if (!streaming) {
                throw new IOException("a filter that decodes images is not used while the verifier reads a PDF");
            }
            return new CountedOutput(decoded, budget);
        }
    }

    /** What a filter decodes, counted as it is written; past the cap, a write fails. */
    private static final class CountedOutput extends FilterOutputStream {

        private final Budget budget;

        CountedOutput(OutputStream decoded, Budget budget) {
            super(decoded);
            this.budget = budget;
        }

        @Override
        public void write(int b) throws IOException {
            spend(1);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int offset, int length) throws IOException {
            spend(length);
            out.write(b, offset, length);
        }

        private void spend(int bytes) throws Exceeded {
            if (!budget.take(bytes)) {
                budget.check();
            }
        }
    }
}
