package org.evidencedesk.bundle.verify;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;

/**
 * PDFs written by hand to cost their reader the heap: streams that inflate to far more than they weigh, and syntax
 * that costs PDFBox many times its own size in objects. Each is built without ever holding what it expands to, so a
 * test can make one of a gibibyte. Public for the bundle tests.
 */
public final class PdfBombs {

    private static final int MIB = 1024 * 1024;
    /** A zlib stream's header at the best compression: CMF 0x78 (deflate, 32 KiB window), FLG 0xDA (RFC 1950, 2.2). */
    private static final byte[] ZLIB_HEADER = {0x78, (byte) 0xDA};
    /** An empty final block with fixed codes: BFINAL 1, BTYPE 01, end-of-block (RFC 1951, 3.2.6). */
    private static final byte[] FINAL_BLOCK = {0x03, 0x00};

    private PdfBombs() {
    }

    /** A PDF whose cross-reference stream, the first thing a reader decodes, inflates to {@code mebibytes} MiB of zeros. */
    public static byte[] crossReferenceStreamInflatingTo(int mebibytes) {
        byte[] data = zerosDeflated(mebibytes);
        Writer pdf = new Writer();
        pdf.object(1, "<< /Type /Catalog /Pages 2 0 R >>");
        pdf.object(2, "<< /Type /Pages /Kids [] /Count 0 >>");
        int xref = pdf.object(3, "<< /Type /XRef /Size 4 /W [1 4 2] /Root 1 0 R /Filter /FlateDecode /Length " + data.length + " >>", data);
        return pdf.end(xref);
    }

    /**
     * A PDF whose catalog names an interactive form (where a reader looks for signatures) that lies in an object stream:
     * the form's dictionary, then {@code mebibytes} MiB of zeros, all deflated.
     */
    public static byte[] objectStreamInflatingTo(int mebibytes) {
        byte[] head = "4 0 << /Fields [] >> ".getBytes(StandardCharsets.US_ASCII);
        byte[] data = deflated(head, mebibytes);
        Writer pdf = new Writer();
        int catalog = pdf.object(1, "<< /Type /Catalog /Pages 2 0 R /AcroForm 4 0 R >>");
        int pages = pdf.object(2, "<< /Type /Pages /Kids [] /Count 0 >>");
        int objects = pdf.object(5, "<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length " + data.length + " >>", data);
        // Entries of /W [1 4 2]: 0 free; 1 at offset; 2 in object stream 5 at index 0.
        ByteBuffer entries = ByteBuffer.allocate(6 * 7);
        entries.put((byte) 0).putInt(0).putShort((short) 0xFFFF);
        entries.put((byte) 1).putInt(catalog).putShort((short) 0);
        entries.put((byte) 1).putInt(pages).putShort((short) 0);
        int xref = pdf.position();
        entries.put((byte) 1).putInt(xref).putShort((short) 0);
        entries.put((byte) 2).putInt(5).putShort((short) 0);
        entries.put((byte) 1).putInt(objects).putShort((short) 0);
        pdf.object(3, "<< /Type /XRef /Size 6 /W [1 4 2] /Root 1 0 R /Length " + entries.capacity() + " >>", entries.array());
        return pdf.end(xref);
    }

    /**
     * A PDF whose form lists {@code count} empty arrays as its fields, uncompressed: two bytes each in the file, about
     * fifty bytes of heap each once PDFBox has parsed them.
     */
    public static byte[] formOfEmptyArrays(int count) {
        Writer pdf = new Writer();
        pdf.object(1, "<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [" + "[]".repeat(count) + "] >> >>");
        pdf.object(2, "<< /Type /Pages /Kids [] /Count 0 >>");
        return pdf.endWithTable();
    }

    private static byte[] zerosDeflated(int mebibytes) {
        return deflated(new byte[0], mebibytes);
    }

    /**
     * A zlib stream of {@code head}, then {@code mebibytes} MiB of zeros: each mebibyte is compressed once and its blocks
     * repeated, as a full flush leaves them byte-aligned and referring to nothing before them.
     */
    private static byte[] deflated(byte[] head, int mebibytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ZLIB_HEADER);
        out.writeBytes(flushed(head));
        byte[] zeros = flushed(new byte[MIB]);
        for (int i = 0; i < mebibytes; i++) {
            out.writeBytes(zeros);
        }
        out.writeBytes(FINAL_BLOCK);
        out.writeBytes(ByteBuffer.allocate(4).putInt(adler32(head, (long) mebibytes * MIB)).array());
        return out.toByteArray();
    }

    private static byte[] flushed(byte[] input) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setInput(input);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            int written;
            do {
                written = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
                out.write(buffer, 0, written);
            } while (written == buffer.length);
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /** RFC 1950, 9: zeros leave the first sum as it is and add it to the second once each. */
    private static int adler32(byte[] head, long zeros) {
        long a = 1;
        long b = 0;
        for (byte value : head) {
            a = (a + (value & 0xFF)) % 65521;
            b = (b + a) % 65521;
        }
        b = (b + a * (zeros % 65521)) % 65521;
        return (int) (b << 16 | a);
    }

    /** A PDF written object by object, each at the offset the cross-reference section will give. */
    private static final class Writer {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final StringBuilder table = new StringBuilder();
        private int count;

        Writer() {
            text("%PDF-1.7\n");
        }

        int position() {
            return out.size();
        }

        int object(int number, String dictionary) {
            int at = position();
            text(number + " 0 obj\n" + dictionary + "\nendobj\n");
            table.append(String.format("%010d 00000 n \n", at));
            count++;
            return at;
        }

        int object(int number, String dictionary, byte[] stream) {
            int at = position();
            text(number + " 0 obj\n" + dictionary + "\nstream\n");
            out.writeBytes(stream);
            text("\nendstream\nendobj\n");
            return at;
        }

        /** The end of a PDF whose cross-reference stream is at {@code xref}. */
        byte[] end(int xref) {
            text("startxref\n" + xref + "\n%%EOF\n");
            return out.toByteArray();
        }

        /** The end of a PDF whose objects, numbered from 1 in order, are listed in a cross-reference table. */
        byte[] endWithTable() {
            int xref = position();
            text("xref\n0 " + (count + 1) + "\n0000000000 65535 f \n" + table + "trailer\n<< /Size " + (count + 1)
                    + " /Root 1 0 R >>\n");
            return end(xref);
        }

        private void text(String text) {
            out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
        }
    }
}
