package org.evidencedesk.evidence.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import org.evidencedesk.web.CaseResourceServlet;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidencedesk.evidence.ContentMissingException;
import org.evidencedesk.evidence.EvidenceAccess;
import org.evidencedesk.evidence.EvidenceItem;
import org.evidencedesk.evidence.ItemDownloads;
import org.evidencedesk.evidence.ReceiptSignatures;
import org.evidencedesk.web.Downloads;

/**
 * Downloads of an item: {@code /evidence/download/content/ID}, {@code receipt.json/ID},
 * {@code receipt.p7s/ID} (its current version, with the archive time-stamps added since) and {@code token.tsr/ID}. Access is checked and logged by {@link EvidenceAccess};
 * an item the user may not see answers 404. Everything goes out as an attachment, never rendered inline, under the
 * name {@link ItemDownloads} gives it, which the commands printed on the item page use.
 */
@WebServlet(urlPatterns = "/evidence/download/*")
public class EvidenceDownloadServlet extends CaseResourceServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/(content|receipt\\.json|receipt\\.p7s|token\\.tsr)/(\\d{1,18})");

    @Inject
    private EvidenceAccess access;

    @Inject
    private ReceiptSignatures receiptSignatures;

    @Override
    protected Pattern path() {
        return PATH;
    }

    @Override
    protected void serve(Matcher path, String username, HttpServletResponse response) throws IOException {
        String what = path.group(1);
        long itemId = Long.parseLong(path.group(2));
        if ("content".equals(what)) {
            sendContent(itemId, username, response);
            return;
        }
        EvidenceItem item = access.download(itemId, username, what).item();
        ItemDownloads names = ItemDownloads.of(item);
        switch (what) {
            case "receipt.json" -> send(response, "application/json", names.receipt(),
                    item.getReceiptJson().getBytes(StandardCharsets.UTF_8));
            case "receipt.p7s" -> send(response, "application/pkcs7-signature", names.receiptSignature(),
                    receiptSignatures.current(item));
            default -> send(response, "application/timestamp-reply", names.token(), item.timestampTokenBytes());
        }
    }

    /**
     * The item's content from the store. Content missing from the store (a damaged disk, a restore without the blobs)
     * answers 410 with a page that says so, and the item is marked for the court; its receipt, signature and token
     * still download. The custody log records only a download whose content was there to send.
     */
    private void sendContent(long itemId, String username, HttpServletResponse response) throws IOException {
        EvidenceAccess.OpenedContent opened;
        try {
            opened = access.downloadContent(itemId, username);
        } catch (ContentMissingException e) {
            response.sendError(HttpServletResponse.SC_GONE);
            return;
        }
        try (opened; OutputStream out = response.getOutputStream()) {
            EvidenceItem item = opened.view().item();
            Downloads.attachment(response, "application/octet-stream", ItemDownloads.of(item).content());
            response.setContentLengthLong(item.getSizeBytes());
            opened.content().transferTo(out);
        }
    }

    private static void send(HttpServletResponse response, String type, String filename, byte[] body) throws IOException {
        Downloads.attachment(response, type, filename);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
