package org.evidencedesk.signing;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

/**
 * ASN.1 encodings that a client on the internet may send to the public endpoints ({@code /tsa}, {@code /pki/ocsp}) to
 * make a recursive parser run out of stack, and a thread to parse them on whose stack shows it.
 */
public final class HostileEncodings {

    private HostileEncodings() {
    }

    /** {@code depth} SEQUENCEs of indefinite length, one inside the other, each closed by its end-of-contents: 4 bytes a level. */
    public static byte[] nestedIndefiniteSequences(int depth) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(depth * 4);
        for (int level = 0; level < depth; level++) {
            out.write(0x30);
            out.write(0x80);
        }
        for (int level = 0; level < depth; level++) {
            out.write(0x00);
            out.write(0x00);
        }
        return out.toByteArray();
    }

    /** {@code depth} SEQUENCEs of definite length, one inside the other, the innermost empty. */
    public static byte[] nestedDefiniteSequences(int depth) {
        byte[] inner = {0x30, 0x00};
        for (int level = 1; level < depth; level++) {
            inner = sequenceOf(inner);
        }
        return inner;
    }

    /** Runs {@code work} on a thread with a stack of 512 KiB, half the JVM's default on the server's platform. */
    public static <T> T onSmallStack(Callable<T> work) throws Exception {
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                outcome.set(work.call());
            } catch (Throwable failure) {
                outcome.set(failure);
            }
        }, "small stack", 512 * 1024);
        thread.start();
        thread.join();
        if (outcome.get() instanceof Throwable failure) {
            throw new AssertionError("failed on a small stack", failure);
        }
        @SuppressWarnings("unchecked")
        T result = (T) outcome.get();
        return result;
    }

    private static byte[] sequenceOf(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 6);
        out.write(0x30);
        int length = content.length;
        if (length < 0x80) {
            out.write(length);
        } else if (length < 0x100) {
            out.write(0x81);
            out.write(length);
        } else if (length < 0x10000) {
            out.write(0x82);
            out.write(length >> 8);
            out.write(length);
        } else {
            out.write(0x83);
            out.write(length >> 16);
            out.write(length >> 8);
            out.write(length);
        }
        out.writeBytes(content);
        return out.toByteArray();
    }
}
