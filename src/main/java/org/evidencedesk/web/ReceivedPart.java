package org.evidencedesk.web;

import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One part of a multipart body read by {@link MultipartParser}: a form field held in memory, or a file held in
 * a temporary file in the servlet context's temporary directory, which {@link #write} renames to where the
 * application keeps it (as the container's own parts did, so {@code ContainerUpload} works unchanged).
 */
final class ReceivedPart implements Part {

    private final String name;
    private final String fileName;
    private final Map<String, String> headers;
    private final byte[] value;
    private final Path file;
    private long size;
    private boolean moved;

    private ReceivedPart(String name, String fileName, Map<String, String> headers, byte[] value, Path file) {
        this.name = name;
        this.fileName = fileName;
        this.headers = headers;
        this.value = value;
        this.file = file;
        this.size = value == null ? 0 : value.length;
    }

    static ReceivedPart field(String name, Map<String, String> headers, byte[] value) {
        return new ReceivedPart(name, null, headers, value, null);
    }

    static ReceivedPart file(String name, String fileName, Map<String, String> headers, Path file) {
        return new ReceivedPart(name, fileName, headers, null, file);
    }

    /** Records the size of the file once it is written whole. */
    ReceivedPart measured() throws IOException {
        size = Files.size(file);
        return this;
    }

    boolean isFormField() {
        return fileName == null;
    }

    /** A form field's value, in the request's character encoding (UTF-8 unless the browser said otherwise). */
    String text(String encoding) {
        return new String(value, encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding));
    }

    @Override
    public InputStream getInputStream() throws IOException {
        return value != null ? new ByteArrayInputStream(value) : Files.newInputStream(file);
    }

    @Override
    public String getContentType() {
        return headers.get("content-type");
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getSubmittedFileName() {
        return fileName;
    }

    @Override
    public long getSize() {
        return size;
    }

    /**
     * Renames the temporary file to {@code target}: relative to the temporary directory, as the Servlet API says,
     * or absolute. Copies only when the target is on another file system. A form field is written where told.
     */
    @Override
    public void write(String target) throws IOException {
        if (value != null) {
            Files.write(Path.of(target), value);
            return;
        }
        Files.move(file, file.resolveSibling(target), StandardCopyOption.REPLACE_EXISTING);
        moved = true;
    }

    /** Deletes the temporary file unless {@link #write} moved it away; a field has nothing on disk. */
    @Override
    public void delete() {
        if (file != null && !moved) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public String getHeader(String header) {
        return headers.get(header.toLowerCase(Locale.ROOT));
    }

    @Override
    public Collection<String> getHeaders(String header) {
        String found = getHeader(header);
        return found == null ? List.of() : List.of(found);
    }

    @Override
    public Collection<String> getHeaderNames() {
        return List.copyOf(headers.keySet());
    }
}
