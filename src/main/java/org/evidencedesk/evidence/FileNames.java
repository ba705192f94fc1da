package org.evidencedesk.evidence;

/**
 * The original file name as it is kept and offered back: without folders, control characters, invisible
 * format characters (a right-to-left override makes {@code invoice\u202Efdp.exe} read as {@code invoiceexe.pdf}),
 * or characters that are unsafe in a download header, and at most 255 characters (the extension kept).
 */
public final class FileNames {

    static final int MAX = 255;

    private FileNames() {
    }

    public static String clean(String submitted) {
        String name = submitted == null ? "" : submitted;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\\p{Cf}\"<>|:*?]", "_").strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.isEmpty()) {
            name = "evidence";
        }
        if (name.length() > MAX) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
            name = name.substring(0, MAX - extension.length()) + extension;
        }
        return name;
    }
}
