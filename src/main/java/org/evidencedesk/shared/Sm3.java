package org.evidencedesk.shared;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Objects;

/**
 * SM3 (GB/T 32905-2016), the Chinese national hash every item is named by beside SHA-256.
 *
 * <p>Written here rather than taken from Bouncy Castle because intake hashes every byte of a 2 GiB upload with it:
 * Bouncy Castle's digest takes about twice the time of {@code openssl dgst -sm3}, and SM3 was the long pole of
 * intake. This one compresses whole blocks straight from the caller's array: the message expansion written out,
 * the rounds four to a loop step with the registers renamed instead of moved, so a round is a handful of int
 * operations. It is not unrolled further on purpose: HotSpot does not compile a method of more than 8,000 bytes of
 * bytecode, and all 64 rounds written out exceed that (the method then runs interpreted, a hundred times slower).
 * Nothing is allocated per block.
 *
 * <p>Not thread-safe; {@link #digest()} resets it for reuse.
 */
public final class Sm3 {

    /** Bytes in a digest. */
    public static final int DIGEST_LENGTH = 32;

    private static final int BLOCK_LENGTH = 64;

    private static final VarHandle BIG_ENDIAN_INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

    private static final VarHandle BIG_ENDIAN_LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    /** T_j rotated left by j mod 32, the constant round j adds (section 5.3.3). */
    private static final int[] ROUND_CONSTANTS = new int[64];

    static {
        for (int j = 0; j < 64; j++) {
            ROUND_CONSTANTS[j] = Integer.rotateLeft(j < 16 ? 0x79cc4519 : 0x7a879d8a, j % 32);
        }
    }

    private int v0;
    private int v1;
    private int v2;
    private int v3;
    private int v4;
    private int v5;
    private int v6;
    private int v7;

    /** The tail of the input that does not yet fill a block. */
    private final byte[] pending = new byte[BLOCK_LENGTH];

    private int pendingLength;

    /** W_0..W_67 of the block being compressed, reused for every block. */
    private final int[] words = new int[68];

    private long length;

    public Sm3() {
        reset();
    }

    /** The SM3 of {@code bytes}. */
    public static byte[] of(byte[] bytes) {
        Sm3 sm3 = new Sm3();
        sm3.update(bytes, 0, bytes.length);
        return sm3.digest();
    }

    /** Starts over, as if newly made. */
    public void reset() {
        v0 = 0x7380166f;
        v1 = 0x4914b2b9;
        v2 = 0x172442d7;
        v3 = 0xda8a0600;
        v4 = 0xa96f30bc;
        v5 = 0x163138aa;
        v6 = 0xe38dee4d;
        v7 = 0xb0fb0e4e;
        pendingLength = 0;
        length = 0;
    }

    public void update(byte[] input, int offset, int count) {
        Objects.checkFromIndexSize(offset, count, input.length);
        length += count;
        int position = offset;
        int end = offset + count;
        if (pendingLength > 0) {
            int taken = Math.min(BLOCK_LENGTH - pendingLength, count);
            System.arraycopy(input, position, pending, pendingLength, taken);
            pendingLength += taken;
            position += taken;
            if (pendingLength < BLOCK_LENGTH) {
                return;
            }
            compress(pending, 0);
            pendingLength = 0;
        }
        while (end - position >= BLOCK_LENGTH) {
            compress(input, position);
            position += BLOCK_LENGTH;
        }
        if (position < end) {
            System.arraycopy(input, position, pending, 0, end - position);
            pendingLength = end - position;
        }
    }

    /** Finishes the digest (padding and length as GB/T 32905 section 5.2 prescribes), returns it, and resets. */
    public byte[] digest() {
        byte[] result = new byte[DIGEST_LENGTH];
        digest(result, 0);
        return result;
    }

    /** As {@link #digest()}, writing the 32 bytes into {@code output} at {@code offset}. */
    public void digest(byte[] output, int offset) {
        Objects.checkFromIndexSize(offset, DIGEST_LENGTH, output.length);
        long bits = length << 3;
        pending[pendingLength++] = (byte) 0x80;
        if (pendingLength > BLOCK_LENGTH - Long.BYTES) {
            Arrays.fill(pending, pendingLength, BLOCK_LENGTH, (byte) 0);
            compress(pending, 0);
            pendingLength = 0;
        }
        Arrays.fill(pending, pendingLength, BLOCK_LENGTH - Long.BYTES, (byte) 0);
        BIG_ENDIAN_LONG.set(pending, BLOCK_LENGTH - Long.BYTES, bits);
        compress(pending, 0);
        int[] state = {v0, v1, v2, v3, v4, v5, v6, v7};
        for (int i = 0; i < state.length; i++) {
            BIG_ENDIAN_INT.set(output, offset + 4 * i, state[i]);
        }
        reset();
    }

    private static int p0(int x) {
        return x ^ Integer.rotateLeft(x, 9) ^ Integer.rotateLeft(x, 17);
    }

    private static int p1(int x) {
        return x ^ Integer.rotateLeft(x, 15) ^ Integer.rotateLeft(x, 23);
    }

    /**
     * One compression (GB/T 32905 section 5.3.3) of the 64 bytes at {@code offset}. FF and GG for rounds 16..63
     * are the majority and choice functions in their cheaper equivalent forms; each step of the loops is four
     * rounds, after which the renamed registers are back in their places.
     */
    private void compress(byte[] block, int offset) {
        int[] w = words;
        w[0] = (int) BIG_ENDIAN_INT.get(block, offset + 0);
        w[1] = (int) BIG_ENDIAN_INT.get(block, offset + 4);
        w[2] = (int) BIG_ENDIAN_INT.get(block, offset + 8);
        w[3] = (int) BIG_ENDIAN_INT.get(block, offset + 12);
        w[4] = (int) BIG_ENDIAN_INT.get(block, offset + 16);
        w[5] = (int) BIG_ENDIAN_INT.get(block, offset + 20);
        w[6] = (int) BIG_ENDIAN_INT.get(block, offset + 24);
        w[7] = (int) BIG_ENDIAN_INT.get(block, offset + 28);
        w[8] = (int) BIG_ENDIAN_INT.get(block, offset + 32);
        w[9] = (int) BIG_ENDIAN_INT.get(block, offset + 36);
        w[10] = (int) BIG_ENDIAN_INT.get(block, offset + 40);
        w[11] = (int) BIG_ENDIAN_INT.get(block, offset + 44);
        w[12] = (int) BIG_ENDIAN_INT.get(block, offset + 48);
        w[13] = (int) BIG_ENDIAN_INT.get(block, offset + 52);
        w[14] = (int) BIG_ENDIAN_INT.get(block, offset + 56);
        w[15] = (int) BIG_ENDIAN_INT.get(block, offset + 60);
        w[16] = p1(w[0] ^ w[7] ^ Integer.rotateLeft(w[13], 15)) ^ Integer.rotateLeft(w[3], 7) ^ w[10];
        w[17] = p1(w[1] ^ w[8] ^ Integer.rotateLeft(w[14], 15)) ^ Integer.rotateLeft(w[4], 7) ^ w[11];
        w[18] = p1(w[2] ^ w[9] ^ Integer.rotateLeft(w[15], 15)) ^ Integer.rotateLeft(w[5], 7) ^ w[12];
        w[19] = p1(w[3] ^ w[10] ^ Integer.rotateLeft(w[16], 15)) ^ Integer.rotateLeft(w[6], 7) ^ w[13];
        w[20] = p1(w[4] ^ w[11] ^ Integer.rotateLeft(w[17], 15)) ^ Integer.rotateLeft(w[7], 7) ^ w[14];
        w[21] = p1(w[5] ^ w[12] ^ Integer.rotateLeft(w[18], 15)) ^ Integer.rotateLeft(w[8], 7) ^ w[15];
        w[22] = p1(w[6] ^ w[13] ^ Integer.rotateLeft(w[19], 15)) ^ Integer.rotateLeft(w[9], 7) ^ w[16];
        w[23] = p1(w[7] ^ w[14] ^ Integer.rotateLeft(w[20], 15)) ^ Integer.rotateLeft(w[10], 7) ^ w[17];
        w[24] = p1(w[8] ^ w[15] ^ Integer.rotateLeft(w[21], 15)) ^ Integer.rotateLeft(w[11], 7) ^ w[18];
        w[25] = p1(w[9] ^ w[16] ^ Integer.rotateLeft(w[22], 15)) ^ Integer.rotateLeft(w[12], 7) ^ w[19];
        w[26] = p1(w[10] ^ w[17] ^ Integer.rotateLeft(w[23], 15)) ^ Integer.rotateLeft(w[13], 7) ^ w[20];
        w[27] = p1(w[11] ^ w[18] ^ Integer.rotateLeft(w[24], 15)) ^ Integer.rotateLeft(w[14], 7) ^ w[21];
        w[28] = p1(w[12] ^ w[19] ^ Integer.rotateLeft(w[25], 15)) ^ Integer.rotateLeft(w[15], 7) ^ w[22];
        w[29] = p1(w[13] ^ w[20] ^ Integer.rotateLeft(w[26], 15)) ^ Integer.rotateLeft(w[16], 7) ^ w[23];
        w[30] = p1(w[14] ^ w[21] ^ Integer.rotateLeft(w[27], 15)) ^ Integer.rotateLeft(w[17], 7) ^ w[24];
        w[31] = p1(w[15] ^ w[22] ^ Integer.rotateLeft(w[28], 15)) ^ Integer.rotateLeft(w[18], 7) ^ w[25];
        w[32] = p1(w[16] ^ w[23] ^ Integer.rotateLeft(w[29], 15)) ^ Integer.rotateLeft(w[19], 7) ^ w[26];
        w[33] = p1(w[17] ^ w[24] ^ Integer.rotateLeft(w[30], 15)) ^ Integer.rotateLeft(w[20], 7) ^ w[27];
        w[34] = p1(w[18] ^ w[25] ^ Integer.rotateLeft(w[31], 15)) ^ Integer.rotateLeft(w[21], 7) ^ w[28];
        w[35] = p1(w[19] ^ w[26] ^ Integer.rotateLeft(w[32], 15)) ^ Integer.rotateLeft(w[22], 7) ^ w[29];
        w[36] = p1(w[20] ^ w[27] ^ Integer.rotateLeft(w[33], 15)) ^ Integer.rotateLeft(w[23], 7) ^ w[30];
        w[37] = p1(w[21] ^ w[28] ^ Integer.rotateLeft(w[34], 15)) ^ Integer.rotateLeft(w[24], 7) ^ w[31];
        w[38] = p1(w[22] ^ w[29] ^ Integer.rotateLeft(w[35], 15)) ^ Integer.rotateLeft(w[25], 7) ^ w[32];
        w[39] = p1(w[23] ^ w[30] ^ Integer.rotateLeft(w[36], 15)) ^ Integer.rotateLeft(w[26], 7) ^ w[33];
        w[40] = p1(w[24] ^ w[31] ^ Integer.rotateLeft(w[37], 15)) ^ Integer.rotateLeft(w[27], 7) ^ w[34];
        w[41] = p1(w[25] ^ w[32] ^ Integer.rotateLeft(w[38], 15)) ^ Integer.rotateLeft(w[28], 7) ^ w[35];
        w[42] = p1(w[26] ^ w[33] ^ Integer.rotateLeft(w[39], 15)) ^ Integer.rotateLeft(w[29], 7) ^ w[36];
        w[43] = p1(w[27] ^ w[34] ^ Integer.rotateLeft(w[40], 15)) ^ Integer.rotateLeft(w[30], 7) ^ w[37];
        w[44] = p1(w[28] ^ w[35] ^ Integer.rotateLeft(w[41], 15)) ^ Integer.rotateLeft(w[31], 7) ^ w[38];
        w[45] = p1(w[29] ^ w[36] ^ Integer.rotateLeft(w[42], 15)) ^ Integer.rotateLeft(w[32], 7) ^ w[39];
        w[46] = p1(w[30] ^ w[37] ^ Integer.rotateLeft(w[43], 15)) ^ Integer.rotateLeft(w[33], 7) ^ w[40];
        w[47] = p1(w[31] ^ w[38] ^ Integer.rotateLeft(w[44], 15)) ^ Integer.rotateLeft(w[34], 7) ^ w[41];
        w[48] = p1(w[32] ^ w[39] ^ Integer.rotateLeft(w[45], 15)) ^ Integer.rotateLeft(w[35], 7) ^ w[42];
        w[49] = p1(w[33] ^ w[40] ^ Integer.rotateLeft(w[46], 15)) ^ Integer.rotateLeft(w[36], 7) ^ w[43];
        w[50] = p1(w[34] ^ w[41] ^ Integer.rotateLeft(w[47], 15)) ^ Integer.rotateLeft(w[37], 7) ^ w[44];
        w[51] = p1(w[35] ^ w[42] ^ Integer.rotateLeft(w[48], 15)) ^ Integer.rotateLeft(w[38], 7) ^ w[45];
        w[52] = p1(w[36] ^ w[43] ^ Integer.rotateLeft(w[49], 15)) ^ Integer.rotateLeft(w[39], 7) ^ w[46];
        w[53] = p1(w[37] ^ w[44] ^ Integer.rotateLeft(w[50], 15)) ^ Integer.rotateLeft(w[40], 7) ^ w[47];
        w[54] = p1(w[38] ^ w[45] ^ Integer.rotateLeft(w[51], 15)) ^ Integer.rotateLeft(w[41], 7) ^ w[48];
        w[55] = p1(w[39] ^ w[46] ^ Integer.rotateLeft(w[52], 15)) ^ Integer.rotateLeft(w[42], 7) ^ w[49];
        w[56] = p1(w[40] ^ w[47] ^ Integer.rotateLeft(w[53], 15)) ^ Integer.rotateLeft(w[43], 7) ^ w[50];
        w[57] = p1(w[41] ^ w[48] ^ Integer.rotateLeft(w[54], 15)) ^ Integer.rotateLeft(w[44], 7) ^ w[51];
        w[58] = p1(w[42] ^ w[49] ^ Integer.rotateLeft(w[55], 15)) ^ Integer.rotateLeft(w[45], 7) ^ w[52];
        w[59] = p1(w[43] ^ w[50] ^ Integer.rotateLeft(w[56], 15)) ^ Integer.rotateLeft(w[46], 7) ^ w[53];
        w[60] = p1(w[44] ^ w[51] ^ Integer.rotateLeft(w[57], 15)) ^ Integer.rotateLeft(w[47], 7) ^ w[54];
        w[61] = p1(w[45] ^ w[52] ^ Integer.rotateLeft(w[58], 15)) ^ Integer.rotateLeft(w[48], 7) ^ w[55];
        w[62] = p1(w[46] ^ w[53] ^ Integer.rotateLeft(w[59], 15)) ^ Integer.rotateLeft(w[49], 7) ^ w[56];
        w[63] = p1(w[47] ^ w[54] ^ Integer.rotateLeft(w[60], 15)) ^ Integer.rotateLeft(w[50], 7) ^ w[57];
        w[64] = p1(w[48] ^ w[55] ^ Integer.rotateLeft(w[61], 15)) ^ Integer.rotateLeft(w[51], 7) ^ w[58];
        w[65] = p1(w[49] ^ w[56] ^ Integer.rotateLeft(w[62], 15)) ^ Integer.rotateLeft(w[52], 7) ^ w[59];
        w[66] = p1(w[50] ^ w[57] ^ Integer.rotateLeft(w[63], 15)) ^ Integer.rotateLeft(w[53], 7) ^ w[60];
        w[67] = p1(w[51] ^ w[58] ^ Integer.rotateLeft(w[64], 15)) ^ Integer.rotateLeft(w[54], 7) ^ w[61];
        int a = v0, b = v1, c = v2, d = v3, e = v4, f = v5, g = v6, h = v7;
        int a12, ss1;
        for (int j = 0; j < 16; j += 4) {
            a12 = Integer.rotateLeft(a, 12);
            ss1 = Integer.rotateLeft(a12 + e + ROUND_CONSTANTS[j], 7);
            d += (a ^ b ^ c) + (ss1 ^ a12) + (w[j] ^ w[j + 4]);
            h = p0((e ^ f ^ g) + h + ss1 + w[j]);
            b = Integer.rotateLeft(b, 9);
            f = Integer.rotateLeft(f, 19);
            a12 = Integer.rotateLeft(d, 12);
            ss1 = Integer.rotateLeft(a12 + h + ROUND_CONSTANTS[j + 1], 7);
            c += (d ^ a ^ b) + (ss1 ^ a12) + (w[j + 1] ^ w[j + 5]);
            g = p0((h ^ e ^ f) + g + ss1 + w[j + 1]);
            a = Integer.rotateLeft(a, 9);
            e = Integer.rotateLeft(e, 19);
            a12 = Integer.rotateLeft(c, 12);
            ss1 = Integer.rotateLeft(a12 + g + ROUND_CONSTANTS[j + 2], 7);
            b += (c ^ d ^ a) + (ss1 ^ a12) + (w[j + 2] ^ w[j + 6]);
            f = p0((g ^ h ^ e) + f + ss1 + w[j + 2]);
            d = Integer.rotateLeft(d, 9);
            h = Integer.rotateLeft(h, 19);
            a12 = Integer.rotateLeft(b, 12);
            ss1 = Integer.rotateLeft(a12 + f + ROUND_CONSTANTS[j + 3], 7);
            a += (b ^ c ^ d) + (ss1 ^ a12) + (w[j + 3] ^ w[j + 7]);
            e = p0((f ^ g ^ h) + e + ss1 + w[j + 3]);
            c = Integer.rotateLeft(c, 9);
            g = Integer.rotateLeft(g, 19);
        }
        for (int j = 16; j < 64; j += 4) {
            a12 = Integer.rotateLeft(a, 12);
            ss1 = Integer.rotateLeft(a12 + e + ROUND_CONSTANTS[j], 7);
            d += ((a & b) | ((a | b) & c)) + (ss1 ^ a12) + (w[j] ^ w[j + 4]);
            h = p0((((f ^ g) & e) ^ g) + h + ss1 + w[j]);
            b = Integer.rotateLeft(b, 9);
            f = Integer.rotateLeft(f, 19);
            a12 = Integer.rotateLeft(d, 12);
            ss1 = Integer.rotateLeft(a12 + h + ROUND_CONSTANTS[j + 1], 7);
            c += ((d & a) | ((d | a) & b)) + (ss1 ^ a12) + (w[j + 1] ^ w[j + 5]);
            g = p0((((e ^ f) & h) ^ f) + g + ss1 + w[j + 1]);
            a = Integer.rotateLeft(a, 9);
            e = Integer.rotateLeft(e, 19);
            a12 = Integer.rotateLeft(c, 12);
            ss1 = Integer.rotateLeft(a12 + g + ROUND_CONSTANTS[j + 2], 7);
            b += ((c & d) | ((c | d) & a)) + (ss1 ^ a12) + (w[j + 2] ^ w[j + 6]);
            f = p0((((h ^ e) & g) ^ e) + f + ss1 + w[j + 2]);
            d = Integer.rotateLeft(d, 9);
            h = Integer.rotateLeft(h, 19);
            a12 = Integer.rotateLeft(b, 12);
            ss1 = Integer.rotateLeft(a12 + f + ROUND_CONSTANTS[j + 3], 7);
            a += ((b & c) | ((b | c) & d)) + (ss1 ^ a12) + (w[j + 3] ^ w[j + 7]);
            e = p0((((g ^ h) & f) ^ h) + e + ss1 + w[j + 3]);
            c = Integer.rotateLeft(c, 9);
            g = Integer.rotateLeft(g, 19);
        }
        v0 ^= a;
        v1 ^= b;
        v2 ^= c;
        v3 ^= d;
        v4 ^= e;
        v5 ^= f;
        v6 ^= g;
        v7 ^= h;
    }
}
