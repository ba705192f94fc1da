package org.evidencedesk.documents;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.evidencedesk.disclosure.DenialGround;
import org.evidencedesk.disclosure.NonComplianceGround;
import org.evidencedesk.dispute.CaseDetails;
import org.evidencedesk.dispute.Court;
import org.evidencedesk.dispute.DeadlinePlanner;
import org.evidencedesk.dispute.DisputeCase;
import org.evidencedesk.dispute.IpType;
import org.evidencedesk.dispute.PartyDetails;
import org.evidencedesk.dispute.PartyKind;
import org.evidencedesk.dispute.Side;
import org.evidencedesk.dispute.TechnologyArea;
import org.evidencedesk.dispute.WorkingCalendar;
import org.evidencedesk.identity.Role;
import org.evidencedesk.identity.UserAccount;
import org.evidencedesk.identity.UserAccounts;
import org.evidencedesk.rules.RuleCatalogue;
import org.evidencedesk.rules.RuleSet;
import org.evidencedesk.rules.RuleSetFiles;
import org.evidencedesk.ruling.NamedPersons;
import org.evidencedesk.ruling.Reasons;
import org.evidencedesk.ruling.Ruling;
import org.evidencedesk.ruling.RulingDraft;
import org.evidencedesk.ruling.RulingKind;
import org.evidencedesk.shared.Translatable;
import org.evidencedesk.shared.config.SupportedLocales;
import org.evidencedesk.support.Entities;
import org.junit.jupiter.api.Test;

/**
 * What a ruling's PDF says, before rendering: texts from the bundles in the ruling's language, the judge's
 * name, the day in the court's zone, the reasons in paragraphs. The account lookup is the one part that needs
 * a database; a subclass of {@link UserAccounts} answers it from a map.
 */
class PdfRulingPrinterTest {

    private static final Locale EN = SupportedLocales.ENGLISH;
    private static final Locale ZH = SupportedLocales.SIMPLIFIED_CHINESE;
    /** 17:30 UTC on 25 November is 01:30 on 26 November in Beijing. */
    private static final Instant DECIDED_AT = Instant.parse("2026-11-25T17:30:00Z");

    /**
     * How many arguments the services pass to each decision: DisclosureWorkflow.grant, deny and the decisions after an
     * order (fact to prove, ground, evidence sought, ordered side); BurdenLedger.rule. PRESUMPTION_APPLIED is no
     * longer issued; its two arguments are those of the rulings issued before.
     */
    private static final Map<RulingKind, Integer> ARGUMENT_COUNTS = Map.ofEntries(
            Map.entry(RulingKind.DISCLOSURE_GRANTED, 8), Map.entry(RulingKind.DISCLOSURE_DENIED, 2),
            Map.entry(RulingKind.BURDEN_SHIFTED, 4), Map.entry(RulingKind.BURDEN_NOT_SHIFTED, 4),
            Map.entry(RulingKind.PRESUMPTION_APPLIED, 2), Map.entry(RulingKind.PRESUMPTION_NOT_APPLIED, 4),
            Map.entry(RulingKind.PRESUMPTION_DOCUMENT_CONTENT, 4), Map.entry(RulingKind.PRESUMPTION_ASSERTED_FACT, 4),
            Map.entry(RulingKind.PRESUMPTION_ASSERTION_ON_MATTER, 4), Map.entry(RulingKind.DAMAGES_FOUND, 4),
            Map.entry(RulingKind.DAMAGES_NOT_BY_REFERENCE, 4));

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[,}]");

    private final PdfRulingPrinter documents = documents(Map.of("judge", "Zhang Ming 张明", "counsel", "Li Na"));
    private final DisputeCase disputeCase = disputeCase();

    // ---- one ruling, both languages ----

    @Test
    void anOrderToProduceSpeaksEnglish() {
        RulingDocument document = documents.document(granted(EN), disputeCase);

        assertThat(document.decision()).isEqualTo("The Respondent shall produce: Sales ledgers 2024-2025"
                + " (applied for: Sales records of the pricing engine) by the end of 2026-12-04. The cost of production"
                + " is borne by the applicant, the Claimant (CPLI art. 112 para. 2). Confidentiality undertaking"
                + " required: Yes. Named persons only: Li Na. View only: No.");
        assertThat(document.title()).isEqualTo("Ruling ordering production of evidence");
        assertThat(document.court()).isEqualTo("Beijing Intellectual Property Court");
        assertThat(document.locale()).isEqualTo(EN);
    }

    @Test
    void anOrderToProduceSpeaksChinese() {
        RulingDocument document = documents.document(granted(ZH), disputeCase);

        assertThat(document.decision()).startsWith("被告方应于2026-12-04届满前提交：Sales ledgers 2024-2025")
                .contains("因提交证据所产生的费用由申请人原告方负担", "查看前须签署保密承诺：是", "仅限指定人员：Li Na", "仅可查看：否")
                .doesNotContain("Respondent", "Claimant", "Yes", "No.", "side.", "{");
        assertThat(document.title()).isEqualTo("责令提交证据裁定书");
        assertThat(document.court()).isEqualTo("北京知识产权法院");
        assertThat(document.locale()).isEqualTo(ZH);
    }

    @Test
    void theCaseGivesTheNumberAndThePartiesOnEachSide() {
        RulingDocument document = documents.document(granted(ZH), disputeCase);

        assertThat(document.caseNumber()).isEqualTo("(2026)京73民初1024号");
        assertThat(document.claimants()).containsExactly("杭州云栈科技有限公司");
        assertThat(document.respondents()).containsExactly("深圳市快购电子商务有限公司", "Shopfront Platform Ltd.");
        assertThat(document.legalBasis()).startsWith("《最高人民法院关于知识产权民事诉讼证据的若干规定》");
    }

    @Test
    void theJudgeIsNamedByDisplayNameWhenTheAccountExistsOtherwiseByLogin() {
        assertThat(documents.document(granted(EN), disputeCase).judge()).isEqualTo("Zhang Ming 张明");

        RulingDraft byUnknown = draft(RulingKind.DISCLOSURE_DENIED, List.of("Sales records",
                new Translatable(DenialGround.UNNECESSARY.messageKey())), "Reasons.", "judge9", EN);
        assertThat(documents.document(byUnknown, disputeCase).judge()).isEqualTo("judge9");
    }

    @Test
    void theDateIsTheDayInTheCourtsZone() {
        assertThat(documents.document(granted(EN), disputeCase).date()).isEqualTo(LocalDate.parse("2026-11-26"));
    }

    @Test
    void theReasonsSplitIntoParagraphsOnBlankLines() {
        String reasons = "\n\nThe records are in the respondent's control.\r\n\r\nThey show\nthe profit.\n   \t\n\n"
                + "第三段。\n\n";
        RulingDraft draft = draft(RulingKind.DISCLOSURE_DENIED, List.of("Sales records",
                new Translatable(DenialGround.IMMATERIAL.messageKey())), reasons, "judge", EN);

        assertThat(documents.document(draft, disputeCase).paragraphs()).containsExactly(
                "The records are in the respondent's control.", "They show\nthe profit.", "第三段。");
    }

    @Test
    void aBurdenRulingNamesBothSidesInTheRulingsLanguage() {
        List<Object> arguments = List.of("The algorithm is a trade secret.", new Translatable(Side.CLAIMANT.messageKey()),
                new Translatable(Side.RESPONDENT.messageKey()), new Translatable("burden.showingsMet"));

        assertThat(documents.document(draft(RulingKind.BURDEN_SHIFTED, arguments, "r", "judge", EN), disputeCase).decision())
                .isEqualTo("On the fact \"The algorithm is a trade secret.\", the burden of proof moves from the Claimant"
                        + " to the Respondent. The linked evidence supports the showings the rule requires.");
        assertThat(documents.document(draft(RulingKind.BURDEN_SHIFTED, arguments, "r", "judge", ZH), disputeCase).decision())
                .isEqualTo("就“The algorithm is a trade secret.”这一事实，举证责任由原告方转由被告方负担。"
                        + "已关联的证据足以支持规则要求的初步证明事项。");
    }

    @Test
    void aPresumptionRulingNamesTheGroundInTheRulingsLanguage() {
        List<Object> arguments = presumptionArguments(NonComplianceGround.DEADLINE_LAPSED);
        String english = documents.document(draft(RulingKind.PRESUMPTION_ASSERTION_ON_MATTER, arguments, "r", "judge", EN),
                disputeCase).decision();
        String chinese = documents.document(draft(RulingKind.PRESUMPTION_ASSERTION_ON_MATTER, arguments, "r", "judge", ZH),
                disputeCase).decision();

        assertThat(english).contains(bundle("messages.properties").getProperty("nonComplianceGround.DEADLINE_LAPSED"),
                "The respondent's profit exceeds CNY 5 million.");
        assertThat(chinese).contains(bundle("messages_zh_CN.properties").getProperty("nonComplianceGround.DEADLINE_LAPSED"),
                "推定申请人就该证据所涉证明事项的主张成立");
    }

    /** CE art. 48 para. 1 reaches the document's content (argument 2), para. 2 the fact (argument 0): never the other. */
    @Test
    void aFindingUnderCe48SaysWhatItsParagraphAllows_CE48() {
        String content = documents.document(draft(RulingKind.PRESUMPTION_DOCUMENT_CONTENT,
                presumptionArguments(NonComplianceGround.REFUSAL), "r", "judge", ZH), disputeCase).decision();
        String fact = documents.document(draft(RulingKind.PRESUMPTION_ASSERTED_FACT,
                presumptionArguments(NonComplianceGround.DESTROYED), "r", "judge", ZH), disputeCase).decision();

        assertThat(content).contains("本院认定申请人所主张的书证内容为真实：Sales ledgers 2024-2025")
                .doesNotContain("The respondent's profit exceeds CNY 5 million.");
        assertThat(fact).contains("毁灭证据", "本院认定申请人主张以该书证证明的事实为真实：The respondent's profit exceeds CNY 5 million.")
                .doesNotContain("Sales ledgers 2024-2025");
    }

    @Test
    void aFindingOnDamagesRefersToTheRightsHoldersClaimAndPresumesNothing_PatentLaw71para4() {
        String english = documents.document(draft(RulingKind.DAMAGES_FOUND,
                presumptionArguments(NonComplianceGround.FALSE_EVIDENCE), "r", "judge", EN), disputeCase).decision();
        String chinese = documents.document(draft(RulingKind.DAMAGES_FOUND,
                presumptionArguments(NonComplianceGround.FALSE_EVIDENCE), "r", "judge", ZH), disputeCase).decision();

        assertThat(english).contains("by reference to the rights holder’s claim and the evidence it provided")
                .doesNotContainIgnoringCase("presum").doesNotContainIgnoringCase("burden");
        assertThat(chinese).contains("其提交虚假证据", "本院参考权利人的主张和提供的证据判定赔偿数额").doesNotContain("推定", "举证责任");
    }

    // ---- every kind, both bundles ----

    @Test
    void everyKindHasATitleAndADecisionInBothLanguages() {
        for (String file : List.of("messages.properties", "messages_zh_CN.properties")) {
            Properties messages = bundle(file);
            for (RulingKind kind : RulingKind.values()) {
                assertThat(messages.getProperty(kind.messageKey())).as(kind.messageKey() + " in " + file).isNotBlank();
                assertThat(messages.getProperty(kind.decisionKey())).as(kind.decisionKey() + " in " + file).isNotBlank();
            }
        }
    }

    @Test
    void everyDecisionUsesExactlyTheArgumentsItIsGivenAndKeepsItsText() {
        assertThat(ARGUMENT_COUNTS).containsOnlyKeys(RulingKind.values());
        for (String file : List.of("messages.properties", "messages_zh_CN.properties")) {
            Properties messages = bundle(file);
            for (RulingKind kind : RulingKind.values()) {
                String pattern = messages.getProperty(kind.decisionKey());
                int count = ARGUMENT_COUNTS.get(kind);
                int highest = -1;
                Matcher placeholder = PLACEHOLDER.matcher(pattern);
                while (placeholder.find()) {
                    highest = Math.max(highest, Integer.parseInt(placeholder.group(1)));
                }
                assertThat(highest).as(kind + " in " + file + ": its last argument").isEqualTo(count - 1);

                Object[] arguments = new Object[count];
                String expected = pattern;
                for (int i = 0; i < count; i++) {
                    arguments[i] = "«" + i + "»";
                    expected = expected.replace("{" + i + "}", "«" + i + "»");
                }
                String formatted = new MessageFormat(pattern, Locale.ROOT).format(arguments);
                assertThat(formatted).as(kind + " in " + file + " (no quote swallowed)").isEqualTo(expected);
                assertThat(PLACEHOLDER.matcher(formatted).find()).as(kind + " in " + file + " has a {n} left").isFalse();
            }
        }
    }

    @Test
    void everyTranslatedArgumentTheServicesPassExistsInBothLanguages() {
        List<String> keys = new ArrayList<>(List.of("yes", "no", "burden.showingsMet", "burden.showingsNotMet",
                "burden.showingsMet.proposalNotBinding", "burden.showingsNotMet.proposalNotBinding"));
        EnumSet.allOf(Side.class).forEach(side -> keys.add(side.messageKey()));
        EnumSet.allOf(DenialGround.class).forEach(ground -> keys.add(ground.messageKey()));
        EnumSet.allOf(NonComplianceGround.class).forEach(ground -> keys.add(ground.messageKey()));
        for (String file : List.of("messages.properties", "messages_zh_CN.properties")) {
            Properties messages = bundle(file);
            for (String key : keys) {
                assertThat(messages.getProperty(key)).as(key + " in " + file).isNotBlank();
            }
        }
    }

    @Test
    void everyKindRendersInBothLanguagesWithNothingLeftUntranslated() {
        for (Locale language : SupportedLocales.ALL) {
            for (RulingKind kind : RulingKind.values()) {
                List<Object> arguments = new ArrayList<>();
                for (int i = 0; i < ARGUMENT_COUNTS.get(kind); i++) {
                    arguments.add(i % 2 == 0 ? "text" + i : new Translatable(Side.RESPONDENT.messageKey()));
                }
                String decision = documents.document(draft(kind, arguments, "r", "judge", language), disputeCase).decision();
                assertThat(decision).as(kind + " in " + language).doesNotContain("side.", "Translatable", "{");
            }
        }
    }

    // ---- fixtures ----

    static RulingDraft granted(Locale language) {
        // as DisclosureWorkflow.grant builds it
        return draft(RulingKind.DISCLOSURE_GRANTED, List.of("Sales records of the pricing engine", "Sales ledgers 2024-2025",
                "2026-12-04", new Translatable(Side.CLAIMANT.messageKey()), new Translatable("yes"), NamedPersons.of(Set.of("counsel")),
                new Translatable("no"), new Translatable(Side.RESPONDENT.messageKey())),
                "The ledgers are in the respondent's control.", "judge", language);
    }

    /** As DisclosureWorkflow builds them for a decision after an order. */
    private static List<Object> presumptionArguments(NonComplianceGround ground) {
        return List.of("The respondent's profit exceeds CNY 5 million.", new Translatable(ground.messageKey()),
                "Sales ledgers 2024-2025", new Translatable(Side.RESPONDENT.messageKey()));
    }

    static RulingDraft draft(RulingKind kind, List<Object> arguments, String reasons, String judge, Locale language) {
        return new RulingDraft(7L, kind, 3L, arguments, reasons, "ipe-24-26@1", judge, DECIDED_AT, language, Side.CLAIMANT);
    }

    /** The claimant applied, for the kinds that concern a disclosure request; a notice goes to it. */
    static RulingDraft draft(RulingKind kind, List<Object> arguments, String legalBasis, String judge, Locale language,
                             Side applicant) {
        return new RulingDraft(7L, kind, 3L, arguments, "r", legalBasis, judge, DECIDED_AT, language, applicant);
    }

    static PdfRulingPrinter documents(Map<String, String> displayNames) {
        PdfRulingPrinter documents = new PdfRulingPrinter();
        Entities.set(documents, "accounts", new AccountsByName(displayNames));
        Entities.set(documents, "rules", new RulesOnFile());
        Entities.set(documents, "planner", new DeadlinePlanner(WorkingCalendar.load(Path.of("config/holidays")),
                ZoneId.of("Asia/Shanghai")));
        return documents;
    }

    static DisputeCase disputeCase() {
        Court court = Entities.instantiate(Court.class);
        Entities.set(court, "id", 1L);
        Entities.set(court, "code", "BJIPC");
        Entities.set(court, "abbreviation", "京73");
        Entities.set(court, "nameEn", "Beijing Intellectual Property Court");
        Entities.set(court, "nameZh", "北京知识产权法院");
        CaseDetails details = new CaseDetails("Pricing algorithm taken by a former employee", IpType.TRADE_SECRET,
                TechnologyArea.RANKING_RECOMMENDATION, "The respondent uses the claimant's pricing algorithm.",
                "Stop the use; damages of CNY 5,000,000.", List.of(
                        new PartyDetails(PartyKind.RIGHTS_HOLDER, "杭州云栈科技有限公司", true),
                        new PartyDetails(PartyKind.MERCHANT, "深圳市快购电子商务有限公司", true),
                        new PartyDetails(PartyKind.PLATFORM_OPERATOR, "Shopfront Platform Ltd.", false),
                        new PartyDetails(PartyKind.DATA_HOLDING_PLATFORM, "Some Data Platform", true)));
        UserAccount filer = account("counsel", "Li Na", Role.COUNSEL);
        DisputeCase disputeCase = DisputeCase.file(details, court, filer, Instant.parse("2026-03-02T02:00:00Z"),
                new DeadlinePlanner(WorkingCalendar.load(Path.of("config/holidays")), ZoneId.of("Asia/Shanghai")));
        Entities.set(disputeCase, "id", 7L);
        Entities.set(disputeCase, "caseNumber", "(2026)京73民初1024号");
        return disputeCase;
    }

    private static UserAccount account(String username, String displayName, Role role) {
        UserAccount account = Entities.instantiate(UserAccount.class);
        Entities.set(account, "id", (long) username.hashCode());
        Entities.set(account, "username", username);
        Entities.set(account, "displayName", displayName);
        Entities.set(account, "roles", EnumSet.of(role));
        Entities.set(account, "enabled", true);
        return account;
    }

    static Properties bundle(String name) {
        Properties properties = new Properties();
        try (InputStream in = PdfRulingPrinterTest.class.getResourceAsStream("/org/evidencedesk/web/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }

    /** The rule files the application reads, without the activations a database would hold. */
    private static final class RulesOnFile extends RuleCatalogue {

        private static final Map<String, RuleSet> BY_KEY = RuleSetFiles.load(Path.of("config/rules")).stream()
                .collect(Collectors.toMap(RuleSet::key, rule -> rule));

        @Override
        public Optional<RuleSet> find(String key) {
            return Optional.ofNullable(BY_KEY.get(key));
        }
    }

    /** The accounts a database would hold, looked up by login; nothing else is asked of it here. */
    private static final class AccountsByName extends UserAccounts {

        private final Map<String, String> displayNames;

        AccountsByName(Map<String, String> displayNames) {
            this.displayNames = displayNames;
        }

        @Override
        public Optional<UserAccount> byUsername(String username) {
            return Optional.ofNullable(displayNames.get(username)).map(name -> account(username, name, Role.JUDGE));
        }
    }
}
