package org.evidencedesk.shared;

import java.util.regex.Pattern;

/**
 * Commands printed for a person to paste into a POSIX shell (bash, zsh, sh): a word that holds a space, a quote, a
 * non-ASCII letter or anything else a shell might read specially is single-quoted, so it reaches the program as is.
 */
public final class ShellWords {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    private ShellWords() {
    }

    /** The word as the shell must be given it: unchanged when nothing in it is special, else single-quoted. */
    public static String quote(String word) {
        return PLAIN.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
    }

    /** A command line of the words, each quoted as it needs. */
    public static String command(String... words) {
        StringBuilder line = new StringBuilder();
        for (String word : words) {
            line.append(line.isEmpty() ? "" : " ").append(quote(word));
        }
        return line.toString();
    }
}
