package no.lappetavla.model;

import java.util.List;

/**
 * The twelve professions of Norwegian municipal care, as a starting point users edit.
 * Colours avoid red and green (kept for status marks). They started from Paul Tol's colour-blind-safe
 * schemes and were nudged (a few ΔE00 each) until every pair stays at least 10 ΔE00 apart under
 * normal vision and simulated protanopia, deuteranopia and tritanopia, with black or white text
 * at 7:1 or better; see ColourVisionTest. Every note also shows the code.
 */
public final class DefaultProfessions {

    private DefaultProfessions() {
    }

    public static List<Profession> create() {
        return List.of(
                p("SPL", "Sykepleier", "#88A6C7"),
                p("AKS", "Avansert klinisk allmennsykepleier", "#2A1A7D"),
                p("VPL", "Vernepleier", "#7C3E98"),
                p("HFA", "Helsefagarbeider", "#F4E498"),
                p("ASS", "Assistent", "#C7876E"),
                p("LÆR", "Lærling", "#FFAEC0"),
                p("MV", "Måltidsvert", "#9ADDFF"),
                p("AT", "Apotektekniker", "#EEF0F5"),
                p("FYS", "Fysioterapeut", "#23BDA0"),
                p("ERG", "Ergoterapeut", "#BECD20"),
                p("MT", "Miljøterapeut", "#892456"),
                p("HS", "Helsesekretær", "#9D9E00"));
    }

    private static Profession p(String code, String name, String colour) {
        return new Profession(Ids.newId(), code, name, colour, false);
    }
}
