package no.lappetavla.ui;

import no.lappetavla.i18n.Texts;

/** The UI's texts in the chosen language; every visible string comes from here. */
public final class Messages {

    private static volatile Texts texts = Texts.of("ui", "nb");

    private Messages() {
    }

    public static void setLanguage(String language) {
        texts = Texts.of("ui", language);
    }

    public static String get(String key) {
        return texts.get(key);
    }

    public static String format(String key, Object... args) {
        return texts.format(key, args);
    }
}
