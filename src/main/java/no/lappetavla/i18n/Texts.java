package no.lappetavla.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The texts people read, per layer ("ui", "io", "export", "app") and language ("nb", "nn", "en").
 * Bokmål is the base file; other languages override it key by key. Loaded by hand rather than by
 * ResourceBundle.getBundle so that the machine's own locale never picks the language.
 */
public final class Texts {

    public static final Set<String> LANGUAGES = Set.of("nb", "nn", "en");
    private static final ConcurrentHashMap<String, Texts> CACHE = new ConcurrentHashMap<>();

    private final ResourceBundle bundle;
    private final Locale locale;

    private Texts(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The texts of one layer in one language; unknown languages fall back to bokmål. */
    public static Texts of(String layer, String language) {
        String lang = LANGUAGES.contains(language) ? language : "nb";
        return CACHE.computeIfAbsent(layer + "_" + lang, k -> load(layer, lang));
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            // A missing text must show up, not crash a workshop; LocalizationTest keeps this from shipping.
            return "!" + key + "!";
        }
    }

    /** A text with {0}-style arguments, formatted for the language. */
    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return locale;
    }

    private static Texts load(String layer, String lang) {
        ResourceBundle base = read(layer + ".properties", null);
        Objects.requireNonNull(base, "missing base texts for " + layer);
        ResourceBundle own = "nb".equals(lang) ? null : read(layer + "_" + lang + ".properties", base);
        Locale locale = Locale.forLanguageTag(lang);
        return new Texts(own != null ? own : base, locale);
    }

    private static ResourceBundle read(String file, ResourceBundle parent) {
        try (InputStream in = Texts.class.getResourceAsStream("/no/lappetavla/i18n/" + file)) {
            if (in == null) {
                return null;
            }
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8)) {
                {
                    setParent(parent);
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
