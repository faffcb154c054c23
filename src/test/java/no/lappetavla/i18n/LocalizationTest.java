package no.lappetavla.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fails on a text key used in code but missing from its bundle, on a key nobody uses, and on a
 * translation whose keys differ from bokmål. Keys are string literals in each layer's sources.
 */
class LocalizationTest {

    private static final Path SOURCES = Path.of("src/main/java/no/lappetavla");
    private static final Pattern LOOKUP = Pattern.compile("(?:get|format|has|Edit\\.of)\\(\\s*\"([a-zA-Z0-9_]+(?:\\.[a-zA-Z0-9_]+)+)\"");
    private static final Pattern LITERAL = Pattern.compile("\"([a-zA-Z0-9_.]+)\"");
    /** Which source folders use each layer's texts. */
    private static final Map<String, List<String>> USERS = Map.of(
            "ui", List.of("ui", "model", "io", "app"),
            "io", List.of("io", "app"),
            "export", List.of("export", "app", "io"),
            "app", List.of("app"));

    @ParameterizedTest
    @ValueSource(strings = {"ui", "model", "io", "export", "app"})
    void everyKeyLookedUpExistsInABundleOfItsLayer(String folder) throws IOException {
        List<Properties> bundles = new ArrayList<>();
        for (var e : USERS.entrySet()) {
            if (e.getValue().contains(folder)) {
                bundles.add(load(e.getKey() + ".properties"));
            }
        }
        Set<String> missing = new TreeSet<>();
        Matcher m = LOOKUP.matcher(sources(List.of(folder)));
        while (m.find()) {
            String key = m.group(1);
            boolean ours = bundles.stream().anyMatch(b -> looksLikeOwnKey(key, b));
            if (ours && bundles.stream().noneMatch(b -> b.containsKey(key))) {
                missing.add(key);
            }
        }
        assertTrue(missing.isEmpty(), folder + " looks up texts that no bundle has: " + missing);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ui", "io", "export", "app"})
    void everyKeyIsUsed(String layer) throws IOException {
        Properties base = load(layer + ".properties");
        String code = sources(USERS.get(layer));
        Set<String> literals = new TreeSet<>();
        Matcher l = LITERAL.matcher(code);
        while (l.find()) {
            literals.add(l.group(1));
        }
        Set<String> unused = new TreeSet<>();
        for (String key : base.stringPropertyNames()) {
            boolean used = literals.contains(key)
                    || literals.stream().anyMatch(p -> p.endsWith(".") && key.startsWith(p))
                    || (key.endsWith(".tip") && literals.contains(key.substring(0, key.length() - 4)));
            if (!used) {
                unused.add(key);
            }
        }
        assertTrue(unused.isEmpty(), layer + ".properties has keys no code uses: " + unused);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ui", "io", "export", "app"})
    void translationsHaveTheSameKeysAsBokmal(String layer) throws IOException {
        Properties base = load(layer + ".properties");
        for (String lang : List.of("nn", "en")) {
            Properties other = loadOptional(layer + "_" + lang + ".properties");
            if (other != null) {
                assertEquals(new TreeSet<>(base.stringPropertyNames()), new TreeSet<>(other.stringPropertyNames()),
                        layer + "_" + lang + " differs from bokmål");
            }
        }
    }

    /** Lookups like map.get("a.b") on other things only count when the prefix is one of ours. */
    private static boolean looksLikeOwnKey(String key, Properties base) {
        String prefix = key.substring(0, key.indexOf('.') + 1);
        return base.stringPropertyNames().stream().anyMatch(k -> k.startsWith(prefix));
    }

    private static String sources(List<String> folders) throws IOException {
        StringBuilder all = new StringBuilder();
        for (String folder : folders) {
            List<Path> files = new ArrayList<>();
            try (Stream<Path> s = Files.walk(SOURCES.resolve(folder))) {
                s.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
            }
            for (Path p : files) {
                all.append(Files.readString(p)).append('\n');
            }
        }
        return all.toString();
    }

    private static Properties load(String file) throws IOException {
        Properties p = loadOptional(file);
        assertTrue(p != null, "missing " + file);
        return p;
    }

    private static Properties loadOptional(String file) throws IOException {
        try (InputStream in = LocalizationTest.class.getResourceAsStream("/no/lappetavla/i18n/" + file)) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }
}
