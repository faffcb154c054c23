package no.lappetavla.model;

/**
 * Perceived difference between two colours: CIEDE2000 (CIE 142-2001) in CIELAB under D65,
 * implemented after Sharma, Wu and Dalal (2005), "The CIEDE2000 Color-Difference Formula:
 * Implementation Notes, Supplementary Test Data, and Mathematical Observations".
 * About 1 is just noticeable side by side; notes across a room need far more.
 */
public final class ColourDifference {

    /** CIELAB coordinates. */
    public record Lab(double l, double a, double b) {
    }

    // D65 reference white for the sRGB → XYZ matrix below.
    private static final double XN = 0.95047;
    private static final double YN = 1.0;
    private static final double ZN = 1.08883;

    private ColourDifference() {
    }

    public static Lab lab(Colour c) {
        double r = Colour.linear(c.red());
        double g = Colour.linear(c.green());
        double b = Colour.linear(c.blue());
        double x = 0.4124564 * r + 0.3575761 * g + 0.1804375 * b;
        double y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b;
        double z = 0.0193339 * r + 0.1191920 * g + 0.9503041 * b;
        double fx = f(x / XN);
        double fy = f(y / YN);
        double fz = f(z / ZN);
        return new Lab(116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz));
    }

    public static double deltaE2000(Colour c1, Colour c2) {
        return deltaE2000(lab(c1), lab(c2));
    }

    public static double deltaE2000(Lab p, Lab q) {
        double c1 = Math.hypot(p.a(), p.b());
        double c2 = Math.hypot(q.a(), q.b());
        double cMean = (c1 + c2) / 2;
        double c7 = Math.pow(cMean, 7);
        double g = 0.5 * (1 - Math.sqrt(c7 / (c7 + Math.pow(25, 7))));
        double a1 = (1 + g) * p.a();
        double a2 = (1 + g) * q.a();
        double cp1 = Math.hypot(a1, p.b());
        double cp2 = Math.hypot(a2, q.b());
        double h1 = hueDegrees(p.b(), a1);
        double h2 = hueDegrees(q.b(), a2);

        double dL = q.l() - p.l();
        double dC = cp2 - cp1;
        double dh;
        if (cp1 * cp2 == 0) {
            dh = 0;
        } else if (Math.abs(h2 - h1) <= 180) {
            dh = h2 - h1;
        } else if (h2 - h1 > 180) {
            dh = h2 - h1 - 360;
        } else {
            dh = h2 - h1 + 360;
        }
        double dH = 2 * Math.sqrt(cp1 * cp2) * Math.sin(Math.toRadians(dh / 2));

        double lMean = (p.l() + q.l()) / 2;
        double cpMean = (cp1 + cp2) / 2;
        double hMean;
        if (cp1 * cp2 == 0) {
            hMean = h1 + h2;
        } else if (Math.abs(h1 - h2) <= 180) {
            hMean = (h1 + h2) / 2;
        } else if (h1 + h2 < 360) {
            hMean = (h1 + h2 + 360) / 2;
        } else {
            hMean = (h1 + h2 - 360) / 2;
        }
        double t = 1 - 0.17 * cos(hMean - 30) + 0.24 * cos(2 * hMean) + 0.32 * cos(3 * hMean + 6) - 0.20 * cos(4 * hMean - 63);
        double dTheta = 30 * Math.exp(-Math.pow((hMean - 275) / 25, 2));
        double cp7 = Math.pow(cpMean, 7);
        double rc = 2 * Math.sqrt(cp7 / (cp7 + Math.pow(25, 7)));
        double l50 = (lMean - 50) * (lMean - 50);
        double sl = 1 + 0.015 * l50 / Math.sqrt(20 + l50);
        double sc = 1 + 0.045 * cpMean;
        double sh = 1 + 0.015 * cpMean * t;
        double rt = -Math.sin(Math.toRadians(2 * dTheta)) * rc;
        double tl = dL / sl;
        double tc = dC / sc;
        double th = dH / sh;
        return Math.sqrt(tl * tl + tc * tc + th * th + rt * tc * th);
    }

    private static double hueDegrees(double b, double a) {
        if (a == 0 && b == 0) {
            return 0;
        }
        double h = Math.toDegrees(Math.atan2(b, a));
        return h < 0 ? h + 360 : h;
    }

    private static double cos(double degrees) {
        return Math.cos(Math.toRadians(degrees));
    }

    private static double f(double t) {
        double delta = 6.0 / 29;
        return t > delta * delta * delta ? Math.cbrt(t) : t / (3 * delta * delta) + 4.0 / 29;
    }
}
