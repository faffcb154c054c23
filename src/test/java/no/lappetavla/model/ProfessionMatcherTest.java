package no.lappetavla.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProfessionMatcherTest {

    private final List<Profession> professions = DefaultProfessions.create();
    private final ProfessionMatcher matcher = new ProfessionMatcher(professions, professions.subList(0, 2));

    private List<String> codes(String text) {
        return matcher.find(text).stream().map(Profession::code).toList();
    }

    @Test
    void namesCodesPluralsAndOlderTitles() {
        assertEquals(List.of("SPL", "HFA"), codes("Sykepleier, helsefagarbeider"));
        assertEquals(List.of("SPL", "HFA"), codes("SPL/HFA"));
        assertEquals(List.of("HFA"), codes("HFA m/kurs"));
        assertEquals(List.of("SPL", "HFA"), codes("sykepleiere og hjelpepleiere"));
        assertEquals(List.of("SPL", "AKS"), codes("Alle"));
    }

    @Test
    void laterWordsCountOnlyAsCapitalCodesOrFullNames() {
        assertEquals(List.of("HFA"), codes("primærkontakt HFA"));
        assertEquals(List.of("LÆR"), codes("ikke LÆR"));
        assertEquals(List.of("FYS"), codes("veiledning fra fysioterapeut"));
        // Ordinary words that spell codes in lower case are not professions.
        assertEquals(List.of(), codes("sørg for at mv. er klart"));
    }
}
