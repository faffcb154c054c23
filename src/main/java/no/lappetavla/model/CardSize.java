package no.lappetavla.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The pocket card sizes, each laid out on A4 portrait so that a guillotine cut along the card
 * edges gives the card at its exact size. A6 and A7 tile the whole sheet (A4 is four A6 or eight
 * A7), so their content keeps a margin wide enough for the unprintable edge of office printers.
 *
 * @param widthMm  card width as it lies on the sheet
 * @param heightMm card height as it lies on the sheet
 */
public enum CardSize {
    /** A6 105×148 mm, portrait, 2×2 per A4. */
    A6("a6", 105, 148, 2, 2, 5, 10, 9),
    /** A7 74×105 mm, lying (105 wide), 2×4 per A4. */
    A7("a7", 105, 74, 2, 4, 4.5, 9, 8),
    /** ID-1 (bank card) 85.6×54 mm, lying, 2×5 per A4. */
    ID1("card", 85.6, 54, 2, 5, 3, 8, 7);

    /** A4 portrait, the sheet every size is printed on. */
    public static final double A4_WIDTH_MM = 210;
    public static final double A4_HEIGHT_MM = 297;

    private final String argument;
    private final double widthMm;
    private final double heightMm;
    private final int columns;
    private final int rows;
    private final double paddingMm;
    private final double normalFontPt;
    private final double minFontPt;

    CardSize(String argument, double widthMm, double heightMm, int columns, int rows, double paddingMm,
             double normalFontPt, double minFontPt) {
        this.argument = argument;
        this.widthMm = widthMm;
        this.heightMm = heightMm;
        this.columns = columns;
        this.rows = rows;
        this.paddingMm = paddingMm;
        this.normalFontPt = normalFontPt;
        this.minFontPt = minFontPt;
    }

    /** The command-line word: a6, a7 or card. */
    public String argument() {
        return argument;
    }

    /** Reads a6, a7, card (also id1, id-1), any case. */
    public static Optional<CardSize> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "a6" -> Optional.of(A6);
            case "a7" -> Optional.of(A7);
            case "card", "id1", "id-1" -> Optional.of(ID1);
            default -> Optional.empty();
        };
    }

    public double widthMm() {
        return widthMm;
    }

    public double heightMm() {
        return heightMm;
    }

    public int columns() {
        return columns;
    }

    public int rows() {
        return rows;
    }

    public int perPage() {
        return columns * rows;
    }

    /** White space inside the cut line on every side. */
    public double paddingMm() {
        return paddingMm;
    }

    /** Body text size when everything fits. */
    public double normalFontPt() {
        return normalFontPt;
    }

    /** Smallest body text still readable at arm's length on this size; below it the card continues. */
    public double minFontPt() {
        return minFontPt;
    }
}
