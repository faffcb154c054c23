package no.lappetavla.ui.print;

import java.util.ArrayList;
import java.util.List;
import no.lappetavla.ui.board.BoardLayout;
import no.lappetavla.ui.board.BoardLayout.Rect;

/**
 * Splits a board into printed pages. Every page repeats the row headers on its left and the column
 * headers on its top, and keeps a strip for the legend and a footer at the bottom. Pages end on the
 * border between two columns or rows of cells; only a column or row larger than a whole page is
 * split, then between two notes; only a note larger than a page would be cut. Pure arithmetic, in
 * points (1/72 inch) on paper and world units on the board.
 */
public final class BoardPages {

    /** Note text is drawn at 16 world units; this scale prints it at 9 pt, the smallest we allow. */
    public static final double MIN_SCALE = 9.0 / PrintNote.TEXT_SIZE;
    /** One world unit per point: a note is 67 mm wide, about a real sticky note. */
    public static final double MAX_SCALE = 1.0;
    public static final double FOOTER_H = 16;
    /** Space between the board and the legend strip. */
    public static final double STRIP_GAP = 6;

    /**
     * One sheet of paper.
     *
     * @param number 1-based, in reading order (left to right, then down)
     * @param column 1-based position across the board
     * @param row    1-based position down the board
     * @param body   the part of the board (world units) shown beside the headers
     */
    public record Page(int number, int column, int row, Rect body) {
    }

    private final double width;
    private final double height;
    private final double legendHeight;
    private final double scale;
    private final int across;
    private final int down;
    private final List<Page> pages = new ArrayList<>();

    private BoardPages(PrintGrid grid, double width, double height, double legendHeight, int pagesAcross) {
        if (pagesAcross < 1) {
            throw new IllegalArgumentException("pagesAcross " + pagesAcross);
        }
        this.width = width;
        this.height = height;
        this.legendHeight = legendHeight;
        Rect b = grid.bounds();
        double boardWidth = Math.max(1, b.w() - BoardLayout.HEADER_W);
        // The scale at which the columns exactly fill the pages across is an upper bound; page
        // ends between columns waste some width, so search down for the largest scale that fits.
        double s = Math.clamp(pagesAcross * width / (boardWidth + pagesAcross * BoardLayout.HEADER_W), MIN_SCALE, MAX_SCALE);
        if (columnsAt(grid, s).size() > pagesAcross) {
            double fits = MIN_SCALE;
            double fails = s;
            for (int i = 0; i < 40 && fails - fits > 1e-6; i++) {
                double mid = (fits + fails) / 2;
                if (columnsAt(grid, mid).size() <= pagesAcross) {
                    fits = mid;
                } else {
                    fails = mid;
                }
            }
            s = fits;
        }
        List<double[]> xs = columnsAt(grid, s);
        scale = s;
        List<double[]> ys = cut(BoardLayout.HEADER_H, b.h(), bodyHeight(s) / s, grid.rowBorders(), grid.betweenNoteRows());
        across = xs.size();
        down = ys.size();
        for (int r = 0; r < ys.size(); r++) {
            for (int c = 0; c < xs.size(); c++) {
                double[] x = xs.get(c);
                double[] y = ys.get(r);
                pages.add(new Page(pages.size() + 1, c + 1, r + 1, new Rect(x[0], y[0], x[1] - x[0], y[1] - y[0])));
            }
        }
    }

    private List<double[]> columnsAt(PrintGrid grid, double s) {
        return cut(BoardLayout.HEADER_W, grid.bounds().w(), bodyWidth(s) / s, grid.columnBorders(), grid.betweenNoteColumns());
    }

    /**
     * Pages for printing area {@code width} × {@code height} points.
     *
     * @param legendHeight height of the legend strip in points (it depends on the fonts; measured by the renderer)
     * @param pagesAcross  how many pages side by side should hold the board's width; more when the
     *                     text would otherwise print smaller than 9 pt, fewer when the notes would
     *                     print larger than real sticky notes
     */
    public static BoardPages of(PrintGrid grid, double width, double height, double legendHeight, int pagesAcross) {
        return new BoardPages(grid, width, height, legendHeight, pagesAcross);
    }

    /**
     * Splits [start, end) into pieces no longer than maxSpan, ending each piece at the furthest
     * preferred border that fits, else the furthest fallback border, else wherever it must.
     */
    static List<double[]> cut(double start, double end, double maxSpan, double[] preferred, double[] fallback) {
        List<double[]> out = new ArrayList<>();
        double eps = 1e-6;
        double at = start;
        while (at < end - eps) {
            double limit = Math.min(end, at + maxSpan);
            double next = limit >= end - eps ? end : furthest(preferred, at, limit);
            if (Double.isNaN(next)) {
                next = furthest(fallback, at, limit);
            }
            if (Double.isNaN(next)) {
                next = limit;
            }
            out.add(new double[] {at, next});
            at = next;
        }
        if (out.isEmpty()) {
            out.add(new double[] {start, start});
        }
        return out;
    }

    private static double furthest(double[] borders, double after, double limit) {
        double best = Double.NaN;
        for (double v : borders) {
            if (v > after + 1e-6 && v <= limit + 1e-6) {
                best = v;
            }
        }
        return best;
    }

    public List<Page> pages() {
        return pages;
    }

    public int pageCount() {
        return pages.size();
    }

    public int across() {
        return across;
    }

    public int down() {
        return down;
    }

    /** Points on paper per world unit. */
    public double scale() {
        return scale;
    }

    /** Printing area, in points. */
    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public double legendHeight() {
        return legendHeight;
    }

    /** Width of the row-header strip on paper. */
    public double rowHeaderWidth() {
        return BoardLayout.HEADER_W * scale;
    }

    /** Height of the column-header strip on paper. */
    public double columnHeaderHeight() {
        return BoardLayout.HEADER_H * scale;
    }

    /** The size on paper of a note's text, in points. */
    public double noteTextPt() {
        return PrintNote.TEXT_SIZE * scale;
    }

    private double bodyWidth(double s) {
        return width - BoardLayout.HEADER_W * s;
    }

    private double bodyHeight(double s) {
        return height - BoardLayout.HEADER_H * s - STRIP_GAP - legendHeight - FOOTER_H;
    }
}
