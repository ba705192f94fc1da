package org.evidencedesk.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code multipart/form-data} body as it arrives: each file part straight to a temporary file, the
 * form fields into memory up to {@link #FIELD_LIMIT} for all of them together. Ours rather than the container's because the container's
 * parser (Payara's {@code org.apache.catalina.fileupload}) reads the connector's own stream, so no filter can
 * count it, and it turns every text field, however large, into a String on the heap: a 700 MB field was a
 * 700 MB String. Here the caller's {@link CountedBody} bounds the whole body and the field limit bounds the heap:
 * for all fields together, since a limit per field let a thousand fields of almost a megabyte each through.
 * A refused or broken body leaves nothing behind: the caller deletes what was written.
 */
final class MultipartParser {

    /**
     * A form's fields (view state, nonce, text inputs) together are never this large; a file part has no such limit,
     * and the parts' headers have their own ({@link #HEADER_LIMIT} each).
     */
    static final int FIELD_LIMIT = 1024 * 1024;
    private static final int HEADER_LIMIT = 16 * 1024;
    private static final int PART_COUNT_LIMIT = 1000;
    private static final int BUFFER = 64 * 1024;
    private static final Pattern BOUNDARY = Pattern.compile("boundary=(?:\"([^\"]{1,70})\"|([^;\\s]{1,70}))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DISPOSITION_PARAMETER = Pattern.compile(
            ";\\s*([a-zA-Z*]+)\\s*=\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^;]*))");

    private final InputStream body;
    private final byte[] delimiter;
    private final Path folder;
    private final byte[] buffer = new byte[BUFFER];
    private int position;
    private int end;
    private int fieldBytes;

    private MultipartParser(InputStream body, byte[] delimiter, Path folder) {
        this.body = body;
        this.delimiter = delimiter;
        this.folder = folder;
    }

    /**
     * Parses the body into parts, file parts written to {@code folder}; on any failure every file written so far
     * is deleted before the exception leaves.
     */
    static List<ReceivedPart> parse(String contentType, InputStream body, Path folder) throws IOException {
        MultipartParser parser = new MultipartParser(body, delimiter(contentType), folder);
        List<ReceivedPart> parts = new ArrayList<>();
        try {
            parser.readParts(parts);
            return parts;
        } catch (IOException | RuntimeException e) {
            parts.forEach(ReceivedPart::delete);
            throw e;
        }
    }

    /** The delimiter between parts: CR LF, two dashes and the boundary from the content type. */
    private static byte[] delimiter(String contentType) throws BodyRefusedException {
        Matcher boundary = BOUNDARY.matcher(contentType);
        if (!boundary.find()) {
            throw malformed("no boundary in the content type");
        }
        String value = boundary.group(1) != null ? boundary.group(1) : boundary.group(2);
        return ("\r\n--" + value).getBytes(StandardCharsets.ISO_8859_1);
    }

    private void readParts(List<ReceivedPart> parts) throws IOException {
        // The body starts with the boundary itself, not CR LF: treat it as if a line had ended before it.
        buffer[0] = '\r';
        buffer[1] = '\n';
        end = 2;
        copyUntilDelimiter(OutputStream.nullOutputStream());
        while (!lastBoundary()) {
            if (parts.size() == PART_COUNT_LIMIT) {
                throw malformed("more than " + PART_COUNT_LIMIT + " parts");
            }
            parts.add(readPart(readHeaders()));
        }
    }

    /** After a delimiter: two dashes end the body, CR LF starts another part. */
    private boolean lastBoundary() throws IOException {
        int first = next();
        int second = next();
        if (first == '-' && second == '-') {
            return true;
        }
        if (first == '\r' && second == '\n') {
            return false;
        }
        throw malformed("a boundary followed by neither CR LF nor --");
    }

    private Map<String, String> readHeaders() throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int total = 0;
        while (true) {
            int next = next();
            if (++total > HEADER_LIMIT) {
                throw malformed("part headers over " + HEADER_LIMIT + " bytes");
            }
            if (next != '\n') {
                line.write(next);
                continue;
            }
            String text = line.toString(StandardCharsets.UTF_8);
            line.reset();
            if (text.endsWith("\r")) {
                text = text.substring(0, text.length() - 1);
            }
            if (text.isEmpty()) {
                return headers;
            }
            int colon = text.indexOf(':');
            if (colon <= 0) {
                throw malformed("a part header without a name");
            }
            headers.put(text.substring(0, colon).trim().toLowerCase(Locale.ROOT), text.substring(colon + 1).trim());
        }
    }

    private ReceivedPart readPart(Map<String, String> headers) throws IOException {
        Map<String, String> disposition = dispositionParameters(headers.getOrDefault("content-disposition", ""));
        String name = disposition.get("name");
        if (name == null) {
            throw malformed("a part without a name");
        }
        String fileName = disposition.get("filename");
        if (fileName == null) {
            ByteArrayOutputStream value = new ByteArrayOutputStream();
            copyUntilDelimiter(new FieldLimit(value));
            return ReceivedPart.field(name, headers, value.toByteArray());
        }
        Path file = Files.createTempFile(folder, "upload_", ".tmp");
        ReceivedPart part = ReceivedPart.file(name, fileName, headers, file);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), BUFFER)) {
            copyUntilDelimiter(out);
        } catch (IOException | RuntimeException e) {
            part.delete();
            throw e;
        }
        return part.measured();
    }

    /** The parameters of a Content-Disposition header, names in lower case, quoted values unquoted. */
    static Map<String, String> dispositionParameters(String header) {
        Map<String, String> parameters = new LinkedHashMap<>();
        Matcher parameter = DISPOSITION_PARAMETER.matcher(header);
        while (parameter.find()) {
            String value = parameter.group(2) != null
                    ? parameter.group(2).replace("\\\"", "\"")
                    : parameter.group(3).trim();
            parameters.putIfAbsent(parameter.group(1).toLowerCase(Locale.ROOT), value);
        }
        return parameters;
    }

    /**
     * Copies bytes to {@code out} up to the next delimiter and consumes the delimiter. Keeps back the buffer's
     * last bytes that could be the start of a delimiter split across two reads.
     */
    private void copyUntilDelimiter(OutputStream out) throws IOException {
        while (true) {
            int found = indexOfDelimiter();
            if (found >= 0) {
                out.write(buffer, position, found - position);
                position = found + delimiter.length;
                return;
            }
            int safe = Math.max(position, end - delimiter.length + 1);
            out.write(buffer, position, safe - position);
            position = safe;
            if (!fill()) {
                throw malformed("the body ended inside a part");
            }
        }
    }

    private int indexOfDelimiter() {
        int last = end - delimiter.length;
        for (int start = position; start <= last; start++) {
            if (buffer[start] == '\r' && Arrays.equals(buffer, start, start + delimiter.length, delimiter, 0, delimiter.length)) {
                return start;
            }
        }
        return -1;
    }

    private int next() throws IOException {
        if (position == end && !fill()) {
            throw malformed("the body ended early");
        }
        return buffer[position++] & 0xff;
    }

    /** Moves the unread bytes to the front and reads more after them; false at the end of the body. */
    private boolean fill() throws IOException {
        System.arraycopy(buffer, position, buffer, 0, end - position);
        end -= position;
        position = 0;
        int read = body.read(buffer, end, buffer.length - end);
        if (read < 0) {
            return false;
        }
        end += read;
        return true;
    }

    private static BodyRefusedException malformed(String reason) {
        return new BodyRefusedException(HttpServletResponse.SC_BAD_REQUEST, "malformed multipart body: " + reason);
    }

    /** Keeps a form field in memory only while all the body's fields stay within {@link #FIELD_LIMIT}: past it, 413. */
    private final class FieldLimit extends OutputStream {

        private final ByteArrayOutputStream value;

        FieldLimit(ByteArrayOutputStream value) {
            this.value = value;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (fieldBytes + length > FIELD_LIMIT) {
                throw new BodyRefusedException(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                        "form fields over " + FIELD_LIMIT + " bytes");
            }
            fieldBytes += length;
            value.write(bytes, offset, length);
        }
    }
}
