package no.lappetavla.model;

/**
 * How a colour looks to people with dichromatic colour vision, so the default palette can be
 * checked for colours that collapse into each other. Uses the model of Machado, Oliveira and
 * Fernandes (2009), "A Physiologically-based Model for Simulation of Color Vision Deficiency",
 * IEEE TVCG 15(6): the published 3×3 matrices for severity 1.0 (full dichromacy), applied to
 * linear RGB, with the result clipped to the sRGB gamut.
 */
public enum ColourVision {
    NORMAL(null),
    /** No working L (red) cones; about 1 % of men. */
    PROTANOPIA(new double[][] {
            {0.152286, 1.052583, -0.204868},
            {0.114503, 0.786281, 0.099216},
            {-0.003882, -0.048116, 1.051998}}),
    /** No working M (green) cones; about 1 % of men, the mildest forms far more common. */
    DEUTERANOPIA(new double[][] {
            {0.367322, 0.860646, -0.227968},
            {0.280085, 0.672501, 0.047413},
            {-0.011820, 0.042940, 0.968881}}),
    /** No working S (blue) cones; rare. */
    TRITANOPIA(new double[][] {
            {1.255528, -0.076749, -0.178779},
            {-0.078411, 0.930809, 0.147602},
            {0.004733, 0.691367, 0.303900}});

    private final double[][] matrix;

    ColourVision(double[][] matrix) {
        this.matrix = matrix;
    }

    /** The colour as this kind of vision sees it, as the nearest sRGB colour. */
    public Colour simulate(Colour colour) {
        if (matrix == null) {
            return colour;
        }
        double[] rgb = {Colour.linear(colour.red()), Colour.linear(colour.green()), Colour.linear(colour.blue())};
        int[] out = new int[3];
        for (int i = 0; i < 3; i++) {
            double v = matrix[i][0] * rgb[0] + matrix[i][1] * rgb[1] + matrix[i][2] * rgb[2];
            out[i] = Colour.encode(Math.clamp(v, 0.0, 1.0));
        }
        return new Colour(out[0], out[1], out[2]);
    }
}
