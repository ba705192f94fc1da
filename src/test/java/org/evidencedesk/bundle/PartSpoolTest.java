package org.evidencedesk.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.evidencedesk.shared.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bundle's small files read back from their spool exactly as they went in, whether it is a file or memory. */
class PartSpoolTest {

    @TempDir
    Path temp;

    /** Sizes around the file spool's 64 KiB buffer: empty, small, filling it, past it, and several times it. */
    private static final int[] SIZES = {0, 1, 2_665, 65_535, 65_536, 65_537, 13_276, 300_000, 453, 0, 7};

    @Test
    void everyPieceReadsBackWithItsLengthAndHashInAnyOrder() throws IOException {
        for (PartSpool spool : new PartSpool[] {PartSpool.toFile(temp.resolve("parts.bin")), PartSpool.inMemory()}) {
            Random random = new Random(16);
            List<byte[]> contents = new ArrayList<>();
            List<PartSpool.Piece> pieces = new ArrayList<>();
            for (int size : SIZES) {
                byte[] bytes = new byte[size];
                random.nextBytes(bytes);
                contents.add(bytes);
                pieces.add(spool.append(bytes));
                // The caller may reuse its array once the piece is added.
                random.nextBytes(bytes);
                contents.set(contents.size() - 1, pieces.get(pieces.size() - 1).read());
            }
            for (int i = pieces.size() - 1; i >= 0; i--) {
                PartSpool.Piece piece = pieces.get(i);
                assertThat(piece.length()).isEqualTo(SIZES[i]);
                assertThat(piece.read()).isEqualTo(contents.get(i));
                assertThat(piece.sha256()).isEqualTo(Sha256.of(contents.get(i)));
            }
            spool.delete();
        }
    }

    @Test
    void aPieceAddedAfterAReadIsReadBackToo() throws IOException {
        PartSpool spool = PartSpool.toFile(temp.resolve("parts.bin"));
        PartSpool.Piece first = spool.append(new byte[] {1, 2, 3});
        assertThat(first.read()).containsExactly(1, 2, 3);
        PartSpool.Piece second = spool.append(new byte[] {4, 5});

        assertThat(second.read()).containsExactly(4, 5);
        assertThat(first.read()).containsExactly(1, 2, 3);
        assertThat(second.offset()).isEqualTo(3);
    }

    @Test
    void theHashIsOfTheBytesAddedNotOfTheArrayLater() throws IOException {
        PartSpool spool = PartSpool.inMemory();
        byte[] bytes = {9, 9, 9};
        PartSpool.Piece piece = spool.append(bytes);
        bytes[0] = 0;

        assertThat(piece.sha256()).isEqualTo(Sha256.of(new byte[] {9, 9, 9}));
        assertThat(piece.read()).containsExactly(9, 9, 9);
    }

    @Test
    void deleteRemovesTheFile() throws IOException {
        Path file = temp.resolve("parts.bin");
        PartSpool spool = PartSpool.toFile(file);
        spool.append(new byte[100_000]);
        assertThat(file).exists();

        spool.delete();

        assertThat(file).doesNotExist();
        assertThat(Files.list(temp)).isEmpty();
    }

    @Test
    void aPieceBeyondWhatTheSpoolHoldsIsRefused() throws IOException {
        for (PartSpool spool : new PartSpool[] {PartSpool.toFile(temp.resolve("parts.bin")), PartSpool.inMemory()}) {
            PartSpool.Piece piece = spool.append(new byte[] {1, 2});
            PartSpool.Piece past = new PartSpool.Piece(spool, piece.offset() + 1, 2, piece.sha256());

            assertThatThrownBy(past::read).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holds 2 bytes");
            spool.delete();
        }
    }
}
