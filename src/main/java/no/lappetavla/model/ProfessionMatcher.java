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
            Map.entry("avdelingsvert", "MV"), Map.entry("måltids-/avdelingsvert", "MV"), Map.entry("kjøkken", "MV"),
            // Plurals as written in a "Hvem gjør det" column, and older titles still in use.
            Map.entry("sykepleiere", "SPL"), Map.entry("sjukepleiarar", "SPL"), Map.entry("nurses", "SPL"),
            Map.entry("helsefagarbeidere", "HFA"), Map.entry("helsefagarbeidarar", "HFA"),
            Map.entry("hjelpepleier", "HFA"), Map.entry("hjelpepleiere", "HFA"), Map.entry("omsorgsarbeider", "HFA"),
            Map.entry("assistenter", "ASS"), Map.entry("lærlinger", "LÆR"), Map.entry("vernepleiere", "VPL"),
            Map.entry("vernepleiar", "VPL"), Map.entry("fysioterapeuter", "FYS"), Map.entry("ergoterapeuter", "ERG"),
            Map.entry("miljøterapeuter", "MT"), Map.entry("måltidsverter", "MV"), Map.entry("apotekteknikere", "AT"),
            Map.entry("helsesekretærer", "HS"));

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
            Profession match = matchPart(part.strip());
            if (match != null) {
                found.add(match);
            }
        }
        return new ArrayList<>(found);
    }

    /**
     * Matches one piece such as "HFA m/kurs", "sykepleier" or "primærkontakt HFA": the whole piece,
     * its first word, or a later word that is a full name or a code written in capitals (so the
     * ordinary words "at", "mv." and "ass" never pass for the codes AT, MV and ASS).
     */
    private Profession matchPart(String original) {
        String part = normalise(original);
        Profession exact = byWord(part);
        if (exact != null) {
            return exact;
        }
        String[] words = original.strip().split("\\s+");
        Profession first = byWord(normalise(words[0]));
        if (first != null) {
            return first;
        }
        for (int i = 1; i < words.length; i++) {
            String word = words[i].replaceAll("[.:!?]+$", "");
            Profession p = byWord(normalise(word));
            boolean writtenAsCode = word.equals(word.toUpperCase(Locale.ROOT)) && word.length() >= 2;
            if (p != null && (writtenAsCode || word.length() >= 4)) {
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
