package no.lappetavla.model;

import java.util.Objects;

/**
 * A yrkesgruppe: its short code is printed on every note so that colour is never the only signal.
 *
 * @param colour "#RRGGBB"
 * @param hidden hidden professions keep their notes but are left out of new boards and the legend
 */
public record Profession(String id, String code, String name, String colour, boolean hidden) {

    public Profession {
        Objects.requireNonNull(id, "id");
        code = code == null ? "" : code.strip();
        name = name == null ? "" : name.strip();
        colour = Colour.parse(colour == null ? "#CCCCCC" : colour).hex();
    }

    public Colour colourValue() {
        return Colour.parse(colour);
    }

    public Profession withCode(String newCode) {
        return new Profession(id, newCode, name, colour, hidden);
    }

    public Profession withName(String newName) {
        return new Profession(id, code, newName, colour, hidden);
    }

    public Profession withColour(String newColour) {
        return new Profession(id, code, name, newColour, hidden);
    }

    public Profession withHidden(boolean newHidden) {
        return new Profession(id, code, name, colour, newHidden);
    }
}
