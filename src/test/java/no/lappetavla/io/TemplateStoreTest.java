package no.lappetavla.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.lappetavla.model.Note;
import no.lappetavla.model.Templates;
import no.lappetavla.model.Workshop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store with a plain JSON reader/writer (temporary file + atomic move) standing in for the
 * workshop file layer, which is not on this branch.
 */
class TemplateStoreTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @TempDir
    Path dir;

    private TemplateStore store() {
        return new TemplateStore(dir.resolve("maler"),
                file -> JSON.readValue(file.toFile(), Workshop.class),
                (workshop, file) -> {
                    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
                    JSON.writeValue(tmp.toFile(), workshop);
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                });
    }

    @Test
    void aMissingFolderHasNoTemplates() throws IOException {
        assertEquals(List.of(), store().list());
    }

    @Test
    void savedTemplatesAreListedInNorwegianOrderAndGiveFreshWorkshops() throws IOException {
        TemplateStore store = store();
        Workshop sample = SampleWorkshop.create();
        store.save("Østre sykehjem", sample, true);
        store.save("Avdeling 2", sample, false);
        store.save("Ålesund-malen", sample, false);
        List<TemplateStore.SavedTemplate> list = store.list();
        assertEquals(List.of("Avdeling 2", "Østre sykehjem", "Ålesund-malen"), list.stream().map(TemplateStore.SavedTemplate::name).toList());

        Workshop first = store.newWorkshop(list.get(1));
        Workshop second = store.newWorkshop(list.get(1));
        assertEquals("Østre sykehjem", first.title());
        assertEquals(sample.notes().stream().map(Note::text).toList(), first.notes().stream().map(Note::text).toList());
        assertTrue(first.decisions().isEmpty());
        Set<String> ids = new HashSet<>(first.notes().stream().map(Note::id).toList());
        ids.retainAll(second.notes().stream().map(Note::id).toList());
        assertTrue(ids.isEmpty(), "each new workshop gets its own ids");
        assertTrue(store.newWorkshop(list.getFirst()).notes().isEmpty());
    }

    @Test
    void savingUnderTheSameNameReplacesAndDeleteRemovesTheBackupToo() throws IOException {
        TemplateStore store = store();
        Workshop w = Templates.byId(Templates.HOME_CARE).orElseThrow().create(true);
        assertFalse(store.exists("Hjemmetjenesten"));
        TemplateStore.SavedTemplate saved = store.save("Hjemmetjenesten", w, true);
        assertTrue(store.exists("Hjemmetjenesten"));
        store.save("Hjemmetjenesten", w, false);
        assertEquals(1, store.list().size());
        assertTrue(store.newWorkshop(saved).notes().isEmpty());

        Files.writeString(saved.file().resolveSibling(saved.file().getFileName() + ".bak"), "forrige");
        store.delete(saved);
        assertEquals(List.of(), store.list());
        try (var left = Files.list(dir.resolve("maler"))) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void namesBecomeSafeFileNames() throws IOException {
        assertEquals("Dag-natt - helg", TemplateStore.fileName(" Dag/natt : helg. "));
        assertEquals("con_", TemplateStore.fileName("con"));
        assertEquals("LPT1.mal_", TemplateStore.fileName("LPT1.mal"));
        assertEquals("skjult", TemplateStore.fileName("..skjult"));
        assertEquals(100, TemplateStore.fileName("x".repeat(300)).length());
        IOException empty = assertThrows(IOException.class, () -> TemplateStore.fileName("  /?  "));
        assertEquals("Malen må ha et navn.", empty.getMessage());
        assertThrows(IOException.class, () -> store().save(" ", SampleWorkshop.create(), true));
    }

    @Test
    void onlyFilesInTheTemplateFolderAreReadOrDeleted() throws IOException {
        Path outside = dir.resolve("viktig.lappetavla");
        Files.writeString(outside, "brukerens fil");
        TemplateStore.SavedTemplate foreign = new TemplateStore.SavedTemplate("viktig", outside);
        IOException e = assertThrows(IOException.class, () -> store().delete(foreign));
        assertTrue(e.getMessage().startsWith("Filen "), e.getMessage());
        assertTrue(Files.exists(outside));
        assertThrows(IOException.class, () -> store().newWorkshop(foreign));
    }

    @Test
    void aDamagedTemplateFailsWithTheReadersMessageAndStaysListed() throws IOException {
        TemplateStore store = store();
        TemplateStore.SavedTemplate saved = store.save("Skadet", SampleWorkshop.create(), true);
        Files.writeString(saved.file(), "{\"title\": ");
        assertThrows(IOException.class, () -> store.newWorkshop(saved));
        assertEquals(List.of("Skadet"), store.list().stream().map(TemplateStore.SavedTemplate::name).toList());
    }
}
