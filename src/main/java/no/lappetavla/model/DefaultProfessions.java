package no.lappetavla.model;

import java.util.List;

/**
 * The twelve professions of Norwegian municipal care, as a starting point users edit.
 * Colours avoid pure red and green (kept for status marks) and come from Paul Tol's
 * colour-blind-safe schemes; every note also shows the code.
 */
public final class DefaultProfessions {

    private DefaultProfessions() {
    }

    public static List<Profession> create() {
        return List.of(
                p("SPL", "Sykepleier", "#77AADD"),
                p("AKS", "Avansert klinisk allmennsykepleier", "#332288"),
                p("VPL", "Vernepleier", "#AA4499"),
                p("HFA", "Helsefagarbeider", "#EEDD88"),
                p("ASS", "Assistent", "#EE8866"),
                p("LÆR", "Lærling", "#FFAABB"),
                p("MV", "Måltidsvert", "#99DDFF"),
                p("AT", "Apotektekniker", "#DDDDDD"),
                p("FYS", "Fysioterapeut", "#44BB99"),
                p("ERG", "Ergoterapeut", "#BBCC33"),
                p("MT", "Miljøterapeut", "#882255"),
                p("HS", "Helsesekretær", "#AAAA00"));
    }

    private static Profession p(String code, String name, String colour) {
        return new Profession(Ids.newId(), code, name, colour, false);
    }
}
