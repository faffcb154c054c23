package no.lappetavla.export;

import java.util.ArrayList;
import java.util.List;

/**
 * Estimates how Word and LibreOffice wrap Arial text (LibreOffice substitutes the metric-compatible
 * Liberation Sans), so that cards know how many lines they hold. Widths are the Helvetica/Arial
 * advance widths in 1/1000 em; the estimate errs on the wide side because a line that wraps
 * later than predicted only leaves white space, while one that wraps earlier could be cut off.
 */
final class TextMeasure {

    /** Advance widths for U+0020..U+007E. */
    private static final int[] ASCII = {
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584};
    private static final double SAFETY = 1.05;
    private static final double BOLD = 1.10;

    private TextMeasure() {
    }

    static int width(String text, double fontPt, boolean bold) {
        double units = 0;
        for (int i = 0; i < text.length(); i++) {
            units += advance(text.charAt(i));
        }
        return (int) Math.ceil(units / 1000 * fontPt * 20 * SAFETY * (bold ? BOLD : 1));
    }

    /** Greedy word wrap as word processors do it; a word longer than the line is broken by characters. */
    static List<String> wrap(String text, double fontPt, boolean bold, int widthTwips) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, fontPt, bold) <= widthTwips) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(rest, fontPt, bold) > widthTwips && rest.length() > 1) {
                int n = rest.length() - 1;
                while (n > 1 && width(rest.substring(0, n), fontPt, bold) > widthTwips) {
                    n--;
                }
                lines.add(rest.substring(0, n));
                rest = rest.substring(n);
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static int advance(char c) {
        if (c >= 0x20 && c <= 0x7E) {
            return ASCII[c - 0x20];
        }
        return switch (c) {
            case 'æ' -> 889;
            case 'Æ', '—', '●', '○' -> 1000;
            case 'ø' -> 611;
            case 'Ø', 'Å' -> 778;
            case 'å', 'é', 'è', 'ü', 'ö', 'ä', '–' -> 556;
            case '·', '\u00A0' -> 278;
            // Unknown characters count as a wide capital so the estimate never runs short.
            default -> 833;
        };
    }
}
