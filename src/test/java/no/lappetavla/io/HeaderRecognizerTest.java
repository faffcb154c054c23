package no.lappetavla.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HeaderRecognizerTest {

    @Test
    void variantsInAnyCaseSpacingAndPunctuation() {
        assertEquals(Optional.of(ImportColumn.TASK), HeaderRecognizer.recognise(" ARBEIDSOPPGAVE "));
        assertEquals(Optional.of(ImportColumn.TASK), HeaderRecognizer.recognise("Oppgåve"));
        assertEquals(Optional.of(ImportColumn.WHO_TODAY), HeaderRecognizer.recognise("Hvem gjør det (i dag)?"));
        assertEquals(Optional.of(ImportColumn.WHO_TODAY), HeaderRecognizer.recognise("Faggruppe"));
        assertEquals(Optional.of(ImportColumn.TIME), HeaderRecognizer.recognise("Klokkeslett"));
        assertEquals(Optional.of(ImportColumn.PLACE), HeaderRecognizer.recognise("Stad"));
        assertEquals(Optional.of(ImportColumn.USER_NEED), HeaderRecognizer.recognise("User need"));
        assertEquals(Optional.of(ImportColumn.COMPETENCE_NEED), HeaderRecognizer.recognise("Kompetanse-behov"));
        assertEquals(Optional.of(ImportColumn.DURATION), HeaderRecognizer.recognise("Varigheit [min]"));
        assertEquals(Optional.of(ImportColumn.MUST), HeaderRecognizer.recognise("MÅ"));
        assertEquals(Optional.of(ImportColumn.CAN), HeaderRecognizer.recognise("Can"));
        assertEquals(Optional.of(ImportColumn.COMMENT), HeaderRecognizer.recognise("Kommentar:"));
        assertEquals(Optional.empty(), HeaderRecognizer.recognise("English"));
    }

    @Test
    void headerBelowTitleAndBlankRows() {
        HeaderRecognizer.Header header = HeaderRecognizer.find(List.of(
                List.of("Oppgaver på dagvakt"),
                List.of(""),
                List.of("Tid", "Oppgave", "English", "Må"))).orElseThrow();
        assertEquals(2, header.rowIndex());
        assertEquals(1, header.columns().get(ImportColumn.TASK));
        assertEquals(List.of("English"), header.ignored());
        assertTrue(HeaderRecognizer.find(List.of(List.of("Vare", "Antall"))).isEmpty());
    }
}
