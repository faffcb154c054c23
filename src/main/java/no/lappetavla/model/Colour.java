package no.lappetavla.model;

import java.util.Locale;

/** An sRGB colour with the WCAG arithmetic the app needs to keep note text readable. */
public record Colour(int red, int green, int blue) {

    public static final Colour BLACK = new Colour(0, 0, 0);
    public static final Colour WHITE = new Colour(255, 255, 255);
    /**
     * WCAG 2 AAA for normal-size text. AA (4.5:1) cannot warn about anything here: with the better
     * of black and white text every colour reaches at least √21 ≈ 4.58:1. Mid-tones between about
     * 4.6 and 7 are the ones that read poorly from the back of a room.
     */
    public static final double MIN_TEXT_CONTRAST = 7.0;

    public Colour {
        if (red < 0 || red > 255 || green < 0 || green > 255 || blue < 0 || blue > 255) {
            throw new IllegalArgumentException("RGB component out of range");
        }
    }

    /** Parses "#RRGGBB" or "RRGGBB". */
    public static Colour parse(String hex) {
        String h = hex.strip();
        if (h.startsWith("#")) {
            h = h.substring(1);
        }
        if (h.length() != 6) {
            throw new IllegalArgumentException("Not a #RRGGBB colour: " + hex);
        }
        int rgb = Integer.parseInt(h, 16);
        return new Colour((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }

    public String hex() {
        return String.format(Locale.ROOT, "#%02X%02X%02X", red, green, blue);
    }

    /** WCAG 2 relative luminance. */
    public double luminance() {
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    }

    /** WCAG 2 contrast ratio, from 1 to 21. */
    public double contrastWith(Colour other) {
        double a = luminance();
        double b = other.luminance();
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** Black or white, whichever reads better on this colour. */
    public Colour textColour() {
        return contrastWith(BLACK) >= contrastWith(WHITE) ? BLACK : WHITE;
    }

    /**
     * The better text contrast this colour offers (with black or white text). The UI warns when
     * it is under {@link #MIN_TEXT_CONTRAST}.
     */
    public double bestTextContrast() {
        return contrastWith(textColour());
    }

    /** Whether black or white note text on this colour reaches {@link #MIN_TEXT_CONTRAST}. */
    public boolean readableWithText() {
        return bestTextContrast() >= MIN_TEXT_CONTRAST;
    }

    /** sRGB channel (0–255) to linear light (0–1). */
    static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** Linear light (0–1) to the nearest sRGB channel value. */
    static int encode(double linear) {
        double c = linear <= 0.0031308 ? 12.92 * linear : 1.055 * Math.pow(linear, 1 / 2.4) - 0.055;
        return (int) Math.round(Math.clamp(c, 0.0, 1.0) * 255);
    }
}
