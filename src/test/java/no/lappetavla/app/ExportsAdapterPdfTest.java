package no.lappetavla.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's PDF export goes through the adapter: whole file or the old one untouched. */
class ExportsAdapterPdfTest {

    @Test
    void writesThePdfAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("tavle.pdf");
        new ExportsAdapter().writePdf(List.of(png(), png()), 842, 595, "Tavle", file);
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            assertEquals(2, doc.getNumberOfPages());
            assertEquals(842, doc.getPage(0).getMediaBox().getWidth(), 0.01);
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void aFailedExportKeepsTheOldFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("tavle.pdf");
        byte[] old = {1, 2, 3};
        Files.write(file, old);
        byte[] notAPicture = {9, 9, 9};
        IOException e = assertThrows(IOException.class, () -> new ExportsAdapter().writePdf(List.of(notAPicture), 595, 842, "Tavle", file));
        assertEquals("Side 1 er ikke et bilde og kan ikke legges i PDF-en.", e.getMessage());
        assertArrayEquals(old, Files.readAllBytes(file));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
