package org.evidencedesk.web.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Map;
import org.evidencedesk.web.access.AccessTable.Row;
import org.junit.jupiter.api.Test;

/** The matrix's tables with their API column, and what the API must answer each capacity from the page's cell. */
class AccessTableTest {

    private static final String HEADING = "| entry point and object | counsel | counsel2 | defence | clerk | judge | judge2 | investigator | admin | anonymous | API call |\n";

    private static Row only(String row) {
        return AccessTable.parse(HEADING + row).rows().get(0);
    }

    @Test
    void aRowNamesItsApiCallAndTheScopeItNeeds() {
        Row row = only("| GET /custody/{some case}.jsonl | DENIED | DENIED | DENIED | SHOWN | SHOWN | SHOWN | SHOWN | HIDDEN | LOGIN | GET /cases/{some case}/custody?page=1 paged [court] |");

        assertThat(row.hasPage()).isTrue();
        assertThat(row.api().method()).isEqualTo("GET");
        assertThat(row.api().target()).isEqualTo("/cases/{some case}/custody?page=1");
        assertThat(row.api().path()).isEqualTo("/cases/{some case}/custody");
        assertThat(row.api().scope()).isEqualTo("court");
        assertThat(row.objects()).containsExactly("some case");
    }

    @Test
    void aRowWithoutTheApiColumnOrItsScopeIsRefused() {
        assertThatThrownBy(() -> only("| GET /home.xhtml | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN | LOGIN |"))
                .hasMessageContaining("API call");
        assertThatThrownBy(() -> only("| GET /home.xhtml | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN | LOGIN | GET /me |"))
                .hasMessageContaining("scope");
    }

    @Test
    void theScopeComesFirstThenThePagesOutcome() {
        Row row = only("| GET /custody/{some case}.jsonl | DENIED | DENIED | DENIED | SHOWN | SHOWN | SHOWN | SHOWN | HIDDEN | LOGIN | GET /cases/{some case}/custody [court] |");

        assertThat(ApiOutcomes.expected(row, Capacity.ADMIN)).as("no court scope on an administrator's token").isEqualTo(Outcome.DENIED);
        assertThat(ApiOutcomes.expected(row, Capacity.CLAIMANT_NAMED)).isEqualTo(Outcome.DENIED);
        assertThat(ApiOutcomes.expected(row, Capacity.CLERK)).isEqualTo(Outcome.SHOWN);
        assertThat(ApiOutcomes.expected(row, Capacity.ANONYMOUS)).isEqualTo(Outcome.LOGIN);
    }

    @Test
    void anUndertakingIsRefusedAndAViewOnlyItemShownOverTheApi() {
        Row before = only("| GET /evidence/item.xhtml?id={x} | UNDERTAKING | HIDDEN | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN | HIDDEN | LOGIN | GET /items/{x} [read] |");
        Row after = only("| GET /evidence/item.xhtml?id={x} | VIEW_ONLY | HIDDEN | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN | HIDDEN | LOGIN | GET /items/{x} [read] |");

        assertThat(ApiOutcomes.expected(before, Capacity.CLAIMANT_NAMED)).isEqualTo(Outcome.DENIED);
        assertThat(ApiOutcomes.expected(before, Capacity.CLAIMANT_UNNAMED)).isEqualTo(Outcome.HIDDEN);
        assertThat(ApiOutcomes.expected(after, Capacity.CLAIMANT_NAMED)).isEqualTo(Outcome.SHOWN);
    }

    @Test
    void aRowOnlyTheApiHasStatesTheApisOutcomesAndAPublicCallNeedsNoToken() {
        Row apiOnly = only("| — | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN | SHOWN | DENIED | LOGIN | GET /cases/{x}/members [read] |");
        Row verify = only("| ACTION verifyPage.verifyBundle | DONE | DONE | DONE | DONE | DONE | DONE | DONE | DONE | DONE | POST /verify [public] |");

        assertThat(apiOnly.hasPage()).isFalse();
        assertThat(apiOnly.toString()).isEqualTo("API GET /cases/{x}/members");
        assertThat(ApiOutcomes.expected(apiOnly, Capacity.ADMIN)).isEqualTo(Outcome.DENIED);
        assertThat(ApiOutcomes.expected(verify, Capacity.ANONYMOUS)).isEqualTo(Outcome.DONE);
    }

    @Test
    void aRedirectHasNoApiMeaning() {
        assertThatThrownBy(() -> only("| GET /cases/edit.xhtml?id={x} | REDIRECT | REDIRECT | REDIRECT | SHOWN | REDIRECT | REDIRECT | REDIRECT | HIDDEN | LOGIN | GET /cases/{x} [read] |"))
                .hasMessageContaining("REDIRECT has no API meaning");
    }

    /** The matrix's own tables parse, each API cell with its scope, and none maps a page outcome the API cannot give. */
    @Test
    void everyTableOfTheMatrixParses() throws Exception {
        int tables = 0;
        for (Field field : Class.forName("org.evidencedesk.web.AccessMatrixWebIT").getDeclaredFields()) {
            if (field.getType() == String.class && Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers())) {
                field.setAccessible(true);
                String text = (String) field.get(null);
                if (text.strip().startsWith("| entry point and object")) {
                    assertThat(AccessTable.parse(text).rows()).as(field.getName()).isNotEmpty();
                    tables++;
                }
            }
        }
        assertThat(tables).isGreaterThan(10);
    }

    @Test
    void theApiOperationsAreFoundWithTheirScopes() {
        Map<String, String> operations = EntryPoints.apiOperations(Path.of("target/classes"));

        assertThat(operations).containsEntry("GET /me", "token");
        assertThat(EntryPoints.mapsApi("/cases/{caseId}", "/cases/{trade-secret case}")).isTrue();
        assertThat(EntryPoints.mapsApi("/cases/{caseId}", "/cases/{trade-secret case}/items")).isFalse();
        assertThat(EntryPoints.mapsApi("/items/{itemId}/content", "/items/{counsel's item}/content")).isTrue();
    }
}
