package org.evidencedesk.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.evidencedesk.shared.config.Settings;

/**
 * Decides on every request body before anything else reads it (declared in web.xml after only filters that read
 * none: VerifierGate and {@link RequestEncoding}):
 * <ul>
 * <li>multipart where no upload is expected ({@link UploadRoutes}): 415, nothing read;</li>
 * <li>an upload announcing more than its route takes: 413; one that would leave the data disk under its
 * reserve: 507; both from the headers alone;</li>
 * <li>otherwise the upload is read here, counted as it arrives whatever its headers said (a chunked body has
 * no length), and cut off with 413 past the limit or 507 when the disk reaches its reserve, leaving no file
 * behind; the page then sees the parts through {@link MultipartRequest};</li>
 * <li>a raw body to an API route that takes one ({@link UploadRoutes#rawBodyLimit}) is refused from its headers
 * past the route's limit or the disk's reserve, and otherwise counted while the resource reads it;</li>
 * <li>any other body over {@link #FORM_LIMIT} is refused (413) from its length (the time-stamping authority
 * takes 16 KiB, a page's form a few, the API's JSON bodies a few more), and a url-encoded form without a length
 * (chunked) is refused with 411: browsers always send one, and the container would parse the whole of it in memory;
 * any other body without a length is counted as it is read and cut off past {@link #FORM_LIMIT}.</li>
 * </ul>
 * Why the multipart body is read here and not by the container: Payara parses multipart from the connector's
 * own stream when a page first asks for a parameter, so no filter can count what it reads, and it keeps every
 * text field whole in a String. The Faces servlet therefore has no multipart configuration at all.
 */
public class UploadGate extends HttpFilter {

    /** The largest form post to a page: a page's fields are a few kilobytes, its view state an id. */
    public static final long FORM_LIMIT = 1024 * 1024;
    static final int LENGTH_REQUIRED = 411;

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(UploadGate.class.getName());

    @Inject
    private transient Settings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isMultipart(request)) {
            Optional<Long> limit = UploadRoutes.bodyLimit(request.getServletPath(), settings);
            if (limit.isEmpty()) {
                refuse(request, response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "multipart where no upload is expected");
                return;
            }
            receiveUpload(request, response, chain, limit.get());
            return;
        }
        Optional<Long> rawLimit = UploadRoutes.rawBodyLimit(request, settings);
        if (rawLimit.isPresent()) {
            passRawBody(request, response, chain, rawLimit.get());
            return;
        }
        long announced = request.getContentLengthLong();
        if (announced > FORM_LIMIT) {
            refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "a body of " + announced + " bytes");
            return;
        }
        if (announced < 0 && isChunked(request)) {
            if (isForm(request)) {
                refuse(request, response, LENGTH_REQUIRED, "a form without a length");
                return;
            }
            // A JSON body of the API, or anything else sent without a length: counted as it is read, cut off past
            // the form's limit (whoever reads it meets a BodyRefusedException), as one with a length is refused above.
            chain.doFilter(new CountedRequest(request, new CountedBody(request.getInputStream(), FORM_LIMIT,
                    DataDisk.of(settings))), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private void receiveUpload(HttpServletRequest request, HttpServletResponse response, FilterChain chain, long limit)
            throws IOException, ServletException {
        long announced = request.getContentLengthLong();
        DataDisk disk = DataDisk.of(settings);
        List<ReceivedPart> parts;
        try {
            if (announced > limit) {
                throw new BodyRefusedException(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                        "an upload of " + announced + " bytes, at most " + limit);
            }
            disk.ensureRoomFor(Math.max(announced, 0));
            CountedBody body = new CountedBody(request.getInputStream(), limit, disk);
            parts = MultipartParser.parse(request.getContentType(), body, temporaryDirectory());
            readToTheEnd(body, parts);
        } catch (BodyRefusedException e) {
            refuse(request, response, e.status(), e.getMessage());
            return;
        }
        try {
            chain.doFilter(new MultipartRequest(request, parts), response);
        } finally {
            parts.forEach(ReceivedPart::delete);
        }
    }

    /**
     * A raw upload of the API: refused from its headers when it announces more than the route takes or than the data
     * disk can spare, or when it is a form (the container would parse a form's body whole, in memory, for the first
     * parameter anyone asks); otherwise passed on unread, counted as the resource reads it (a chunked body announces
     * no length): past the limit or the disk's reserve the read fails with {@link BodyRefusedException}.
     */
    private void passRawBody(HttpServletRequest request, HttpServletResponse response, FilterChain chain, long limit)
            throws IOException, ServletException {
        long announced = request.getContentLengthLong();
        DataDisk disk = DataDisk.of(settings);
        try {
            if (isForm(request)) {
                throw new BodyRefusedException(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "a form where a raw body is expected");
            }
            if (announced > limit) {
                throw new BodyRefusedException(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                        "a body of " + announced + " bytes, at most " + limit);
            }
            disk.ensureRoomFor(Math.max(announced, 0));
        } catch (BodyRefusedException e) {
            refuse(request, response, e.status(), e.getMessage());
            return;
        }
        chain.doFilter(new CountedRequest(request, new CountedBody(request.getInputStream(), limit, disk)), response);
    }

    /**
     * Reads what follows the last part (the epilogue) too: should anything still ask the unwrapped request for a
     * parameter, the container's own multipart parser then finds nothing left to read.
     */
    private static void readToTheEnd(CountedBody body, List<ReceivedPart> parts) throws IOException {
        try {
            body.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            parts.forEach(ReceivedPart::delete);
            throw e;
        }
    }

    /** Answers with the status and its page (see {@link RefusalPage}), and logs what was refused. */
    private void refuse(HttpServletRequest request, HttpServletResponse response, int status, String reason)
            throws IOException {
        LOG.warning(() -> "Refused " + request.getMethod() + " " + request.getServletPath() + " from "
                + request.getRemoteAddr() + " (" + status + "): " + reason);
        RefusalPage.send(request, response, status, settings);
    }

    /** The context's temporary directory, where the container kept uploads too (on the data disk under ./run). */
    private Path temporaryDirectory() {
        return ((File) getServletContext().getAttribute(ServletContext.TEMPDIR)).toPath();
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    private static boolean isChunked(HttpServletRequest request) {
        String encoding = request.getHeader("Transfer-Encoding");
        return encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked");
    }
}
