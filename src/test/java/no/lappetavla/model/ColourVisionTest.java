package no.lappetavla.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ColourVisionTest {

    /**
     * Smallest CIEDE2000 difference allowed between two default profession colours, under normal
     * vision and every simulated dichromacy. 10 is about where two flat colour patches are told apart
     * at a glance rather than by side-by-side comparison (ΔE00 ≈ 1 is just noticeable, 2–10 is "similar
     * colour" on common scales); notes seen across a room on a projector need at least that.
     */
    static final double MIN_DIFFERENCE = 10;

    @Test
    void ciede2000MatchesSharmasTestData() {
        assertEquals(2.0425, de(50, 2.6772, -79.7751, 50, 0, -82.7485), 1e-4);
        assertEquals(2.3669, de(50, 0, 0, 50, -1, 2), 1e-4);
        assertEquals(4.8045, de(50, -0.001, 2.49, 50, 0.0009, -2.49), 1e-4);
        assertEquals(27.1492, de(50, 2.5, 0, 73, 25, -18), 1e-4);
        assertEquals(22.8977, de(50, 2.5, 0, 61, -5, 29), 1e-4);
        assertEquals(1.2644, de(60.2574, -34.0099, 36.2677, 60.4626, -34.1751, 39.4387), 1e-4);
    }

    @Test
    void labOfWhiteAndBlackAreTheEnds() {
        ColourDifference.Lab white = ColourDifference.lab(Colour.WHITE);
        assertEquals(100, white.l(), 1e-3);
        assertEquals(0, white.a(), 1e-2);
        assertEquals(0, white.b(), 1e-2);
        assertEquals(0, ColourDifference.lab(Colour.BLACK).l(), 1e-9);
    }

    @Test
    void greysLookTheSameToEveryone() {
        Colour grey = Colour.parse("#808080");
        for (ColourVision v : ColourVision.values()) {
            assertTrue(ColourDifference.deltaE2000(grey, v.simulate(grey)) < 1, v.name());
        }
    }

    @Test
    void redAndGreenCollapseForRedGreenBlindness() {
        // Typical status red and green: far apart normally and for tritans, close without L or M cones.
        Colour red = Colour.parse("#D32F2F");
        Colour green = Colour.parse("#2E7D32");
        assertTrue(difference(ColourVision.NORMAL, red, green) > 50);
        assertTrue(difference(ColourVision.TRITANOPIA, red, green) > 50);
        assertTrue(difference(ColourVision.PROTANOPIA, red, green) < 12);
        assertTrue(difference(ColourVision.DEUTERANOPIA, red, green) < 12);
    }

    @ParameterizedTest
    @EnumSource(ColourVision.class)
    void defaultProfessionColoursStayApart(ColourVision vision) {
        List<Profession> ps = DefaultProfessions.create();
        double min = Double.MAX_VALUE;
        String pair = "";
        for (int i = 0; i < ps.size(); i++) {
            for (int j = i + 1; j < ps.size(); j++) {
                double d = ColourDifference.deltaE2000(vision.simulate(ps.get(i).colourValue()), vision.simulate(ps.get(j).colourValue()));
                if (d < min) {
                    min = d;
                    pair = ps.get(i).code() + "/" + ps.get(j).code();
                }
            }
        }
        System.out.printf(Locale.ROOT, "%s: smallest ΔE00 %.1f (%s)%n", vision, min, pair);
        assertTrue(min >= MIN_DIFFERENCE, vision + ": " + pair + " differ by only " + min);
    }

    @Test
    void readableTextFlagsColoursThatNeitherBlackNorWhiteReadsOn() {
        // Mid-tones: about 4.7 with black text, 4.5 with white.
        Colour midGrey = Colour.parse("#777777");
        assertEquals(4.69, midGrey.bestTextContrast(), 0.01);
        assertFalse(midGrey.readableWithText());
        assertTrue(Colour.parse("#FFFFAA").readableWithText());
        assertTrue(Colour.parse("#222266").readableWithText());
        assertEquals(21, Colour.WHITE.bestTextContrast(), 1e-9);
    }

    @Test
    void noColourFallsBelowAaWithTheBetterOfBlackAndWhite() {
        // Where black and white give the same contrast, (L+0.05)² = 0.05·1.05: the worst case is √21.
        double worst = Double.MAX_VALUE;
        for (int v = 0; v < 256; v++) {
            worst = Math.min(worst, new Colour(v, v, v).bestTextContrast());
        }
        assertEquals(Math.sqrt(21), worst, 0.05);
        assertTrue(worst >= 4.5);
    }

    @Test
    void defaultColoursKeepClearOfStatusRedAndGreenAndReadWell() {
        List<Colour> status = List.of("#FF0000", "#00FF00", "#D32F2F", "#CC0000", "#2E7D32", "#008000").stream().map(Colour::parse).toList();
        for (Profession p : DefaultProfessions.create()) {
            for (Colour s : status) {
                assertTrue(ColourDifference.deltaE2000(p.colourValue(), s) >= 20, p.code() + " too close to " + s.hex());
            }
            assertTrue(p.colourValue().readableWithText(), p.code() + " " + p.colourValue().bestTextContrast());
        }
    }

    private static double difference(ColourVision vision, Colour a, Colour b) {
        return ColourDifference.deltaE2000(vision.simulate(a), vision.simulate(b));
    }

    private static double de(double l1, double a1, double b1, double l2, double a2, double b2) {
        return ColourDifference.deltaE2000(new ColourDifference.Lab(l1, a1, b1), new ColourDifference.Lab(l2, a2, b2));
    }
}
