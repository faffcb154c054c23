package no.lappetavla.export;

/** Word measures layout in twips: 1/20 point, 1440 per inch. */
final class Twips {

    static final int A4_WIDTH = 11906;
    static final int A4_HEIGHT = 16838;

    private Twips() {
    }

    static int ofMm(double mm) {
        return (int) Math.round(mm * 1440 / 25.4);
    }

    static int ofPt(double pt) {
        return (int) Math.round(pt * 20);
    }
}
