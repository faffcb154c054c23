package no.lappetavla.ui.cards;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Saves what a dialog looks like as PNG under target/, so people can look at it after a test run. */
final class Screenshots {

    private Screenshots() {
    }

    /** Call on the FX thread. */
    static Path save(Node node, String name) {
        WritableImage image = node.snapshot(null, null);
        Path file = Path.of("target", "screenshots", name + ".png");
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
