package org.evidencedesk.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidencedesk.support.SharedServer;
import org.evidencedesk.support.WebClient;
import org.evidencedesk.support.WebClient.OpenPage;
import org.evidencedesk.web.access.DeskPages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A withdrawn case takes no evidence, and the page and the intake say so alike ({@code DisputeCase.acceptsEvidence}):
 * the case page offers no Submit evidence, the upload page opened for it offers no upload and says why, and an upload
 * posted to it (from a fresh page, or from one opened before the withdrawal) is refused with that message and
 * stores nothing. The case is filed and withdrawn by the demo counsel for this test alone.
 */
@ExtendWith(SharedServer.class)
class WithdrawnCaseWebIT {

    private static final String CLOSED = "This case no longer takes evidence.";
    private static final Pattern COURT_OPTION = Pattern.compile("<option value=\"(\\d+)\"[^>]*>[^<]*Beijing Intellectual");
    private static final Pattern WITHDRAW_BUTTON = Pattern.compile(
            "name=\"steps:list:(\\d+):submit\"[^>]*ed-step-WITHDRAW_FILING\\b|ed-step-WITHDRAW_FILING\\b[^>]*name=\"steps:list:(\\d+):submit\"");

    @Test
    void aWithdrawnCaseOffersNoSubmitEvidenceAndItsUploadPageRefusesWhatThePageWouldHaveTaken() throws Exception {
        WebClient counsel = DeskPages.loggedIn("counsel", "Demo-Evidence-2026");
        Matcher court = COURT_OPTION.matcher(counsel.get("cases/new.xhtml").body());
        assertThat(court.find()).as("the demo court among the filing form's courts").isTrue();
        long caseId = DeskPages.fileCase(counsel, "Withdrawn before acceptance " + System.nanoTime(), court.group(1));

        // Filed, not yet accepted: the claimant's counsel may submit evidence with the filing.
        assertThat(counsel.get("cases/view.xhtml?tab=evidence&id=" + caseId).body()).contains("id=\"tabs:submit-evidence\"");
        OpenPage openedBefore = counsel.open("evidence/upload.xhtml?case=" + caseId);
        assertThat(openedBefore.body()).contains("id=\"upload\"").doesNotContain(CLOSED);

        withdraw(counsel, caseId);

        String casePage = counsel.get("cases/view.xhtml?tab=evidence&id=" + caseId).body();
        assertThat(casePage).contains("ed-status-WITHDRAWN", "id=\"tabs:evidenceList\"").doesNotContain("submit-evidence");

        HttpResponse<String> uploadPage = counsel.get("evidence/upload.xhtml?case=" + caseId);
        assertThat(uploadPage.statusCode()).isEqualTo(200);
        assertThat(uploadPage.body()).contains(CLOSED, "id=\"back\"").doesNotContain("id=\"upload\"", "id=\"describe\"");

        byte[] fresh = ("posted to the refusing page " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> posted = counsel.upload(WebClient.opened("evidence/upload.xhtml?case=" + caseId, uploadPage),
                "upload:files", "describe messages", "fresh.txt", fresh);
        assertThat(posted.statusCode()).as("answer to an upload posted to the refusing page:\n%s", posted.body()).isLessThan(500);
        assertThat(posted.body()).doesNotContain("ed-pending");
        assertThat(stored(fresh)).as("the file posted to the refusing page, in the store").doesNotExist();

        byte[] stale = ("posted from the page opened before the withdrawal " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
        String answer = counsel.upload(openedBefore, "upload:files", "describe messages", "stale.txt", stale).body();
        assertThat(answer).contains(CLOSED).doesNotContain("ed-pending");
        assertThat(stored(stale)).as("the file posted from the stale page, in the store").doesNotExist();
        HttpResponse<String> submitted = counsel.submitForm(openedBefore, "describe", "submit", Map.of());
        assertThat(submitted.statusCode()).isEqualTo(200);

        assertThat(counsel.get("cases/view.xhtml?tab=evidence&id=" + caseId).body())
                .contains("id=\"tabs:evidenceList\"").doesNotContain("item.xhtml?id=");
    }

    /** Takes the case page's Withdraw filing step, as its ajax button does, and checks that it took. */
    private static void withdraw(WebClient counsel, long caseId) throws Exception {
        OpenPage page = counsel.open("cases/view.xhtml?id=" + caseId);
        Matcher button = WITHDRAW_BUTTON.matcher(page.body());
        assertThat(button.find()).as("the Withdraw filing step on the case page").isTrue();
        String index = button.group(1) != null ? button.group(1) : button.group(2);
        counsel.submitAjax(page, "steps", "steps:list:" + index + ":submit", "steps:list:" + index + ":step", "steps", Map.of());
    }

    private static Path stored(byte[] content) throws Exception {
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        return SharedServer.dataDirectory().resolve("blobs/sha256").resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4))
                .resolve(sha256);
    }
}
