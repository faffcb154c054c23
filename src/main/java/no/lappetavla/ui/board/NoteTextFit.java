package no.lappetavla.ui.board;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Picks the largest font size at which a note's text fits its fixed note size, down to a size
 * still legible on a projector; below that the text wraps and ends with an ellipsis.
 */
final class NoteTextFit {

    static final double MAX_SIZE = 22;
    static final double MIN_SIZE = 13;
    /** On the projector the floor is higher: 18 px at 100 % zoom, 14 px at the smallest zoom allowed there. */
    static final double PRESENTATION_MIN_SIZE = 18;
    static final double PRESENTATION_MAX_SIZE = 26;
    private static final int CACHE_SIZE = 8192;

    /** The chosen size, and whether the text still overflows at that size. */
    record Fit(double size, boolean overflows) {
    }

    private final double maxSize;
    private final double minSize;
    private final Text probe = new Text();
    private final Map<String, Fit> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Fit> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    NoteTextFit(double minSize, double maxSize) {
        this.minSize = minSize;
        this.maxSize = maxSize;
    }

    Fit fit(String text, double width, double height) {
        return cache.computeIfAbsent(text, t -> measure(t, width, height));
    }

    static Font font(double size) {
        return Font.font("System", FontWeight.NORMAL, size);
    }

    private Fit measure(String text, double width, double height) {
        probe.setWrappingWidth(width);
        probe.setText(text.isEmpty() ? " " : text);
        for (double size = maxSize; size >= minSize; size -= 1) {
            probe.setFont(font(size));
            if (probe.getLayoutBounds().getHeight() <= height && widestWordFits(text, width)) {
                return new Fit(size, false);
            }
        }
        return new Fit(minSize, true);
    }

    /** A long single word must not be cut in the middle by wrapping. */
    private boolean widestWordFits(String text, double width) {
        Text word = new Text();
        word.setFont(probe.getFont());
        for (String w : text.split("\\s+")) {
            word.setText(w);
            if (word.getLayoutBounds().getWidth() > width) {
                return false;
            }
        }
        return true;
    }
}
