package no.lappetavla.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import no.lappetavla.i18n.Texts;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A PDF with one picture per page, for boards rendered page by page by the window: the picture
 * fills a page of the given size, so the PDF prints exactly like the printed board. The pages carry
 * no words of their own, so the one message (a page that is not a picture) is in bokmål.
 */
public final class PagesPdf {

    private PagesPdf() {
    }

    /**
     * @param pngPages     one PNG picture per page, covering the whole sheet
     * @param pageWidthPt  sheet size in points (A4 portrait: 595 × 842)
     * @param pageHeightPt
     * @param title        shown by PDF readers in the title bar
     */
    public static void write(List<byte[]> pngPages, double pageWidthPt, double pageHeightPt, String title,
                             OutputStream out) throws IOException {
        if (pngPages.isEmpty()) {
            throw new IllegalArgumentException("no pages");
        }
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("Lappetavla");
            PDRectangle size = new PDRectangle((float) pageWidthPt, (float) pageHeightPt);
            for (int i = 0; i < pngPages.size(); i++) {
                PDPage page = new PDPage(size);
                doc.addPage(page);
                PDImageXObject image;
                try {
                    image = PDImageXObject.createFromByteArray(doc, pngPages.get(i), "side-" + (i + 1) + ".png");
                } catch (IllegalArgumentException notAPicture) {
                    throw new IOException(Texts.of("export", "nb").format("pdf.badPage", i + 1), notAPicture);
                }
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.drawImage(image, 0, 0, size.getWidth(), size.getHeight());
                }
            }
            doc.save(out);
        }
    }
}
