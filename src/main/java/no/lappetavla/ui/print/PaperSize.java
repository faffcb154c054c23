package no.lappetavla.ui.print;

/** The paper a board is printed on, in points (1/72 inch), portrait. */
public enum PaperSize {
    A4(210, 297),
    A3(297, 420);

    /** Points per millimetre. */
    public static final double PT_PER_MM = 72 / 25.4;

    private final double widthMm;
    private final double heightMm;

    PaperSize(double widthMm, double heightMm) {
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    public double width(boolean landscape) {
        return (landscape ? heightMm : widthMm) * PT_PER_MM;
    }

    public double height(boolean landscape) {
        return (landscape ? widthMm : heightMm) * PT_PER_MM;
    }
}
