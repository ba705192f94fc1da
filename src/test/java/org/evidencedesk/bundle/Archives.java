package org.evidencedesk.bundle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Takes bundles apart and puts them back together changed, the way someone tampering would. */
public final class Archives {

    private Archives() {
    }

    public static Map<String, byte[]> entries(Path archive) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(archive.toFile(), StandardCharsets.UTF_8)) {
            for (ZipEntry entry : zip.stream().toList()) {
                entries.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
            }
        }
        return entries;
    }

    static Path write(Path target, Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                if (entry.getKey().equals(BundleLayout.MIMETYPE)) {
                    CRC32 crc = new CRC32();
                    crc.update(entry.getValue());
                    zipEntry.setMethod(ZipEntry.STORED);
                    zipEntry.setSize(entry.getValue().length);
                    zipEntry.setCrc(crc.getValue());
                }
                zip.putNextEntry(zipEntry);
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return Files.write(target, out.toByteArray());
    }

    /** The bundle rewritten with one entry changed. */
    public static Path change(Path bundle, String name, UnaryOperator<byte[]> change) throws IOException {
        Map<String, byte[]> entries = entries(bundle);
        if (!entries.containsKey(name)) {
            throw new IllegalArgumentException("no entry " + name);
        }
        entries.put(name, change.apply(entries.get(name)));
        return write(bundle.resolveSibling("changed-" + bundle.getFileName()), entries);
    }

    public static byte[] flipOneByte(byte[] content) {
        byte[] changed = content.clone();
        changed[changed.length / 2] ^= 1;
        return changed;
    }

    /** Replaces every occurrence of one name by another of the same length, in local and central headers alike. */
    static byte[] rename(byte[] archive, String from, String to) {
        byte[] a = from.getBytes(StandardCharsets.UTF_8);
        byte[] b = to.getBytes(StandardCharsets.UTF_8);
        if (a.length != b.length) {
            throw new IllegalArgumentException("names must have one length");
        }
        byte[] out = archive.clone();
        for (int i = 0; i + a.length <= out.length; i++) {
            boolean match = true;
            for (int j = 0; j < a.length && match; j++) {
                match = out[i + j] == a[j];
            }
            if (match) {
                System.arraycopy(b, 0, out, i, b.length);
            }
        }
        return out;
    }
}
