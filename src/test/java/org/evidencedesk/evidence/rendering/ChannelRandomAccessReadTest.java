package org.evidencedesk.evidence.rendering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Random;
import org.apache.pdfbox.io.RandomAccessReadView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stored content read at any position through the window PDFBox and ImageIO read it with. */
class ChannelRandomAccessReadTest {

    /** Larger than three windows, and not a multiple of one. */
    private static final byte[] CONTENT = new byte[200_003];

    static {
        new Random(17).nextBytes(CONTENT);
    }

    @TempDir
    Path temp;

    @Test
    void byteByByteAndInBlocksItReadsTheContentExactlyAcrossWindows() throws IOException {
        try (SeekableByteChannel channel = channel(); ChannelRandomAccessRead content = new ChannelRandomAccessRead(channel)) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            for (int value; (value = content.read()) >= 0; ) {
                bytes.write(value);
            }
            assertThat(bytes.toByteArray()).isEqualTo(CONTENT);
            assertThat(content.isEOF()).isTrue();

            content.seek(0);
            ByteArrayOutputStream blocks = new ByteArrayOutputStream();
            byte[] block = new byte[7_001];
            for (int read; (read = content.read(block, 0, block.length)) > 0; ) {
                blocks.write(block, 0, read);
            }
            assertThat(blocks.toByteArray()).isEqualTo(CONTENT);
        }
    }

    @Test
    void itJumpsBackAndForthAsAPdfParserDoes() throws IOException {
        try (SeekableByteChannel channel = channel(); ChannelRandomAccessRead content = new ChannelRandomAccessRead(channel)) {
            for (long position : new long[] {199_000, 5, 65_535, 65_536, 131_071, 0, 200_002}) {
                content.seek(position);
                assertThat(content.read()).as("byte at %d", position).isEqualTo(CONTENT[(int) position] & 0xff);
                assertThat(content.getPosition()).isEqualTo(position + 1);
            }
            content.seek(70_000);
            content.rewind(10);
            assertThat(content.peek()).isEqualTo(CONTENT[69_990] & 0xff);
            assertThat(content.getPosition()).isEqualTo(69_990);
        }
    }

    @Test
    void theEndAndBeyondReadNothingAndNegativePositionsAreRefused() throws IOException {
        try (SeekableByteChannel channel = channel(); ChannelRandomAccessRead content = new ChannelRandomAccessRead(channel)) {
            content.seek(1_000_000);
            assertThat(content.read()).isEqualTo(-1);
            assertThat(content.read(new byte[10], 0, 10)).isEqualTo(-1);
            assertThat(content.length()).isEqualTo(CONTENT.length);
            assertThatThrownBy(() -> content.seek(-1)).isInstanceOf(IOException.class);
        }
    }

    @Test
    void aViewReadsItsPartOnlyAndClosingLeavesTheChannelToItsOwner() throws IOException {
        try (SeekableByteChannel channel = channel()) {
            ChannelRandomAccessRead content = new ChannelRandomAccessRead(channel);
            RandomAccessReadView view = content.createView(100_000, 5);
            byte[] read = new byte[10];
            assertThat(view.read(read, 0, 10)).isEqualTo(5);
            assertThat(Arrays.copyOf(read, 5)).isEqualTo(Arrays.copyOfRange(CONTENT, 100_000, 100_005));

            content.close();
            assertThat(content.isClosed()).isTrue();
            assertThatThrownBy(content::read).isInstanceOf(IOException.class);
            assertThat(channel.isOpen()).isTrue();
        }
    }

    private SeekableByteChannel channel() throws IOException {
        Path file = Files.write(temp.resolve("content.bin"), CONTENT);
        return Files.newByteChannel(file, StandardOpenOption.READ);
    }
}
