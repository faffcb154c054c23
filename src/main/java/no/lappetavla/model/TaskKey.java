package no.lappetavla.model;

import java.util.Locale;
import java.util.regex.Pattern;

/** Notes whose text matches ignoring case and spacing are one task seen several times. */
public final class TaskKey {

    private static final Pattern SPACE = Pattern.compile("\\s+");

    private TaskKey() {
    }

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        return SPACE.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
