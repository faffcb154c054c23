package no.lappetavla.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.stream.Stream;
import no.lappetavla.io.WorkshopFileException.Kind;
import no.lappetavla.model.Workshop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryStoreTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:15:30Z");

    @TempDir
    Path home;

    private RecoveryStore store() {
        return new RecoveryStore(home.resolve(".lappetavla").resolve("recovery"), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void nothingToRecoverAtFirstStart() throws Exception {
        assertEquals(Optional.empty(), store().find());
    }

    @Test
    void roundTripWithOriginalFile() throws Exception {
        RecoveryStore store = store();
        Workshop w = TestWorkshops.everyField();
        Path original = home.resolve("Tørn på Solsiden.lappetavla");
        store.save(w, original);
        RecoveryStore.Recovery found = store.find().orElseThrow();
        assertEquals(w, found.workshop());
        assertEquals(Optional.of(original.toAbsolutePath()), found.original());
        assertEquals(NOW, found.savedAt());
    }

    @Test
    void roundTripOfNeverSavedWorkshopReplacesOlderCopy() throws Exception {
        RecoveryStore store = store();
        store.save(TestWorkshops.everyField(), home.resolve("a.lappetavla"));
        Workshop sample = SampleWorkshop.create();
        store.save(sample, null);
        RecoveryStore.Recovery found = store.find().orElseThrow();
        assertEquals(sample, found.workshop());
        assertEquals(Optional.empty(), found.original());
        try (Stream<Path> files = Files.list(store.folder())) {
            assertEquals(1, files.count(), "one copy, no temp files, no backup");
        }
    }

    @Test
    void clearRemovesTheCopy() throws Exception {
        RecoveryStore store = store();
        store.save(TestWorkshops.everyField(), null);
        store.clear();
        assertEquals(Optional.empty(), store.find());
        store.clear(); // nothing left: still fine
    }

    @Test
    void damagedCopyIsReportedNotThrownAsCrash() throws Exception {
        RecoveryStore store = store();
        store.save(TestWorkshops.everyField(), null);
        byte[] good = Files.readAllBytes(store.file());

        Files.write(store.file(), java.util.Arrays.copyOf(good, good.length / 2));
        WorkshopFileException cut = assertThrows(WorkshopFileException.class, store::find);
        assertEquals(Kind.TRUNCATED, cut.kind(), String.valueOf(cut.getCause()));

        Files.writeString(store.file(), "\u0000\u0001søppel");
        WorkshopFileException notJson = assertThrows(WorkshopFileException.class, store::find);
        assertEquals(Kind.NOT_JSON, notJson.kind());
        assertTrue(notJson.getMessage().contains("«recovery.lappetavla»"), notJson.getMessage());

        ObjectMapper plain = new ObjectMapper();
        ObjectNode root = (ObjectNode) plain.readTree(good);
        ((ObjectNode) root.get("recovery")).put("savedAt", "i går");
        Files.write(store.file(), plain.writeValueAsBytes(root));
        WorkshopFileException badTime = assertThrows(WorkshopFileException.class, store::find);
        assertEquals(Kind.DAMAGED, badTime.kind());
        assertTrue(badTime.getMessage().contains("opplysningene om gjenopprettingskopien"), badTime.getMessage());

        root.remove("recovery");
        Files.write(store.file(), plain.writeValueAsBytes(root));
        assertEquals(Kind.DAMAGED, assertThrows(WorkshopFileException.class, store::find).kind());

        // The user is told, then the copy is cleared and start goes on.
        store.clear();
        assertFalse(store.find().isPresent());
    }

    @Test
    void unwritableFolderIsReported() throws Exception {
        Path notAFolder = Files.writeString(home.resolve("fil"), "x");
        RecoveryStore store = new RecoveryStore(notAFolder.resolve("recovery"));
        WorkshopFileException e = assertThrows(WorkshopFileException.class, () -> store.save(TestWorkshops.everyField(), null));
        assertEquals(Kind.NOT_WRITABLE, e.kind());
    }
}
