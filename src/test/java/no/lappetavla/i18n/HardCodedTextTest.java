package no.lappetavla.i18n;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Fails when window code puts words on screen without the text bundles: a literal with letters
 * given to a control's constructor or to a text setter. Symbols such as "×", "●" or "↑" are fine.
 */
class HardCodedTextTest {

    private static final String WORD = "[A-Za-zÆØÅæøå]{2,}";
    private static final Pattern CONTROL = Pattern.compile(
            "new (?:Label|Button|MenuItem|Menu|Tab|CheckBox|ToggleButton|Tooltip|CheckMenuItem|RadioMenuItem|TitledPane|Hyperlink|Text)\\(\"[^\"]*" + WORD);
    private static final Pattern SETTER = Pattern.compile(
            "\\.(?:setText|setTitle|setHeaderText|setContentText|setPromptText|setAccessibleText|setAccessibleHelp)\\(\"[^\"]*" + WORD);

    @Test
    void windowCodeTakesEveryWordFromTheBundles() throws IOException {
        List<String> found = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of("src/main/java/no/lappetavla/ui"))) {
            files = s.filter(p -> p.toString().endsWith(".java")).toList();
        }
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                Matcher c = CONTROL.matcher(line);
                Matcher t = SETTER.matcher(line);
                if (c.find() || t.find()) {
                    found.add(file.getFileName() + ":" + (i + 1) + "  " + line.strip());
                }
            }
        }
        assertTrue(found.isEmpty(), "hard-coded texts:\n" + String.join("\n", found));
    }
}
