package no.lappetavla.ui.print;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.scene.Group;
import javafx.scene.Node;
import javax.imageio.ImageIO;
import no.lappetavla.ui.Messages;
import no.lappetavla.ui.WorkshopSession;
import no.lappetavla.ui.board.BoardLayout.Rect;
import no.lappetavla.ui.print.PrintGrid.Band;

/** The whole current board as one picture, for reports. Call on the JavaFX thread. */
public final class BoardImages {

    /** Largest picture written: 40 megapixels (160 MB while it is built); bigger boards get a smaller scale. */
    public static final long MAX_PIXELS = 40_000_000L;
    /** Longest side written, in pixels; image viewers and word processors choke beyond this. */
    public static final int MAX_SIDE = 16_384;
    /** Note text never shrinks below this in the picture (world units, so 22 px at scale 2). */
    private static final double MIN_TEXT = 11;

    private BoardImages() {
    }

    /**
     * Writes the current board to a PNG file: lanes, steps, every note (none culled) and the
     * unsorted notes as a last row, at {@code scale} pixels per board unit, or less when the
     * picture would pass {@link #MAX_PIXELS} or {@link #MAX_SIDE}. The file is replaced only
     * once the picture is complete.
     *
     * @return the scale used
     */
    public static double writePng(WorkshopSession session, Path file, double scale) throws IOException {
        PrintedBoard board = PrintedBoard.current(session);
        if (board == null) {
            throw new IOException(Messages.get("print.noBoard"));
        }
        Rect b = board.grid().bounds();
        double s = fittedScale(b.w(), b.h(), scale);
        BufferedImage image = Snapshots.render(whole(board), b.w(), b.h(), s);
        Path target = file.toAbsolutePath();
        Path temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                if (!ImageIO.write(image, "png", out)) {
                    throw new IOException(Messages.get("print.imageFailed"));
                }
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
        return s;
    }

    /** The asked scale, lowered if needed so the picture stays within the pixel caps. */
    static double fittedScale(double width, double height, double scale) {
        double s = Math.min(scale, Math.min(MAX_SIDE / width, MAX_SIDE / height));
        double pixels = Math.ceil(width * s) * Math.ceil(height * s);
        if (pixels > MAX_PIXELS) {
            s = Math.sqrt(MAX_PIXELS / (width * height)) * 0.999;
        }
        return s;
    }

    /** The board in world units with its headers where they are on screen. */
    private static Node whole(PrintedBoard board) {
        BoardDrawing drawing = new BoardDrawing(board, MIN_TEXT);
        List<Node> nodes = new ArrayList<>();
        nodes.add(drawing.cells(board.grid().bounds()));
        for (Band c : board.grid().columns()) {
            nodes.add(drawing.columnHeader(c, c.start(), c.end()));
        }
        for (Band r : board.grid().rows()) {
            nodes.add(drawing.rowHeader(r, r.start(), r.end()));
        }
        nodes.add(drawing.corner());
        return new Group(nodes);
    }
}
