package org.evidencedesk.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class LineBreakerTest {

    /** A monospaced measure: Latin one unit, CJK two, as in most CJK fonts. */
    private static final TextWidth UNITS = text -> (float) text.codePoints().map(c -> LineBreaker.isWide(c) ? 2 : 1).sum();

    @Test
    void latinBreaksBetweenWords() {
        assertThat(LineBreaker.lines("the quick brown fox jumps", 10, UNITS)).containsExactly("the quick", "brown fox", "jumps");
    }

    @Test
    void chineseBreaksBetweenAnyTwoCharacters() {
        List<String> lines = LineBreaker.lines("被告应于本裁定送达之日起七日内提交账簿", 10, UNITS);

        assertThat(lines).containsExactly("被告应于本", "裁定送达之", "日起七日内", "提交账簿");
    }

    @Test
    void noLineStartsWithClosingOrEndsWithOpeningPunctuation() {
        List<String> lines = LineBreaker.lines("甲乙丙丁，戊己（庚辛）壬癸。", 8, UNITS);

        assertThat(lines).allSatisfy(line -> {
            assertThat(line).doesNotStartWith("，").doesNotStartWith("。").doesNotStartWith("）");
            assertThat(line).doesNotEndWith("（");
        });
        assertThat(String.join("", lines)).isEqualTo("甲乙丙丁，戊己（庚辛）壬癸。");
    }

    @Test
    void aWordWiderThanTheLineIsBrokenBetweenCharacters() {
        String sha256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

        List<String> lines = LineBreaker.lines("SHA-256 " + sha256 + " end", 20, UNITS);

        assertThat(lines).containsExactly("SHA-256", "9f86d081884c7d659a2f", "eaa0c55ad015a3bf4f1b", "2b0b822cd15d6c15b0f0",
                "0a08 end");
    }

    @Test
    void mixedTextKeepsNumbersAndLatinWordsWhole() {
        assertThat(LineBreaker.tokens("(2026)京73民初12号 Shopfront Ltd."))
                .containsExactly("(2026)", "京", "73", "民", "初", "12", "号 ", "Shopfront ", "Ltd.");
    }

    @Test
    void newlinesForceBreaksAndBlankLinesStay() {
        assertThat(LineBreaker.lines("Exhibit\n证据编号\n\nend", 100, UNITS)).containsExactly("Exhibit", "证据编号", "", "end");
    }

    @Test
    void noLineIsWiderThanTheMeasure() {
        String text = "Hangzhou Cloudstack Technology Co., Ltd. 诉深圳市快购电子商务有限公司侵害技术秘密纠纷一案，"
                + "原告于2026年11月1日申请责令被告提交其销售账簿。";
        for (int width = 4; width < 40; width++) {
            for (String line : LineBreaker.lines(text, width, UNITS)) {
                assertThat(UNITS.of(line)).as("'%s' at %d", line, width).isLessThanOrEqualTo(width);
            }
        }
    }

    /** Nothing below U+1100, which isWide answers without a lookup, is of a wide script or in a wide block. */
    @Test
    void noCharacterBelowHangulJamoIsWide() {
        for (int codePoint = 0; codePoint < 0x1100; codePoint++) {
            assertThat(Character.UnicodeScript.of(codePoint)).as("U+%04X", codePoint).isNotIn(Character.UnicodeScript.HAN,
                    Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA, Character.UnicodeScript.HANGUL);
            assertThat(Character.UnicodeBlock.of(codePoint)).as("U+%04X", codePoint).isNotIn(
                    Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION, Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS,
                    Character.UnicodeBlock.GENERAL_PUNCTUATION);
        }
        assertThat(LineBreaker.isWide(0x1100)).as("Hangul Jamo").isTrue();
        assertThat(LineBreaker.isWide('a')).isFalse();
    }

    /**
     * The same lines, to the character, as the breaker that built them a character at a time ({@link CharacterLineBreaker}),
     * on random text of every kind it treats apart (words, spaces, hashes, Han, both kinds of punctuation, newlines,
     * characters outside the Basic Multilingual Plane), with whole-unit widths and with the document font's.
     */
    @Test
    void breaksEveryTextAsTheCharacterByCharacterBreakerDid() throws IOException {
        String[] pieces = {"a", "Shop", "front", " ", "  ", "\t", "\n", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b", "-", "被", "告",
            "，", "。", "（", "）", "“", "”", "(", ")", "2026", "😀", "𠀀", "\u3000", "ｱ", "한"};
        Random random = new Random(23);
        try (PDDocument document = new PDDocument(); EmbeddedFont font = TestDocuments.FONT.embedIn(document)) {
            TextWidth fontWidths = font.at(7f);
            for (int text = 0; text < 2_000; text++) {
                StringBuilder built = new StringBuilder();
                for (int piece = random.nextInt(30); piece > 0; piece--) {
                    built.append(pieces[random.nextInt(pieces.length)]);
                }
                String printable = font.printable(built.toString());
                for (float width : new float[] {1, 3, 7.5f, 20, 80}) {
                    assertThat(LineBreaker.lines(built.toString(), width, UNITS)).as("'%s' at %s units", built, width)
                            .isEqualTo(CharacterLineBreaker.lines(built.toString(), width, UNITS));
                    assertThat(LineBreaker.lines(printable, width * 3, fontWidths)).as("'%s' at %s points", printable, width * 3)
                            .isEqualTo(CharacterLineBreaker.lines(printable, width * 3, fontWidths));
                }
                assertThat(LineBreaker.tokens(built.toString())).isEqualTo(CharacterLineBreaker.tokens(built.toString()));
            }
        }
    }
}
