package no.lappetavla.ui.help;

import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.stage.Window;

/** Remembers in the user's preferences whether the introduction has been shown (tests use their own node). */
public final class FirstStart {

    private static final String KEY = "introShown";
    private final Preferences prefs;

    public FirstStart() {
        this.prefs = Preferences.userRoot().node(nodePath());
    }

    static String nodePath() {
        return Boolean.getBoolean("lappetavla.test") ? "/no/lappetavla/test" : "/no/lappetavla";
    }

    public boolean shouldShowIntro() {
        return !prefs.getBoolean(KEY, false);
    }

    public void markIntroShown() {
        prefs.putBoolean(KEY, true);
    }

    /**
     * Shows the introduction on the very first start only. It counts as shown once opened, so
     * someone who closes it is not asked again (Hjelp → Introduksjon brings it back).
     */
    public Optional<IntroDialog.Choice> showIntroIfFirstStart(Window owner) {
        if (!shouldShowIntro()) {
            return Optional.empty();
        }
        markIntroShown();
        return IntroDialog.show(owner);
    }
}
