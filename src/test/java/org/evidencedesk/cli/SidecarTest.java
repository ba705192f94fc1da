package org.evidencedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The metadata sidecar, as CSV or JSON, becomes each file's metadata JSON as the submission API takes it. */
class SidecarTest {

    @TempDir
    Path folder;

    @Test
    void aCsvRowBecomesTheMetadataJsonWithItsCollectionRecord() throws IOException {
        Sidecar sidecar = Sidecar.read(write("meta.csv", """
                file,title,fact,confidentiality,source,method,collector,tool,capturedAt,certificateReference
                a.txt,Screenshot of the listing,The respondent offered the product,PARTIES,https://shop.example/1,screen capture,Li Wei,Chrome 120,2026-11-01T08:00:00Z,
                """));

        JsonNode metadata = sidecar.metadataFor("a.txt").orElseThrow();

        assertThat(metadata.get("title").asText()).isEqualTo("Screenshot of the listing");
        assertThat(metadata.get("factToProve").asText()).isEqualTo("The respondent offered the product");
        assertThat(metadata.get("confidentiality").asText()).isEqualTo("PARTIES");
        assertThat(metadata.at("/collection/source").asText()).isEqualTo("https://shop.example/1");
        assertThat(metadata.at("/collection/tool").asText()).isEqualTo("Chrome 120");
        assertThat(metadata.at("/collection/capturedAt").asText()).isEqualTo("2026-11-01T08:00:00Z");
        assertThat(metadata.at("/collection").has("certificateReference")).as("an empty cell is left out").isFalse();
    }

    @Test
    void quotedCellsKeepCommasQuotesLineBreaksAndChinese() throws IOException {
        Sidecar sidecar = Sidecar.read(write("meta.csv", "\uFEFFfile,title,fact,confidentiality\r\n"
                + "\"b, c.txt\",\"He said \"\"no\"\"\",\"两行\n事实\",COUNSEL_ONLY\r\n"));

        JsonNode metadata = sidecar.metadataFor("b, c.txt").orElseThrow();

        assertThat(metadata.get("title").asText()).isEqualTo("He said \"no\"");
        assertThat(metadata.get("factToProve").asText()).isEqualTo("两行\n事实");
        assertThat(metadata.has("collection")).isFalse();
    }

    @Test
    void aFileInASubfolderIsFoundByItsRelativePathOrElseByItsName() throws IOException {
        Sidecar sidecar = Sidecar.read(write("meta.csv", """
                file,title,fact,confidentiality
                day1/a.txt,First,Fact one,PARTIES
                b.txt,Second,Fact two,PARTIES
                """));

        assertThat(sidecar.metadataFor("day1/a.txt").orElseThrow().get("title").asText()).isEqualTo("First");
        assertThat(sidecar.metadataFor("day2/b.txt").orElseThrow().get("title").asText()).isEqualTo("Second");
        assertThat(sidecar.metadataFor("day2/a.txt")).isEmpty();
    }

    @Test
    void aJsonSidecarIsAnObjectKeyedByFileNameHoldingTheMetadataJson() throws IOException {
        Sidecar sidecar = Sidecar.read(write("meta.json", """
                {"a.txt": {"title": "First", "factToProve": "Fact", "confidentiality": "PARTIES",
                           "collection": {"collector": "Li Wei"}}}
                """));

        JsonNode metadata = sidecar.metadataFor("a.txt").orElseThrow();

        assertThat(metadata.at("/collection/collector").asText()).isEqualTo("Li Wei");
        assertThat(sidecar.metadataFor("b.txt")).isEmpty();
    }

    @Test
    void anUnknownColumnIsRefusedRatherThanSilentlyDropped() throws IOException {
        Path csv = write("meta.csv", "file,title,fakt\na.txt,First,Fact\n");

        assertThatThrownBy(() -> Sidecar.read(csv)).isInstanceOf(CommandFailure.class)
                .satisfies(e -> assertThat(((CommandFailure) e).phrase().key()).isEqualTo("cli.sidecar.unknownColumn"))
                .satisfies(e -> assertThat(((CommandFailure) e).phrase().arguments()).contains("fakt"));
    }

    @Test
    void aFileNamedTwiceIsRefused() throws IOException {
        Path csv = write("meta.csv", "file,title\na.txt,First\na.txt,Again\n");

        assertThatThrownBy(() -> Sidecar.read(csv)).isInstanceOf(CommandFailure.class)
                .satisfies(e -> assertThat(((CommandFailure) e).phrase().key()).isEqualTo("cli.sidecar.duplicate"));
    }

    @Test
    void aCsvWithoutAFileColumnOrWithARaggedRowIsRefused() throws IOException {
        Path noFile = write("no-file.csv", "title,fact\nFirst,Fact\n");
        Path ragged = write("ragged.csv", "file,title\na.txt,First,extra\n");

        assertThatThrownBy(() -> Sidecar.read(noFile))
                .satisfies(e -> assertThat(((CommandFailure) e).phrase().key()).isEqualTo("cli.sidecar.noFileColumn"));
        assertThatThrownBy(() -> Sidecar.read(ragged))
                .satisfies(e -> assertThat(((CommandFailure) e).phrase().key()).isEqualTo("cli.sidecar.row"));
    }

    @Test
    void aJsonSidecarThatIsNotAnObjectOfObjectsIsRefused() throws IOException {
        Path list = write("meta.json", "[{\"title\": \"First\"}]");

        assertThatThrownBy(() -> Sidecar.read(list))
                .satisfies(e -> assertThat(((CommandFailure) e).phrase().key()).isEqualTo("cli.sidecar.json"));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }
}
