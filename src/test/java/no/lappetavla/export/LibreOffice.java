package no.lappetavla.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Renders office files through LibreOffice and reads the PDF back with poppler, for tests that
 * check what a printer would get. Missing tools are a failure, not a skip: CI installs them.
 */
public final class LibreOffice {

    private static final long TIMEOUT_SECONDS = 180;

    private LibreOffice() {
    }

    /** Converts to PDF in {@code outDir} with a throwaway profile, so parallel runs never share one. */
    public static Path toPdf(Path file, Path outDir) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("lo-profile");
        try {
            run(List.of(tool("soffice"), "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore",
                    "--convert-to", "pdf", "--outdir", outDir.toString(), file.toString()));
        } finally {
            deleteTree(profile);
        }
        String name = file.getFileName().toString();
        Path pdf = outDir.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
        if (!Files.isRegularFile(pdf) || Files.size(pdf) == 0) {
            throw new AssertionError("LibreOffice wrote no PDF for " + file);
        }
        return pdf;
    }

    /** The PDF's text, pages in order ({@code pdftotext}). */
    public static String text(Path pdf) throws IOException, InterruptedException {
        return run(List.of(tool("pdftotext"), "-enc", "UTF-8", pdf.toString(), "-"));
    }

    /** {@code pdfinfo} output, e.g. "Pages: 2" and "Page size: 595.304 x 841.89 pts (A4)". */
    public static String info(Path pdf) throws IOException, InterruptedException {
        return run(List.of(tool("pdfinfo"), pdf.toString()));
    }

    /** A word on a page with its box in PDF points (origin top left). */
    public record Word(int page, String text, double xMin, double yMin, double xMax, double yMax) {
    }

    /** Every word with its position ({@code pdftotext -bbox}). */
    public static List<Word> words(Path pdf) throws IOException, InterruptedException {
        String html = run(List.of(tool("pdftotext"), "-bbox", "-enc", "UTF-8", pdf.toString(), "-"));
        List<Word> words = new ArrayList<>();
        int page = 0;
        for (String line : html.split("\n")) {
            String l = line.strip();
            if (l.startsWith("<page ")) {
                page++;
            } else if (l.startsWith("<word ")) {
                words.add(new Word(page, l.substring(l.indexOf('>') + 1, l.lastIndexOf("</word>")),
                        attribute(l, "xMin"), attribute(l, "yMin"), attribute(l, "xMax"), attribute(l, "yMax")));
            }
        }
        return words;
    }

    private static double attribute(String tag, String name) {
        int i = tag.indexOf(name + "=\"") + name.length() + 2;
        return Double.parseDouble(tag.substring(i, tag.indexOf('"', i)));
    }

    private static String tool(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        throw new AssertionError(name + " is not installed (LibreOffice and poppler-utils are needed for this test)");
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("lo-out", ".txt");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("Timed out after " + TIMEOUT_SECONDS + " s: " + command);
            }
            String out = Files.readString(log, StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                throw new AssertionError(command.getFirst() + " failed (" + p.exitValue() + "): " + out);
            }
            return out;
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
