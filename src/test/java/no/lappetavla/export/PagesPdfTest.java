package no.lappetavla.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The PDF of printed pages, read back with PDFBox: pages, their size, and the picture on each. */
class PagesPdfTest {

    private static final double MM = 72 / 25.4;

    @ParameterizedTest
    @CsvSource({"210,297,595,842", "297,210,842,595", "297,420,842,1191", "420,297,1191,842"})
    void everyPictureGetsAPageOfTheSheetSize(double wMm, double hMm, int wPt, int hPt) throws IOException {
        byte[] pdf = write(List.of(png(Color.RED), png(Color.GREEN), png(Color.BLUE)), wMm * MM, hMm * MM);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(3, doc.getNumberOfPages());
            for (PDPage page : doc.getPages()) {
                assertEquals(wPt, page.getMediaBox().getWidth(), 0.5);
                assertEquals(hPt, page.getMediaBox().getHeight(), 0.5);
                int images = 0;
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                        images++;
                    }
                }
                assertEquals(1, images);
            }
            assertEquals("Sykehjem – Dagvakt", doc.getDocumentInformation().getTitle());
        }
    }

    @Test
    void thePictureFillsThePageInOrder() throws IOException {
        byte[] pdf = write(List.of(png(Color.RED), png(Color.BLUE)), 210 * MM, 297 * MM);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int[] expected = {Color.RED.getRGB(), Color.BLUE.getRGB()};
            for (int i = 0; i < 2; i++) {
                PDPage page = doc.getPage(i);
                // The one drawing operation scales the unit image square to the whole page.
                List<Object> tokens = new PDFStreamParser(page).parse();
                int cm = tokens.indexOf(Operator.getOperator("cm"));
                List<Object> matrix = tokens.subList(cm - 6, cm);
                float[] values = new float[6];
                for (int k = 0; k < 6; k++) {
                    values[k] = ((COSNumber) matrix.get(k)).floatValue();
                }
                assertEquals(210 * MM, values[0], 0.01);
                assertEquals(297 * MM, values[3], 0.01);
                assertEquals(0, values[4], 0.01);
                assertEquals(0, values[5], 0.01);
                PDImageXObject image = (PDImageXObject) page.getResources().getXObject(page.getResources().getXObjectNames().iterator().next());
                assertEquals(60, image.getWidth());
                assertEquals(expected[i], image.getImage().getRGB(30, 40), "colour of page " + (i + 1));
            }
        }
    }

    @Test
    void refusesAnEmptyDocument() {
        assertThrows(IllegalArgumentException.class, () -> write(List.of(), 595, 842));
    }

    private static byte[] write(List<byte[]> pages, double w, double h) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PagesPdf.write(pages, w, h, "Sykehjem – Dagvakt", out);
        return out.toByteArray();
    }

    private static byte[] png(Color colour) throws IOException {
        BufferedImage image = new BufferedImage(60, 85, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 85; y++) {
            for (int x = 0; x < 60; x++) {
                image.setRGB(x, y, colour.getRGB());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
