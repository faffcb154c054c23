package no.lappetavla.ui.main;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.prefs.Preferences;

/** The last opened files, kept in the user's preferences (tests use their own node). */
final class RecentFiles {

    private static final int MAX = 8;
    private static final String KEY = "recentFiles";
    private final Preferences prefs;

    RecentFiles() {
        String node = Boolean.getBoolean("lappetavla.test") ? "/no/lappetavla/test" : "/no/lappetavla";
        prefs = Preferences.userRoot().node(node);
    }

    List<Path> list() {
        String stored = prefs.get(KEY, "");
        return Arrays.stream(stored.split("\n")).filter(s -> !s.isBlank()).map(Path::of).filter(Files::exists).toList();
    }

    void add(Path file) {
        List<Path> files = new ArrayList<>(list());
        Path abs = file.toAbsolutePath().normalize();
        files.remove(abs);
        files.addFirst(abs);
        while (files.size() > MAX) {
            files.removeLast();
        }
        prefs.put(KEY, String.join("\n", files.stream().map(Path::toString).toList()));
    }
}
