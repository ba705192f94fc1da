package org.evidencedesk.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.evidencedesk.shared.config.ConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading config/rules: the shipped files load, and each kind of broken file stops start-up with one line. */
class RuleSetFilesTest {

    static final Path SHIPPED = Path.of("config", "rules");

    /** A small valid rule file; the broken variants below each change one thing in it. */
    static final String VALID = """
            {
              "id": "sample-rule", "version": 1, "status": "ACTIVE", "enabledByDefault": true, "kind": "BURDEN_SHIFT",
              "citation": {"en": "Sample Law, art. 1", "zh": "示例法第一条"},
              "title": {"en": "Sample", "zh": "示例"},
              "ipTypes": ["PATENT"],
              "showings": [{"id": "first", "text": {"en": "First showing", "zh": "第一项"}},
                           {"id": "second", "text": {"en": "Second showing", "zh": "第二项"}}],
              "requirement": {"allOf": ["first", "second"]},
              "burdenMovesTo": "RESPONDENT",
              "consequence": {"en": "The respondent must prove otherwise.", "zh": "被告应当举证证明。"}
            }
            """;

    @TempDir
    Path folder;

    @Test
    void everyShippedFileLoads() {
        List<RuleSet> rules = RuleSetFiles.load(SHIPPED);

        assertThat(rules).extracting(RuleSet::key).containsExactly(
                "aucl-32a@1", "aucl-32b@1", "aucl-39a@1", "aucl-39b@1", "ce-45-48@1", "copyright-54-4@1", "ecommerce-tech-lower-burden@1",
                "ipe-24-26@1", "ipe-3@1", "patent-66-1@1", "patent-71-4@1", "trademark-63-2@1");
    }

    @Test
    void shippedIdsAreUniqueAndEachFileIsNamedAfterItsIdAndVersion() throws IOException {
        List<RuleSet> rules = RuleSetFiles.load(SHIPPED);
        Set<String> ids = new HashSet<>();
        rules.forEach(rule -> assertThat(ids.add(rule.id())).as("one version per id shipped: " + rule.id()).isTrue());
        try (Stream<Path> files = Files.list(SHIPPED)) {
            assertThat(files.map(path -> path.getFileName().toString()).filter(name -> !name.equals(RuleSetFiles.SCHEMA_FILE)))
                    .containsExactlyInAnyOrderElementsOf(rules.stream().map(rule -> rule.id() + ".v" + rule.version() + ".json").toList());
        }
    }

    @Test
    void everyShippedTextIsInBothLanguagesAndTheChineseIsChinese() {
        for (RuleSet rule : RuleSetFiles.load(SHIPPED)) {
            Stream.concat(Stream.of(rule.citation(), rule.title(), rule.consequence()), rule.showings().stream().map(Showing::text))
                    .forEach(text -> {
                        assertThat(text.en()).as(rule.key() + " English").isNotBlank();
                        assertThat(text.zh()).as(rule.key() + " Chinese").isNotBlank().isNotEqualTo(text.en());
                        assertThat(text.zh().codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count())
                                .as(rule.key() + " Chinese has Chinese characters: " + text.zh())
                                .isGreaterThan(text.zh().length() / 3L);
                        assertThat(text.en()).as(rule.key() + " English has no Chinese characters except in quoted titles")
                                .doesNotContainPattern("[\\u4e00-\\u9fff]");
                    });
        }
    }

    @Test
    void onlyTheProposedRuleIsProposedAndItIsOffByDefaultAndSaysSoInBothLanguages() {
        List<RuleSet> proposed = RuleSetFiles.load(SHIPPED).stream().filter(RuleSet::isProposed).toList();

        assertThat(proposed).extracting(RuleSet::key).containsExactly("ecommerce-tech-lower-burden@1");
        RuleSet rule = proposed.get(0);
        assertThat(rule.enabledByDefault()).isFalse();
        assertThat(rule.title().en()).startsWith("PROPOSED, NOT BINDING");
        assertThat(rule.title().zh()).startsWith("拟议规则，不具有约束力");
        assertThat(rule.citation().en()).contains("NOT BINDING");
        assertThat(rule.citation().zh()).contains("不具有法律约束力");
        assertThat(rule.consequence().en()).contains("no legal force");
        assertThat(rule.consequence().zh()).contains("不具有法律效力");
    }

    @Test
    void aValidFileLoads() throws IOException {
        write("sample-rule.v1.json", VALID);

        RuleSet rule = RuleSetFiles.load(folder).get(0);

        assertThat(rule.key()).isEqualTo("sample-rule@1");
        assertThat(rule.requirement()).isEqualTo(Requirement.allOf(Requirement.showing("first"), Requirement.showing("second")));
    }

    @Test
    void aDisclosureOrDamagesRuleLoadsWithoutABurdenMove() throws IOException {
        write("sample-rule.v1.json", VALID.replace("BURDEN_SHIFT", "DISCLOSURE_ORDER")
                .replace("\"burdenMovesTo\": \"RESPONDENT\",", "\"nonCompliance\": \"IPE_25\","));
        write("sample-rule.v2.json", VALID.replace("\"version\": 1", "\"version\": 2").replace("BURDEN_SHIFT", "DAMAGES_ACCOUNT_BOOKS")
                .replace("\"burdenMovesTo\": \"RESPONDENT\",", "\"nonCompliance\": \"ACCOUNT_BOOKS\","));

        assertThat(RuleSetFiles.load(folder)).allSatisfy(rule -> assertThat(rule.burdenMove()).isEmpty());
        assertThat(RuleSetFiles.load(folder)).extracting(RuleSet::nonCompliance).containsExactlyInAnyOrder("IPE_25", "ACCOUNT_BOOKS");
    }

    @Test
    void aRuleWithConductDatesGovernsOnlyConductWhoseLastActFallsBetweenThem() throws IOException {
        write("sample-rule.v1.json", VALID.replace("\"burdenMovesTo\"", "\"conduct\": {\"from\": \"2025-10-15\"}, \"burdenMovesTo\""));

        RuleSet rule = RuleSetFiles.load(folder).get(0);

        assertThat(rule.conduct()).isEqualTo(new ConductWindow(java.time.LocalDate.of(2025, 10, 15), null));
        assertThat(rule.governsConductEndingOn(java.time.LocalDate.of(2025, 10, 14))).isFalse();
        assertThat(rule.governsConductEndingOn(java.time.LocalDate.of(2025, 10, 15))).isTrue();
    }

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                Arguments.of("invalid JSON", VALID.replace("\"version\": 1,", "\"version\": 1"),
                        "not valid JSON: Unexpected character"),
                Arguments.of("a key given twice", VALID.replace("\"version\": 1,", "\"version\": 1, \"version\": 2,"),
                        "not valid JSON: Duplicate field 'version'"),
                Arguments.of("a missing field", VALID.replace("\"consequence\"", "\"consequences\""),
                        "consequence"),
                Arguments.of("a burden-shift rule naming no side", VALID.replace("\"burdenMovesTo\": \"RESPONDENT\",", ""),
                        "burdenMovesTo"),
                Arguments.of("a disclosure rule naming a burden move", VALID.replace("BURDEN_SHIFT", "DISCLOSURE_ORDER")
                        .replace("\"burdenMovesTo\"", "\"nonCompliance\": \"CE_48\", \"burdenMovesTo\""), "burdenMovesTo"),
                Arguments.of("a damages rule naming a burden move", VALID.replace("BURDEN_SHIFT", "DAMAGES_ACCOUNT_BOOKS")
                        .replace("\"burdenMovesTo\"", "\"nonCompliance\": \"ACCOUNT_BOOKS\", \"burdenMovesTo\""), "burdenMovesTo"),
                Arguments.of("a disclosure rule that does not say what follows non-compliance", VALID
                        .replace("BURDEN_SHIFT", "DISCLOSURE_ORDER").replace("\"burdenMovesTo\": \"RESPONDENT\",", ""),
                        "nonCompliance"),
                Arguments.of("a burden-shift rule naming a consequence of non-compliance", VALID
                        .replace("\"burdenMovesTo\"", "\"nonCompliance\": \"CE_48\", \"burdenMovesTo\""), "nonCompliance"),
                Arguments.of("a consequence of non-compliance the law does not have", VALID.replace("BURDEN_SHIFT", "DISCLOSURE_ORDER")
                        .replace("\"burdenMovesTo\": \"RESPONDENT\",", "\"nonCompliance\": \"ANYTHING_GOES\","), "nonCompliance"),
                Arguments.of("conduct dates that are not dates", VALID.replace("\"burdenMovesTo\"", "\"conduct\": {\"before\": \"15 Oct 2025\"}, \"burdenMovesTo\""),
                        "/conduct/before"),
                Arguments.of("a conduct day that does not exist", VALID.replace("\"burdenMovesTo\"", "\"conduct\": {\"before\": \"2025-02-30\"}, \"burdenMovesTo\""),
                        "conduct:"),
                Arguments.of("conduct from a day not before its end", VALID.replace("\"burdenMovesTo\"",
                                "\"conduct\": {\"from\": \"2025-10-15\", \"before\": \"2025-10-15\"}, \"burdenMovesTo\""),
                        "conduct: conduct from 2025-10-15 must come before 2025-10-15"),
                Arguments.of("an active rule saying what it becomes on adoption", VALID.replace("\"burdenMovesTo\"",
                                "\"onAdoption\": {\"title\": {\"en\": \"T\", \"zh\": \"题\"}, \"consequence\": {\"en\": \"C\", \"zh\": \"果\"}}, \"burdenMovesTo\""),
                        "onAdoption"),
                Arguments.of("a field of the wrong type", VALID.replace("\"version\": 1,", "\"version\": \"one\","),
                        "/version"),
                Arguments.of("an unknown field", VALID.replace("\"version\": 1,", "\"version\": 1, \"verison\": 1,"),
                        "verison"),
                Arguments.of("an unknown kind", VALID.replace("BURDEN_SHIFT", "BURDEN_SWITCH"),
                        "/kind"),
                Arguments.of("a missing Chinese text", VALID.replace(", \"zh\": \"示例\"", ""),
                        "/title"),
                Arguments.of("English where the Chinese should be", VALID.replace("\"zh\": \"示例\"", "\"zh\": \"Sample\""),
                        "/title/zh"),
                Arguments.of("an active rule disabled by default", VALID.replace("\"enabledByDefault\": true", "\"enabledByDefault\": false"),
                        "/enabledByDefault"),
                Arguments.of("an empty requirement", VALID.replace("{\"allOf\": [\"first\", \"second\"]}", "{\"allOf\": []}"),
                        "/requirement"),
                Arguments.of("an unknown IP type", VALID.replace("[\"PATENT\"]", "[\"PATENT\", \"DESIGN_RIGHT\"]"),
                        "unknown IP type 'DESIGN_RIGHT' (known: PATENT, TRADEMARK, COPYRIGHT, SOFTWARE_COPYRIGHT, TRADE_SECRET, UNFAIR_COMPETITION)"),
                Arguments.of("an unknown side", VALID.replace("\"RESPONDENT\"", "\"DEFENDANT\""),
                        "unknown side in burdenMovesTo 'DEFENDANT'"),
                Arguments.of("a requirement naming no listed showing", VALID.replace("[\"first\", \"second\"]", "[\"first\", \"second\", \"third\"]"),
                        "the requirement names showing 'third', which is not in showings"),
                Arguments.of("a showing the requirement does not use", VALID.replace("[\"first\", \"second\"]", "[\"first\"]"),
                        "showing 'second' is not used by the requirement"),
                Arguments.of("a showing listed twice", VALID.replace("\"id\": \"second\"", "\"id\": \"first\""),
                        "showing 'first' is listed twice"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void aBrokenFileStopsLoadingWithOneLineNamingTheFileAndTheProblem(String kind, String content, String problem) throws IOException {
        Path file = write("sample-rule.v1.json", content);

        assertThatThrownBy(() -> RuleSetFiles.load(folder))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("Invalid rule file " + file.toAbsolutePath() + ": ")
                .hasMessageContaining(problem)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aSecondFileWithTheSameIdAndVersionStopsLoading() throws IOException {
        write("sample-rule.v1.json", VALID);
        Path copy = write("ztheSameRuleAgain.json", VALID);

        assertThatThrownBy(() -> RuleSetFiles.load(folder))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("Invalid rule file " + copy.toAbsolutePath() + ": sample-rule@1 is already defined by sample-rule.v1.json;"
                        + " a new version of a rule needs a new version number.");
    }

    @Test
    void aNewVersionLoadsBesideTheOldOne() throws IOException {
        write("sample-rule.v1.json", VALID);
        write("sample-rule.v2.json", VALID.replace("\"version\": 1,", "\"version\": 2,"));

        assertThat(RuleSetFiles.load(folder)).extracting(RuleSet::key).containsExactly("sample-rule@1", "sample-rule@2");
    }

    @Test
    void aFolderWithoutTheSchemaStopsLoading() throws IOException {
        Files.writeString(folder.resolve("sample-rule.v1.json"), VALID);

        assertThatThrownBy(() -> RuleSetFiles.load(folder))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("Rule sets folder " + folder.toAbsolutePath() + " has no rule-set.schema.json.");
    }

    @Test
    void aMissingFolderStopsLoading() {
        Path missing = folder.resolve("rules");

        assertThatThrownBy(() -> RuleSetFiles.load(missing))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("Rule sets folder " + missing.toAbsolutePath() + " does not exist");
    }

    @Test
    void aFolderWithoutRulesStopsLoading() throws IOException {
        Files.copy(SHIPPED.resolve(RuleSetFiles.SCHEMA_FILE), folder.resolve(RuleSetFiles.SCHEMA_FILE));

        assertThatThrownBy(() -> RuleSetFiles.load(folder))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("Rule sets folder " + folder.toAbsolutePath() + " has no rule files (*.json).");
    }

    /** Writes a rule file beside a copy of the shipped schema. */
    private Path write(String name, String content) throws IOException {
        Path schema = folder.resolve(RuleSetFiles.SCHEMA_FILE);
        if (!Files.exists(schema)) {
            Files.copy(SHIPPED.resolve(RuleSetFiles.SCHEMA_FILE), schema);
        }
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }
}
