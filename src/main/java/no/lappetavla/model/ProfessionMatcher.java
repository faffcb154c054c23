package no.lappetavla.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds professions in free text as people write them: codes or names in any case, several in one
 * cell ("Sykepleier, helsefagarbeider", "SPL/HFA", "HFA m/kurs"), and "alle".
 */
public final class ProfessionMatcher {

    private static final Pattern SEPARATORS = Pattern.compile("[,;/+&()\\n]|\\s+og\\s+|\\s+and\\s+");
    private static final Set<String> EVERYONE = Set.of("alle", "alle på vakt", "all", "everyone");
    /** Common spellings that differ from the default codes and names. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("ergo", "ERG"), Map.entry("ergoterapi", "ERG"), Map.entry("fysio", "FYS"),
            Map.entry("fysioterapi", "FYS"), Map.entry("laer", "LÆR"), Map.entry("lærling", "LÆR"),
            Map.entry("sykepleiar", "SPL"), Map.entry("sjukepleiar", "SPL"), Map.entry("nurse", "SPL"),
            Map.entry("helsefagarbeidar", "HFA"), Map.entry("health worker", "HFA"),
            Map.entry("ufaglært", "ASS"), Map.entry("assistant", "ASS"), Map.entry("apprentice", "LÆR"),
            Map.entry("avdelingsvert", "MV"), Map.entry("måltids-/avdelingsvert", "MV"), Map.entry("kjøkken", "MV"));

    private final List<Profession> professions;
    private final List<Profession> everyone;

    /**
     * @param everyone the professions "alle" stands for (e.g. all lanes of the board)
     */
    public ProfessionMatcher(List<Profession> professions, List<Profession> everyone) {
        this.professions = List.copyOf(professions);
        this.everyone = List.copyOf(everyone);
    }

    /** The professions named in the text, in the order written, each once. */
    public List<Profession> find(String text) {
        Set<Profession> found = new LinkedHashSet<>();
        if (text == null) {
            return List.of();
        }
        String whole = normalise(text);
        if (EVERYONE.contains(whole) || whole.startsWith("alle ")) {
            return everyone;
        }
        for (String part : SEPARATORS.split(text)) {
            String p = normalise(part);
            if (p.isEmpty()) {
                continue;
            }
            if (EVERYONE.contains(p)) {
                found.addAll(everyone);
                continue;
            }
            Profession match = matchPart(p);
            if (match != null) {
                found.add(match);
            }
        }
        return new ArrayList<>(found);
    }

    /** Matches one piece such as "HFA m/kurs", "ikke LÆR" or "sykepleier": the whole piece, else its first known word. */
    private Profession matchPart(String part) {
        Profession exact = byWord(part);
        if (exact != null) {
            return exact;
        }
        for (String word : part.split("\\s+")) {
            Profession p = byWord(word);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    private Profession byWord(String word) {
        String alias = ALIASES.get(word);
        for (Profession p : professions) {
            String code = normalise(p.code());
            String name = normalise(p.name());
            if (word.equals(code) || word.equals(name) || (alias != null && normalise(alias).equals(code))) {
                return p;
            }
        }
        return null;
    }

    private static String normalise(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
