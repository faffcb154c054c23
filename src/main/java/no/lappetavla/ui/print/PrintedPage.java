package no.lappetavla.ui.print;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import no.lappetavla.model.Profession;
import no.lappetavla.ui.Messages;
import no.lappetavla.ui.board.BoardLayout.Rect;
import no.lappetavla.ui.print.PrintGrid.Band;

/**
 * One printed page as a node sized in points: the headers of what it shows, the cells, then the
 * legend and the footer "Lappetavla · workshop · board · Side i av n".
 */
final class PrintedPage {

    /** Legend and footer text size on paper. */
    static final double SMALL_PT = 9;
    private static final double CHIP_GAP = 12;
    private static final double LEGEND_ROW = 15;

    private PrintedPage() {
    }

    /** The pages of a board for a printing area of width × height points. */
    static BoardPages paginate(PrintedBoard board, double width, double height, int pagesAcross) {
        return BoardPages.of(board.grid(), width, height, legendHeight(board, width), pagesAcross);
    }

    static Pane draw(PrintedBoard board, BoardPages pages, BoardPages.Page page) {
        double s = pages.scale();
        Rect body = page.body();
        double left = pages.rowHeaderWidth();
        double top = pages.columnHeaderHeight();
        BoardDrawing drawing = new BoardDrawing(board, SMALL_PT / s);

        Group cells = new Group(drawing.cells(body));
        cells.getTransforms().addAll(new Translate(left, top), new Scale(s, s), new Translate(-body.x(), -body.y()));
        cells.setClip(new Rectangle(body.x(), body.y(), body.w(), body.h()));

        List<Node> columnHeaders = new ArrayList<>();
        for (Band c : board.grid().columns()) {
            if (c.end() > body.x() && c.start() < body.x() + body.w()) {
                columnHeaders.add(drawing.columnHeader(c, Math.max(c.start(), body.x()), Math.min(c.end(), body.x() + body.w())));
            }
        }
        Group columns = new Group(columnHeaders);
        columns.getTransforms().addAll(new Translate(left, 0), new Scale(s, s), new Translate(-body.x(), 0));

        List<Node> rowHeaders = new ArrayList<>();
        for (Band r : board.grid().rows()) {
            if (r.end() > body.y() && r.start() < body.y() + body.h()) {
                rowHeaders.add(drawing.rowHeader(r, Math.max(r.start(), body.y()), Math.min(r.end(), body.y() + body.h())));
            }
        }
        Group rows = new Group(rowHeaders);
        rows.getTransforms().addAll(new Translate(0, top), new Scale(s, s), new Translate(0, -body.y()));

        Group corner = new Group(drawing.corner());
        corner.getTransforms().add(new Scale(s, s));

        double legendTop = pages.height() - BoardPages.FOOTER_H - pages.legendHeight();
        Group legend = legend(board, pages.width());
        legend.relocate(0, legendTop);

        Text footer = PrintNote.text(Messages.format("print.footer", board.workshop().title(), board.board().name(),
                page.number(), pages.pageCount()), Font.font("System", SMALL_PT), BoardDrawing.INK);
        footer.relocate(0, pages.height() - BoardPages.FOOTER_H + 4);
        Text position = PrintNote.text(Messages.format("print.position", page.row(), pages.down(), page.column(), pages.across()),
                Font.font("System", SMALL_PT), BoardDrawing.INK);
        position.relocate(pages.width() - position.getLayoutBounds().getWidth(), pages.height() - BoardPages.FOOTER_H + 4);

        Pane p = new Pane(new Rectangle(pages.width(), pages.height(), Color.WHITE), cells, columns, rows, corner, legend, footer, position);
        p.setPrefSize(pages.width(), pages.height());
        p.setMinSize(pages.width(), pages.height());
        p.setMaxSize(pages.width(), pages.height());
        p.resize(pages.width(), pages.height());
        return p;
    }

    /** The legend's height for this width: chips flow onto as many lines as they need. */
    static double legendHeight(PrintedBoard board, double width) {
        return legend(board, width).getLayoutBounds().getMaxY() + 2;
    }

    /** "Yrkesgrupper:" then one chip per profession (colour with its code, and the name), flowing. */
    private static Group legend(PrintedBoard board, double width) {
        List<Node> chips = new ArrayList<>();
        List<Node> parts = new ArrayList<>();
        parts.add(PrintNote.text(Messages.get("print.legend"), PrintNote.bold(SMALL_PT), BoardDrawing.INK));
        for (Profession p : board.legend()) {
            Text code = PrintNote.text(p.code(), PrintNote.bold(SMALL_PT), PrintNote.fx(p.colourValue().textColour()));
            double w = code.getLayoutBounds().getWidth() + 8;
            Rectangle swatch = new Rectangle(w, LEGEND_ROW - 3, PrintNote.fx(p.colourValue()));
            swatch.setStroke(BoardDrawing.INK);
            swatch.setStrokeWidth(0.5);
            code.relocate(4, 0.5);
            Text name = PrintNote.text(p.name(), Font.font("System", SMALL_PT), BoardDrawing.INK);
            name.relocate(w + 4, 0.5);
            parts.add(new Group(swatch, code, name));
        }
        parts.add(PrintNote.text(Messages.get("print.legendMarks"), Font.font("System", SMALL_PT), BoardDrawing.INK));
        double x = 0;
        double y = 0;
        for (Node part : parts) {
            double w = part.getLayoutBounds().getWidth();
            if (x > 0 && x + w > width) {
                x = 0;
                y += LEGEND_ROW;
            }
            part.relocate(x, y);
            chips.add(part);
            x += w + CHIP_GAP;
        }
        return new Group(chips);
    }
}
