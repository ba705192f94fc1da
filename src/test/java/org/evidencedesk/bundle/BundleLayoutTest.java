package org.evidencedesk.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class BundleLayoutTest {

    @Test
    void evidenceNamesAreReadableSafeAndUnique() {
        BundleLayout.EvidenceNames names = new BundleLayout.EvidenceNames();

        assertThat(names.name("P-001", "Screenshot of the listing", "shot.PNG")).isEqualTo("P-001 - Screenshot of the listing.png");
        assertThat(names.name("P-001", "Screenshot of the listing", "other.png")).isEqualTo("P-001 - Screenshot of the listing (2).png");
        assertThat(names.name("P-002", "../../etc/passwd\u0000 a\\b: c*?\"<>|", "x.txt"))
                .isEqualTo("P-002 - _.._etc_passwd_ a_b_ c______.txt").doesNotContain("/");
        assertThat(names.name("P-003", "...", "no-extension")).isEqualTo("P-003 - evidence");
        assertThat(names.name("P-004", "店".repeat(300), "a.very-long-extension!")).hasSize("P-004 - ".length() + BundleLayout.TITLE_LENGTH);
        assertThat(names.name("P-005", "tabs\tand\nlines", "a.tar.gz")).isEqualTo("P-005 - tabs_and_lines.gz");
    }

    @Test
    void theManifestPercentEncodesNamesAndReadsThemBack() throws IOException {
        AsicManifest manifest = new AsicManifest(BundleLayout.SIGNATURE, List.of(
                new AsicManifest.Reference("P-001 - 店铺 & \"quoted\" 100%.png", "image/png", new byte[32]),
                new AsicManifest.Reference("items/P-001.tsr", "application/timestamp-reply", new byte[] {1, 2, 3})));
        String xml = new String(manifest.toXml(), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(xml).contains("URI=\"P-001%20-%20%E5%BA%97%E9%93%BA%20%26%20%22quoted%22%20100%25.png\"",
                "URI=\"META-INF/signature001.p7s\" MimeType=\"application/x-pkcs7-signature\"",
                "xmlns:asic=\"http://uri.etsi.org/02918/v1.2.1#\"", "<ds:DigestValue>AQID</ds:DigestValue>");
        AsicManifest read = AsicManifest.parse(manifest.toXml());
        assertThat(read.signature()).isEqualTo(BundleLayout.SIGNATURE);
        assertThat(read.references()).extracting(AsicManifest.Reference::name)
                .containsExactly("P-001 - 店铺 & \"quoted\" 100%.png", "items/P-001.tsr");
    }

    @Test
    void aManifestWithADoctypeIsRefused() {
        byte[] hostile = ("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<asic:ASiCManifest xmlns:asic=\"http://uri.etsi.org/02918/v1.2.1#\">&e;</asic:ASiCManifest>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AsicManifest.parse(hostile)).isInstanceOf(IOException.class)
                .hasMessageContaining("not well-formed");
    }

    @Test
    void aNameIsPercentEncodedInTheManifestExactlyWhereItMustBe() {
        String plain = "items/P-001-receipt.json.p7s";
        assertThat(AsicManifest.uri(plain)).as("nothing to encode: the name itself").isSameAs(plain);
        assertThat(AsicManifest.uri("A-z_0.9~/")).isEqualTo("A-z_0.9~/");
        assertThat(AsicManifest.uri("a b")).isEqualTo("a%20b");
        assertThat(AsicManifest.uri("evidence/证.png")).isEqualTo("evidence/%E8%AF%81.png");
        assertThat(AsicManifest.uri("100%&\"<>")).isEqualTo("100%25%26%22%3C%3E");
    }
}
