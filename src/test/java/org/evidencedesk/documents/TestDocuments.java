package org.evidencedesk.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.evidencedesk.signing.AuthorityRevocationLists;
import org.evidencedesk.signing.AuthorityValidationData;
import org.evidencedesk.signing.BouncyCastleTimestampAuthority;
import org.evidencedesk.signing.FileSerialNumbers;
import org.evidencedesk.signing.InstalledKeys;
import org.evidencedesk.signing.IssuingAuthorities;
import org.evidencedesk.signing.KeysDirectory;
import org.evidencedesk.signing.OcspResponder;
import org.evidencedesk.signing.RevocationRegistry;
import org.evidencedesk.signing.SigningKeys;
import org.evidencedesk.signing.ValidationDataSource;

/**
 * What the document tests share: Debian's WenQuanYi Zen Hei (the default font; the tests fail if it
 * is not installed, as the application would refuse to start) and keys made the way a fresh
 * installation makes them.
 */
final class TestDocuments {

    static final Path FONT_FILE = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
    static final DocumentFont FONT = DocumentFont.at(FONT_FILE);
    /** A folder inside the temporary one: the root goes beside it, in keys-root, and so stays inside it too. */
    private static final Path KEYS_DIRECTORY = temporary("keys").resolve("keys");
    /** The keys and authorities of a fresh installation: root, signing and time-stamping CAs, leaves. */
    static final InstalledKeys INSTALLATION = new KeysDirectory(Clock.systemUTC())
            .loadOrCreateInstallation(KEYS_DIRECTORY, "documents-test".toCharArray());
    static final SigningKeys KEYS = INSTALLATION.keys();

    private TestDocuments() {
    }

    static RulingDocument chineseRuling(List<String> paragraphs) {
        return new RulingDocument("北京知识产权法院", "(2026)京73民初1024号", List.of("杭州云栈科技有限公司"),
                List.of("深圳市快购电子商务有限公司", "Shopfront Platform Ltd."), "关于责令提交证据申请的裁定", "送达：各方当事人", paragraphs,
                "裁定如下：", "准许原告的申请。被告应于本裁定送达之日起七日内提交其2024年度的销售账簿。", "张明", LocalDate.of(2026, 11, 25),
                Locale.SIMPLIFIED_CHINESE,
                "《最高人民法院关于知识产权民事诉讼证据的若干规定》（2020年）第二十四条至第二十六条（规则 ipe-24-26@1）");
    }

    static RulingDocument englishRuling(List<String> paragraphs) {
        return new RulingDocument("Beijing Intellectual Property Court", "(2026)京73民初1024号", List.of("Hangzhou Cloudstack Technology Co., Ltd."),
                List.of("Shenzhen Quickbuy E-commerce Co., Ltd."), "Ruling on the request for disclosure", "To: the parties", paragraphs,
                "The court rules as follows",
                "The request is granted. The respondent shall produce its sales ledgers for 2024 within seven days of service.",
                "Zhang Ming", LocalDate.of(2026, 11, 25), Locale.ENGLISH,
                "SPC Provisions on Evidence in Intellectual Property Civil Litigation (2020), arts. 24–26 (rule ipe-24-26@1)");
    }

    static PadesSigner signer(Clock clock, boolean timestamped) {
        return new PadesSigner(KEYS.signing(), clock, timestamped
                ? Optional.of(new BouncyCastleTimestampAuthority(KEYS.timestamping(),
                        new FileSerialNumbers(temporary("serials").resolve("serial"), clock), clock))
                : Optional.empty());
    }

    /**
     * The installation's own validation data, as the application wires it: OCSP answers from the issuing CAs, the
     * root's CRL as published in the keys folder, revocations kept in {@code revocations}.
     */
    static ValidationDataSource validationData(Clock clock, RevocationRegistry revocations) {
        IssuingAuthorities authorities = INSTALLATION.authorities();
        return new AuthorityValidationData(authorities, new OcspResponder(authorities, revocations, clock),
                new AuthorityRevocationLists(authorities, revocations, KEYS_DIRECTORY.resolve(KeysDirectory.ROOT_CRL_FILE), clock));
    }

    private static Path temporary(String name) {
        try {
            Path directory = Files.createTempDirectory("evidencedesk-documents-" + name);
            directory.toFile().deleteOnExit();
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
