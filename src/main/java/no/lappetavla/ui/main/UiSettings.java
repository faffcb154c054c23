package no.lappetavla.ui.main;

import java.util.prefs.Preferences;
import no.lappetavla.i18n.Texts;

/** Settings of this user on this machine (not of the workshop): the UI language. */
public final class UiSettings {

    private static final String LANGUAGE = "language";

    private UiSettings() {
    }

    private static Preferences prefs() {
        return Preferences.userRoot().node(Boolean.getBoolean("lappetavla.test") ? "/no/lappetavla/test" : "/no/lappetavla");
    }

    /** "nb" (default), "nn" or "en". */
    public static String language() {
        String l = prefs().get(LANGUAGE, "nb");
        return Texts.LANGUAGES.contains(l) ? l : "nb";
    }

    static void setLanguage(String language) {
        prefs().put(LANGUAGE, language);
    }
}
