package no.lappetavla.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;

/** Saves what a UI test sees as a PNG under target/ui-snapshots, for looking at by eye. */
public final class Snapshots {

    private static final Path DIR = Path.of("target", "ui-snapshots");

    private Snapshots() {
    }

    public static Path save(FxRobot robot, Node node, String name) {
        try {
            Files.createDirectories(DIR);
            Path file = DIR.resolve(name + ".png");
            ImageIO.write(SwingFXUtils.fromFXImage(robot.capture(node).getImage(), null), "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
