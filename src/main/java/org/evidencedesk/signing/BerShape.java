package org.evidencedesk.signing;

/**
 * Whether bytes from the internet are one BER element nested no deeper than a request of their kind can be, read
 * without recursion before Bouncy Castle parses them. Its parser recurses once per level and has no depth limit (BC
 * 1.83: {@code ASN1InputStream}'s limit counts bytes), so four thousand nested SEQUENCEs, 16,000 bytes, overflow the
 * stack of a request thread. Only the framing is judged: tags, lengths, end-of-contents; what the elements mean is
 * left to the parser.
 */
final class BerShape {

    /** Definite lengths take at most four bytes here: nothing this judges is 2 GiB. */
    private static final int MOST_LENGTH_BYTES = 4;
    /** A tag number in at most four bytes after the first (28 bits): Bouncy Castle's int holds it. */
    private static final int MOST_TAG_BYTES = 4;
    private static final int INDEFINITE = -1;

    private BerShape() {
    }

    /**
     * @param maxDepth how many elements may be nested one in the other, the outermost counted as 1
     * @return whether {@code encoded} is exactly one element (nothing after it), each length within its parent's, each
     *         indefinite length on a constructed element and ended by its end-of-contents, nested at most {@code maxDepth}
     */
    static boolean isOneElement(byte[] encoded, int maxDepth) {
        if (encoded == null || encoded.length == 0) {
            return false;
        }
        // Per open constructed element: where its content ends (INDEFINITE: at its end-of-contents).
        int[] ends = new int[Math.min(maxDepth, encoded.length / 2 + 1)];
        int open = 0;
        int position = 0;
        while (true) {
            while (open > 0 && ends[open - 1] == position) {
                open--;
            }
            if (open == 0 && position > 0) {
                return position == encoded.length;
            }
            int bound = bound(ends, open, encoded.length);
            if (position + 2 > bound) {
                return false; // every element, end-of-contents too, takes at least two bytes
            }
            if (encoded[position] == 0 && encoded[position + 1] == 0) {
                if (open == 0 || ends[open - 1] != INDEFINITE) {
                    return false;
                }
                open--;
                position += 2;
                continue;
            }
            boolean constructed = (encoded[position] & 0x20) != 0;
            position = afterTag(encoded, position, bound);
            if (position < 0 || position >= bound) {
                return false;
            }
            int first = encoded[position++] & 0xff;
            int length;
            if (first < 0x80) {
                length = first;
            } else if (first == 0x80) {
                length = INDEFINITE;
            } else {
                int bytes = first & 0x7f;
                if (bytes > MOST_LENGTH_BYTES || position + bytes > bound) {
                    return false;
                }
                long value = 0;
                for (int i = 0; i < bytes; i++) {
                    value = value << 8 | encoded[position++] & 0xff;
                }
                if (value > bound - position) {
                    return false;
                }
                length = (int) value;
            }
            if (length != INDEFINITE && length > bound - position) {
                return false;
            }
            if (!constructed) {
                if (length == INDEFINITE) {
                    return false;
                }
                if (open + 1 > maxDepth) {
                    return false;
                }
                position += length;
                if (open == 0) {
                    return position == encoded.length;
                }
                continue;
            }
            if (open + 1 > maxDepth || open == ends.length) {
                return false;
            }
            ends[open++] = length == INDEFINITE ? INDEFINITE : position + length;
        }
    }

    /** Where the innermost open element with a definite length ends: no element inside it may go further. */
    private static int bound(int[] ends, int open, int length) {
        for (int i = open - 1; i >= 0; i--) {
            if (ends[i] != INDEFINITE) {
                return ends[i];
            }
        }
        return length;
    }

    /** The position after the tag that starts at {@code position}; -1 if it does not end before {@code bound}. */
    private static int afterTag(byte[] encoded, int position, int bound) {
        if ((encoded[position] & 0x1f) != 0x1f) {
            return position + 1;
        }
        for (int i = 1; i <= MOST_TAG_BYTES; i++) {
            if (position + i >= bound) {
                return -1;
            }
            if ((encoded[position + i] & 0x80) == 0) {
                return position + i + 1;
            }
        }
        return -1;
    }
}
