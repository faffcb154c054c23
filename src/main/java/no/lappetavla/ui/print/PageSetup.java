package no.lappetavla.ui.print;

/**
 * How a board goes on paper.
 *
 * @param pagesAcross how many sheets side by side the board's width is spread over
 */
public record PageSetup(PaperSize paper, boolean landscape, int pagesAcross) {

    /** Margin on every side, in points (10 mm): inside what every office printer can reach. */
    public static final double MARGIN = 10 * PaperSize.PT_PER_MM;

    public double paperWidth() {
        return paper.width(landscape);
    }

    public double paperHeight() {
        return paper.height(landscape);
    }

    /** The printing area inside the margins. */
    public double width() {
        return paperWidth() - 2 * MARGIN;
    }

    public double height() {
        return paperHeight() - 2 * MARGIN;
    }
}
