package org.evidencedesk.documents;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.evidencedesk.disclosure.DenialGround;
import org.evidencedesk.disclosure.DisclosureStatus;
import org.evidencedesk.dispute.DisputeCase;
import org.evidencedesk.dispute.Side;
import org.evidencedesk.ruling.DocumentForm;
import org.evidencedesk.ruling.NamedPersons;
import org.evidencedesk.ruling.Ruling;
import org.evidencedesk.ruling.RulingDraft;
import org.evidencedesk.ruling.RulingKind;
import org.evidencedesk.shared.Translatable;
import org.evidencedesk.shared.config.SupportedLocales;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.evidencedesk.documents.PdfRulingPrinterTest.bundle;
import static org.evidencedesk.documents.PdfRulingPrinterTest.draft;
import static org.evidencedesk.documents.PdfRulingPrinterTest.granted;

/**
 * Each court document in the form the law gives it (issue 12, points 14 and 15): a grant is a 裁定书 (IPE art. 24),
 * a denial a notice to the applicant (CE art. 46 para. 3), the burden a 举证通知书 (CE art. 50), a presumption the
 * judge's recorded finding (CE art. 48, IPE art. 25); the legal basis names the statute, year and article.
 */
class CourtDocumentFormsTest {

    private static final Locale EN = SupportedLocales.ENGLISH;
    private static final Locale ZH = SupportedLocales.SIMPLIFIED_CHINESE;
    private static final Path FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

    private final PdfRulingPrinter documents = PdfRulingPrinterTest.documents(
            Map.of("judge", "Zhang Ming 张明", "counsel", "Li Na", "counsel2", "王芳"));
    private final DisputeCase disputeCase = PdfRulingPrinterTest.disputeCase();

    // ---- the form of each kind ----

    @Test
    void grantingADisclosureOrderIsARuling_IPE24() {
        RulingDocument chinese = documents.document(granted(ZH), disputeCase);
        RulingDocument english = documents.document(granted(EN), disputeCase);

        assertThat(RulingKind.DISCLOSURE_GRANTED.form()).isEqualTo(DocumentForm.RULING);
        assertThat(chinese.title()).isEqualTo("责令提交证据裁定书");
        assertThat(chinese.operativeHeading()).isEqualTo("裁定如下：");
        assertThat(chinese.addressee()).isEqualTo("送达：各方当事人");
        assertThat(english.title()).startsWith("Ruling");
        assertThat(english.operativeHeading()).isEqualTo("The court rules as follows");
    }

    @Test
    void denyingADisclosureRequestIsANoticeToTheApplicant_CE46() {
        RulingDocument chinese = documents.document(denied(ZH, Side.CLAIMANT), disputeCase);

        assertThat(RulingKind.DISCLOSURE_DENIED.form()).isEqualTo(DocumentForm.NOTICE);
        assertThat(chinese.title()).isEqualTo("不予准许责令提交证据申请通知书").doesNotContain("裁定", "书证提出命令");
        assertThat(chinese.addressee()).isEqualTo("致申请人：杭州云栈科技有限公司");
        assertThat(chinese.operativeHeading()).isEqualTo("现通知如下：");
        assertThat(chinese.decision()).contains("不予准许").doesNotContain("裁定", "驳回");
    }

    @Test
    void aNoticeGoesToWhicheverSideApplied_CE46() {
        RulingDocument english = documents.document(denied(EN, Side.RESPONDENT), disputeCase);

        assertThat(english.addressee()).isEqualTo("To the applicant: 深圳市快购电子商务有限公司, Shopfront Platform Ltd.");
        assertThat(english.title()).startsWith("Notice").doesNotContainIgnoringCase("ruling");
        assertThat(english.operativeHeading()).isEqualTo("The court notifies the applicant as follows");
    }

    @Test
    void aNoticeWithoutItsApplicantCannotBeDrafted_CE46() {
        assertThatThrownBy(() -> new RulingDraft(7L, RulingKind.DISCLOSURE_DENIED, 3L, List.of("Sales records",
                new Translatable(DenialGround.UNNECESSARY.messageKey())), "r", "ce-45-48@1", "judge", Instant.EPOCH, ZH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("applicant");
    }

    @Test
    void theBurdenOfProofIsNotifiedInANoticeOnProducingEvidence_CE50() {
        List<Object> arguments = List.of("The algorithm is a trade secret.", new Translatable(Side.CLAIMANT.messageKey()),
                new Translatable(Side.RESPONDENT.messageKey()), new Translatable("burden.showingsMet"));
        for (RulingKind kind : List.of(RulingKind.BURDEN_SHIFTED, RulingKind.BURDEN_NOT_SHIFTED)) {
            RulingDocument chinese = documents.document(draft(kind, arguments, "r", "judge", ZH), disputeCase);

            assertThat(kind.form()).isEqualTo(DocumentForm.EVIDENCE_NOTICE);
            assertThat(chinese.title()).as(kind.name()).startsWith("举证通知书").doesNotContain("裁定");
            assertThat(chinese.operativeHeading()).isEqualTo("现将举证责任的分配通知如下：");
            assertThat(chinese.addressee()).isEqualTo("致：各方当事人");
        }
    }

    @Test
    void aPresumptionIsTheJudgesRecordedFindingForTheJudgment_CE48_IPE25() {
        List<Object> arguments = List.of("The respondent's profit exceeds CNY 5 million.",
                new Translatable(DisclosureStatus.DEADLINE_LAPSED.messageKey()));
        for (RulingKind kind : List.of(RulingKind.PRESUMPTION_APPLIED, RulingKind.PRESUMPTION_NOT_APPLIED)) {
            RulingDocument chinese = documents.document(draft(kind, arguments, "r", "judge", ZH), disputeCase);
            RulingDocument english = documents.document(draft(kind, arguments, "r", "judge", EN), disputeCase);

            assertThat(kind.form()).isEqualTo(DocumentForm.FINDING);
            assertThat(chinese.title()).as(kind.name()).endsWith("认定告知书").doesNotContain("裁定");
            assertThat(chinese.operativeHeading()).startsWith("本院认定如下").contains("于裁判时一并采用");
            assertThat(chinese.addressee()).isEqualTo("告知：各方当事人");
            assertThat(english.title()).startsWith("Recorded finding").doesNotContainIgnoringCase("ruling");
            assertThat(english.operativeHeading()).contains("recorded for the judgment");
        }
    }

    @Test
    void onlyAKindInTheFormOfARulingIsTitledAsOne() {
        Properties chinese = bundle("messages_zh_CN.properties");
        Properties english = bundle("messages.properties");
        for (RulingKind kind : RulingKind.values()) {
            boolean ruling = kind.form() == DocumentForm.RULING;
            assertThat(chinese.getProperty(kind.messageKey()).contains("裁定")).as(kind + " in Chinese").isEqualTo(ruling);
            assertThat(english.getProperty(kind.messageKey()).toLowerCase(Locale.ROOT).contains("ruling"))
                    .as(kind + " in English").isEqualTo(ruling);
        }
    }

    @Test
    void everyKindDeclaresAFormWhoseNameItsTitleCarriesInBothLanguages() {
        for (String file : List.of("messages.properties", "messages_zh_CN.properties")) {
            Properties messages = bundle(file);
            for (RulingKind kind : RulingKind.values()) {
                assertThat(kind.form()).as(kind + " declares its form").isNotNull();
                String name = messages.getProperty(kind.form().nameKey());
                assertThat(messages.getProperty(kind.messageKey())).as(kind + " in " + file).contains(name);
            }
        }
    }

    @Test
    void everyFormHasItsNameAddresseeAndHeadingInBothLanguages() {
        for (String file : List.of("messages.properties", "messages_zh_CN.properties")) {
            Properties messages = bundle(file);
            for (DocumentForm form : DocumentForm.values()) {
                assertThat(messages.getProperty(form.nameKey())).as(form.nameKey() + " in " + file).isNotBlank();
                assertThat(messages.getProperty(form.headingKey())).as(form.headingKey() + " in " + file).isNotBlank();
                assertThat(messages.getProperty(form.addresseeKey())).as(form.addresseeKey() + " in " + file)
                        .isNotBlank().matches(form.addressedToApplicant() ? ".*\\{0\\}.*" : "[^{]*");
            }
        }
    }

    // ---- the legal basis and the persons named ----

    @Test
    void theLegalBasisPrintsTheStatutesNameYearAndArticleThenTheRuleId() {
        assertThat(documents.document(granted(ZH), disputeCase).legalBasis())
                .isEqualTo("《最高人民法院关于知识产权民事诉讼证据的若干规定》（2020年）第二十四条至第二十六条（规则 ipe-24-26@1）");
        assertThat(documents.document(granted(EN), disputeCase).legalBasis())
                .isEqualTo("SPC Provisions on Evidence in Intellectual Property Civil Litigation (2020), arts. 24–26"
                        + " (rule ipe-24-26@1)");
        RulingDraft underCe = draft(RulingKind.DISCLOSURE_DENIED, List.of("Sales records",
                new Translatable(DenialGround.UNNECESSARY.messageKey())), "ce-45-48@1", "judge", ZH, Side.CLAIMANT);
        assertThat(documents.document(underCe, disputeCase).legalBasis())
                .startsWith("《最高人民法院关于民事诉讼证据的若干规定》（2019年修正）第四十五条至第四十八条").endsWith("（规则 ce-45-48@1）");
    }

    @Test
    void aRuleNoFileKnowsIsPrintedAsItsIdRatherThanRefused() {
        RulingDraft draft = draft(RulingKind.DISCLOSURE_GRANTED, granted(EN).decisionArguments(), "retired-rule@3", "judge",
                EN, Side.CLAIMANT);

        assertThat(documents.document(draft, disputeCase).legalBasis()).isEqualTo("retired-rule@3");
    }

    @Test
    void theSignedPdfPrintsTheStatuteTheFormAndTheApplicant() throws IOException {
        RulingDocument notice = documents.document(draft(RulingKind.DISCLOSURE_DENIED, List.of("销售账簿",
                new Translatable(DenialGround.UNNECESSARY.messageKey())), "ce-45-48@1", "judge", ZH, Side.CLAIMANT), disputeCase);

        String text;
        try (PDDocument pdf = Loader.loadPDF(new RulingPdf(DocumentFont.at(FONT)).render(notice))) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s", "");
        }

        assertThat(text).contains("不予准许责令提交证据申请通知书", "致申请人：杭州云栈科技有限公司", "现通知如下：",
                "《最高人民法院关于民事诉讼证据的若干规定》（2019年修正）第四十五条至第四十八条", "（规则ce-45-48@1）")
                .doesNotContain("裁定如下");
    }

    @Test
    void namedPersonsAppearByTheirNamesNotTheirLogins() {
        RulingDocument english = documents.document(grantedTo(EN, Set.of("counsel2", "counsel")), disputeCase);
        RulingDocument chinese = documents.document(grantedTo(ZH, Set.of("counsel2", "counsel", "gone")), disputeCase);
        RulingDocument nobody = documents.document(grantedTo(EN, Set.of()), disputeCase);

        assertThat(english.decision()).contains("Named persons only: Li Na, 王芳.").doesNotContain("counsel");
        assertThat(chinese.decision()).as("a login without an account stays a login")
                .contains("仅限指定人员：Li Na、王芳、gone。");
        assertThat(nobody.decision()).contains("Named persons only: —.");
    }

    private static RulingDraft denied(Locale language, Side applicant) {
        // as DisclosureWorkflow.deny builds it
        return draft(RulingKind.DISCLOSURE_DENIED, List.of("Sales records",
                new Translatable(DenialGround.UNNECESSARY.messageKey())), "ce-45-48@1", "judge", language, applicant);
    }

    private static RulingDraft grantedTo(Locale language, Set<String> namedPersons) {
        List<Object> arguments = new ArrayList<>(granted(language).decisionArguments());
        arguments.set(5, NamedPersons.of(namedPersons));
        return draft(RulingKind.DISCLOSURE_GRANTED, arguments, "ipe-24-26@1", "judge", language, Side.CLAIMANT);
    }
}
