package org.evidencedesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.evidencedesk.documents.PdfsigCommand;
import org.evidencedesk.identity.TokenScope;
import org.evidencedesk.support.SharedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Disclosure requests and rulings over the API, on the shared server's demo data: the trade-secret case (Lianxin, in
 * its evidence period, with a granted order and its ruling) and the model case (Mingjing, its evidence period closed
 * and a hearing scheduled). Each test files what it changes, so the tests do not depend on one another's order.
 */
@ExtendWith(SharedServer.class)
class DisclosureApiWebIT {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void counselFilesARequestWhichBothSidesThenReadAsTheCasePageShowsIt() throws Exception {
        long tradeSecret = caseTitled("Lianxin");
        long disclosureEntries = custodyEntries(tradeSecret, "DISCLOSURE");

        Response filed = ApiClient.as("counsel").contentType("application/json")
                .body(application("API request for the ranking logs")).post("/cases/" + tradeSecret + "/disclosure-requests");
        filed.then().statusCode(201)
                .header("Location", containsString("/api/v1/disclosure-requests/"))
                .header("ETag", notNullValue())
                .body("status", equalTo("FILED"))
                .body("applicantSide", equalTo("CLAIMANT"))
                .body("orderedSide", equalTo("RESPONDENT"))
                .body("application.evidenceSought", equalTo("API request for the ranking logs"))
                .body("order", nullValue());
        long id = filed.jsonPath().getLong("id");
        assertThat(custodyEntries(tradeSecret, "DISCLOSURE")).as("the draft and the filing, as the page writes them")
                .isEqualTo(disclosureEntries + 2);

        ApiClient.as("defence").get("/cases/" + tradeSecret + "/disclosure-requests").then().statusCode(200)
                .body("id", hasItem((int) id));
        ApiClient.as("defence").get("/disclosure-requests/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"" + filed.jsonPath().getLong("version") + "\""))
                .body("caseId", equalTo((int) tradeSecret))
                .body("application.whyControlled", equalTo("The respondent runs the ranking service."))
                .body("allowedSteps", hasItem("RECORD_OPINION"))
                .body("steps.step", equalTo(List.of("REVISE", "FILE")));
    }

    @Test
    void theGrantedDemoOrderShowsItsTermsAndItsSignedRuling(@TempDir Path folder) throws Exception {
        long tradeSecret = caseTitled("Lianxin");
        Response requests = ApiClient.as("counsel").get("/cases/" + tradeSecret + "/disclosure-requests");
        requests.then().statusCode(200);
        long order = requests.jsonPath().getLong("find { it.status == 'GRANTED' && it.evidenceSought.contains('source code of Quickcart') }.id");

        Response granted = ApiClient.as("counsel").get("/disclosure-requests/" + order);
        granted.then().statusCode(200)
                .body("order.itemsOrdered", notNullValue())
                .body("order.costBearer", equalTo("CLAIMANT"))
                .body("order.protection", notNullValue())
                .body("rulings.kind", hasItem("DISCLOSURE_GRANTED"));
        long ruling = granted.jsonPath().getLong("rulings.find { it.kind == 'DISCLOSURE_GRANTED' }.id");

        ApiClient.as("defence").get("/cases/" + tradeSecret + "/rulings").then().statusCode(200)
                .body("id", hasItem((int) ruling));
        ApiClient.as("counsel").header("Accept-Language", "zh-CN").get("/cases/" + tradeSecret + "/rulings").then()
                .body("find { it.id == " + ruling + " }.title", containsString("裁定书"));
        Response pdf = ApiClient.as("defence").get("/rulings/" + ruling + "/pdf");
        pdf.then().statusCode(200).contentType("application/pdf");
        byte[] bytes = pdf.asByteArray();
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(PdfsigCommand.run(Files.write(folder.resolve("ruling.pdf"), bytes)))
                .contains("Signature Validation: Signature is Valid.");
    }

    @Test
    void afterTheEvidencePeriodNothingIsFiledAndNothingIsKept() throws Exception {
        long closed = caseTitled("Mingjing");
        long before = requestsOfCase(closed);
        ApiClient.as("counsel").contentType("application/json").header("Accept-Language", "zh-CN")
                .body(application("Too late")).post("/cases/" + closed + "/disclosure-requests").then()
                .statusCode(422)
                .contentType(startsWith(PROBLEM))
                .body("key", equalTo("disclosure.afterEvidencePeriod"))
                .body("detail", not(equalTo("disclosure.afterEvidencePeriod")));
        assertThat(requestsOfCase(closed)).as("not even a draft is kept").isEqualTo(before);
    }

    @Test
    void courtStaffMayNotApply() throws Exception {
        long tradeSecret = caseTitled("Lianxin");
        long before = requestsOfCase(tradeSecret);
        ApiClient.as("clerk").contentType("application/json").body(application("Clerk's own request"))
                .post("/cases/" + tradeSecret + "/disclosure-requests").then()
                .statusCode(403)
                .body("key", equalTo("disclosure.onlyPartiesApply"));
        assertThat(requestsOfCase(tradeSecret)).isEqualTo(before);
    }

    @Test
    void whatTheCallerMayNotSeeIsNotFound() throws Exception {
        // Pricewise v. Dealhub is counsel's alone: defence is not on it.
        long pricewise = caseTitled("Pricewise");
        Map<String, Object> draft = new HashMap<>(application("A draft in a case defence is not on"));
        draft.put("draft", true);
        long id = ApiClient.as("counsel").contentType("application/json").body(draft)
                .post("/cases/" + pricewise + "/disclosure-requests").then().statusCode(201).extract().jsonPath().getLong("id");
        ApiClient.as("defence").get("/disclosure-requests/" + id).then().statusCode(404).body("key", equalTo("api.notFound"));
        ApiClient.as("defence").get("/cases/" + pricewise + "/disclosure-requests").then().statusCode(404);
        ApiClient.as("defence").get("/cases/" + pricewise + "/rulings").then().statusCode(404);
        ApiClient.as("defence").contentType("application/json").body(application("Not my case"))
                .post("/cases/" + pricewise + "/disclosure-requests").then().statusCode(404);
        ApiClient.as("counsel").get("/disclosure-requests/999999999").then().statusCode(404).body("key", equalTo("api.notFound"));
        ApiClient.as("counsel").get("/rulings/999999999/pdf").then().statusCode(404).contentType(startsWith(PROBLEM));
    }

    @Test
    void aDraftIsTheDraftingSidesOwn() throws Exception {
        long tradeSecret = caseTitled("Lianxin");
        Map<String, Object> draft = new HashMap<>(application("A draft of the claimant"));
        draft.put("draft", true);
        Response saved = ApiClient.as("counsel").contentType("application/json").body(draft)
                .post("/cases/" + tradeSecret + "/disclosure-requests");
        saved.then().statusCode(201).body("status", equalTo("DRAFT"));
        long id = saved.jsonPath().getLong("id");
        ApiClient.as("defence").get("/disclosure-requests/" + id).then().statusCode(404);
        ApiClient.as("judge").get("/disclosure-requests/" + id).then().statusCode(404);
        ApiClient.as("defence").get("/cases/" + tradeSecret + "/disclosure-requests").then().statusCode(200)
                .body("id", not(hasItem((int) id)));
    }

    @Test
    void anOpinionOnAStaleVersionChangesNothingAndOnTheCurrentOneIsRecorded() throws Exception {
        long tradeSecret = caseTitled("Lianxin");
        long id = file("counsel", tradeSecret, "Logs for an opinion");
        String etag = ApiClient.as("defence").get("/disclosure-requests/" + id).then().statusCode(200).extract().header("ETag");
        long version = Long.parseLong(etag.replace("\"", ""));

        ApiClient.as("defence").contentType("application/json").header("If-Match", "\"" + (version + 1) + "\"")
                .body(Map.of("opinion", "Too late to matter", "saysTradeSecrets", true))
                .put("/disclosure-requests/" + id + "/opinion").then()
                .statusCode(412)
                .contentType(startsWith(PROBLEM))
                .body("key", equalTo("api.version.stale"));
        ApiClient.as("defence").get("/disclosure-requests/" + id).then().statusCode(200)
                .header("ETag", equalTo(etag))
                .body("status", equalTo("FILED"))
                .body("opinion", nullValue());

        ApiClient.as("counsel").contentType("application/json").header("If-Match", etag)
                .body(Map.of("opinion", "Not mine to give")).put("/disclosure-requests/" + id + "/opinion").then()
                .statusCode(403)
                .body("key", equalTo("disclosure.notAllowed"));

        ApiClient.as("defence").contentType("application/json").header("If-Match", etag)
                .body(Map.of("opinion", "The logs hold our ranking weights.", "saysTradeSecrets", true))
                .put("/disclosure-requests/" + id + "/opinion").then()
                .statusCode(200)
                .header("ETag", not(equalTo(etag)))
                .body("status", equalTo("UNDER_REVIEW"))
                .body("opinion.text", equalTo("The logs hold our ranking weights."))
                .body("tradeSecrets.saidByOrdered", equalTo(true));

        ApiClient.as("defence").contentType("application/json").body(Map.of("opinion", "Again"))
                .put("/disclosure-requests/" + id + "/opinion").then()
                .statusCode(409)
                .body("key", equalTo("disclosure.illegalTransition"));
    }

    @Test
    void eachCallNeedsItsScope() throws Exception {
        long tradeSecret = caseTitled("Lianxin");
        ApiClient.withScopes("counsel", TokenScope.READ).contentType("application/json").body(application("Read-only token"))
                .post("/cases/" + tradeSecret + "/disclosure-requests").then()
                .statusCode(403)
                .body("key", equalTo("api.scope.missing"));
        ApiClient.withScopes("counsel", TokenScope.SUBMIT).get("/cases/" + tradeSecret + "/disclosure-requests").then()
                .statusCode(403)
                .body("key", equalTo("api.scope.missing"));
        ApiClient.withScopes("counsel", TokenScope.SUBMIT).get("/cases/" + tradeSecret + "/rulings").then()
                .statusCode(403);
        ApiClient.anonymous().get("/cases/" + tradeSecret + "/rulings").then().statusCode(401);
    }

    @Test
    void anIncompleteApplicationIsRefusedWithTheElementMissing() throws Exception {
        long tradeSecret = caseTitled("Lianxin");
        Map<String, Object> incomplete = new HashMap<>(application("No reasons given"));
        incomplete.remove("whyMustProduce");
        long before = requestsOfCase(tradeSecret);
        ApiClient.as("counsel").contentType("application/json").body(incomplete)
                .post("/cases/" + tradeSecret + "/disclosure-requests").then()
                .statusCode(422)
                .body("key", equalTo("disclosure.elementMissing"));
        ApiClient.as("counsel").contentType("application/json").body("{\"ruleKey\": ")
                .post("/cases/" + tradeSecret + "/disclosure-requests").then()
                .statusCode(400)
                .contentType(startsWith(PROBLEM));
        assertThat(requestsOfCase(tradeSecret)).isEqualTo(before);
    }

    @Test
    void aPreliminaryItemIdThatIsNoNumberIsABadRequestAndNothingIsKept() throws Exception {
        long tradeSecret = caseTitled("Lianxin");
        long before = requestsOfCase(tradeSecret);
        Map<String, Object> withNull = new HashMap<>(application("A null among the ids"));
        withNull.put("preliminaryItemIds", Arrays.asList((Object) null));

        ApiClient.as("counsel").contentType("application/json").body(withNull)
                .post("/cases/" + tradeSecret + "/disclosure-requests").then()
                .statusCode(400)
                .contentType(startsWith(PROBLEM))
                .body("key", equalTo("api.disclosure.preliminaryItemIds"))
                .body("detail", containsString("number"));
        assertThat(requestsOfCase(tradeSecret)).isEqualTo(before);
    }

    /**
     * An item of another case, offered as preliminary evidence, is answered as an item that does not exist. Before, an
     * item counsel's side could see there (by its side and confidentiality, in counsel's capacity on this case)
     * answered 422 disclosure.preliminaryOwnSide and any other 404: counsel learnt the side, and whether it was the
     * court's alone, of an item of any case.
     */
    @Test
    void anotherCasesItemIsAnsweredAsAnItemThatDoesNotExist() throws Exception {
        long pricewise = caseTitled("Pricewise");
        long before = requestsOfCase(pricewise);
        long claimantsItemInLianxin = single("select min(id) from evidence_item where case_id = ? and side = 'CLAIMANT'",
                caseTitled("Lianxin"));
        assertThat(claimantsItemInLianxin).as("the demo's preliminary evidence in Lianxin").isPositive();

        Response unknown = offering(pricewise, 999_999_999L);
        Response elsewhere = offering(pricewise, claimantsItemInLianxin);

        unknown.then().statusCode(404).contentType(startsWith(PROBLEM));
        assertThat(elsewhere.statusCode()).isEqualTo(unknown.statusCode());
        assertThat(elsewhere.jsonPath().getString("key")).isEqualTo(unknown.jsonPath().getString("key"));
        assertThat(elsewhere.jsonPath().getString("detail")).isEqualTo(unknown.jsonPath().getString("detail"));
        assertThat(requestsOfCase(pricewise)).isEqualTo(before);
    }

    private static Response offering(long caseId, long itemId) {
        Map<String, Object> body = new HashMap<>(application("Offering item " + itemId));
        body.put("preliminaryItemIds", List.of(itemId));
        return ApiClient.as("counsel").contentType("application/json").body(body).post("/cases/" + caseId + "/disclosure-requests");
    }

    private static long file(String username, long caseId, String evidenceSought) {
        return ApiClient.as(username).contentType("application/json").body(application(evidenceSought))
                .post("/cases/" + caseId + "/disclosure-requests").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Map<String, Object> application(String evidenceSought) {
        Map<String, Object> application = new HashMap<>();
        application.put("ruleKey", "ipe-24-26@1");
        application.put("evidenceSought", evidenceSought);
        application.put("factToProve", "The respondent ranks with the claimant's model.");
        application.put("whyControlled", "The respondent runs the ranking service.");
        application.put("whyMustProduce", "Only its logs show which model ranked the products.");
        return application;
    }

    private static long caseTitled(String start) throws SQLException {
        return single("select id from dispute_case where title like ? order by id", start + "%");
    }

    private static long requestsOfCase(long caseId) throws SQLException {
        return single("select count(*) from disclosure_request where case_id = ?", caseId);
    }

    private static long custodyEntries(long caseId, String action) throws SQLException {
        try (Connection database = SharedServer.openDatabase();
             PreparedStatement query = database.prepareStatement("select count(*) from custody_entry where case_id = ? and action = ?")) {
            query.setLong(1, caseId);
            query.setString(2, action);
            return count(query);
        }
    }

    private static long single(String sql, Object parameter) throws SQLException {
        try (Connection database = SharedServer.openDatabase(); PreparedStatement query = database.prepareStatement(sql)) {
            query.setObject(1, parameter);
            return count(query);
        }
    }

    private static long count(PreparedStatement query) throws SQLException {
        try (ResultSet rows = query.executeQuery()) {
            if (!rows.next()) {
                throw new IllegalStateException("No row for " + query);
            }
            return rows.getLong(1);
        }
    }
}
