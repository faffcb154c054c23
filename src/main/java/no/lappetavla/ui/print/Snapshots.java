package no.lappetavla.ui.print;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;

/**
 * Renders a node to a bitmap piece by piece: one snapshot of a big board would exceed what the
 * graphics card (or the software renderer) takes in one texture. Call on the JavaFX thread.
 */
final class Snapshots {

    /** Largest piece rendered at once, in pixels; well under the 4096 texture limit of older cards. */
    private static final int TILE = 2048;

    private Snapshots() {
    }

    /** The area (0, 0, width, height) of the node, in its own units, at {@code scale} pixels per unit. */
    static BufferedImage render(Node node, double width, double height, double scale) {
        int w = Math.max(1, (int) Math.ceil(width * scale));
        int h = Math.max(1, (int) Math.ceil(height * scale));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] pixels = new int[TILE * TILE];
        for (int ty = 0; ty < h; ty += TILE) {
            for (int tx = 0; tx < w; tx += TILE) {
                int tw = Math.min(TILE, w - tx);
                int th = Math.min(TILE, h - ty);
                SnapshotParameters p = new SnapshotParameters();
                p.setFill(Color.WHITE);
                p.setTransform(Transform.scale(scale, scale));
                // The viewport is in the scaled (pixel) coordinates.
                p.setViewport(new Rectangle2D(tx, ty, tw, th));
                WritableImage piece = node.snapshot(p, new WritableImage(tw, th));
                // Copied pixel by pixel rather than drawn with Graphics2D, which would need a display.
                piece.getPixelReader().getPixels(0, 0, tw, th, PixelFormat.getIntArgbInstance(), pixels, 0, tw);
                out.setRGB(tx, ty, tw, th, pixels, 0, tw);
            }
        }
        return out;
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", bytes)) {
            throw new IOException(no.lappetavla.ui.Messages.get("print.imageFailed"));
        }
        return bytes.toByteArray();
    }
}
