package no.lappetavla.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.lappetavla.io.WorkshopFileException.Kind;
import no.lappetavla.model.Workshop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Version 1 is the first format, so there is no real history yet: these tests register their own
 * steps to show that the chain runs in order, stamps each version and runs before binding.
 */
class FormatMigrationTest {

    private static final ObjectMapper PLAIN = new ObjectMapper();

    @TempDir
    Path dir;

    private static FormatMigration.Step step(int from, java.util.function.Consumer<ObjectNode> change) {
        return new FormatMigration.Step() {
            @Override
            public int from() {
                return from;
            }

            @Override
            public void upgrade(ObjectNode root) {
                change.accept(root);
            }
        };
    }

    /** Each step records which version it saw, so order and stamping are visible. */
    private static FormatMigration.Step logging(int from) {
        return step(from, root -> root.withArray("log").add("saw " + root.get("formatVersion").intValue()));
    }

    @Test
    void standardChainIsTheCurrentVersionWithNothingToDo() {
        FormatMigration standard = FormatMigration.standard();
        assertEquals(1, standard.currentVersion());
        assertEquals(FormatMigration.CURRENT_VERSION, standard.currentVersion());
        ObjectNode root = PLAIN.createObjectNode().put("formatVersion", 1).put("app", "Lappetavla");
        ObjectNode copy = root.deepCopy();
        assertEquals(copy, standard.upgrade(root, 1));
    }

    @Test
    void stepsRunInOrderFromTheFilesVersion() {
        FormatMigration chain = new FormatMigration(4, List.of(logging(3), logging(1), logging(2)));
        ObjectNode fromOne = chain.upgrade(PLAIN.createObjectNode().put("formatVersion", 1), 1);
        assertEquals(List.of("saw 1", "saw 2", "saw 3"), texts((ArrayNode) fromOne.get("log")));
        assertEquals(4, fromOne.get("formatVersion").intValue());

        ObjectNode fromThree = chain.upgrade(PLAIN.createObjectNode().put("formatVersion", 3), 3);
        assertEquals(List.of("saw 3"), texts((ArrayNode) fromThree.get("log")));
        assertEquals(4, fromThree.get("formatVersion").intValue());

        ObjectNode current = chain.upgrade(PLAIN.createObjectNode().put("formatVersion", 4), 4);
        assertEquals(null, current.get("log"));
    }

    @Test
    void chainsWithGapsOrDoubleStepsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new FormatMigration(3, List.of(logging(1))));
        assertThrows(IllegalArgumentException.class, () -> new FormatMigration(2, List.of(logging(1), logging(1))));
        assertThrows(IllegalArgumentException.class, () -> new FormatMigration(2, List.of(logging(2))));
        assertThrows(IllegalArgumentException.class, () -> new FormatMigration(0, List.of()));
        FormatMigration chain = new FormatMigration(2, List.of(logging(1)));
        assertThrows(IllegalArgumentException.class, () -> chain.upgrade(PLAIN.createObjectNode(), 3));
    }

    @Test
    void readerUpgradesBeforeBindingAndRefusesNewer() throws Exception {
        // A pretend version 2 that dropped a top-level "createdBy" and keeps titles in capitals.
        FormatMigration toTwo = new FormatMigration(2, List.of(step(1, root -> {
            root.remove("createdBy");
            ObjectNode w = (ObjectNode) root.get("workshop");
            w.put("title", w.get("title").textValue().toUpperCase(java.util.Locale.ROOT));
        })));
        Workshop original = TestWorkshops.everyField();
        Path file = dir.resolve("gammel.lappetavla");
        WorkshopFile.write(original, file);
        ObjectNode root = (ObjectNode) PLAIN.readTree(file.toFile());
        root.put("createdBy", "Lappetavla 0.9");
        Files.write(file, PLAIN.writeValueAsBytes(root));

        // Today's reader does not know "createdBy" in version 1 ...
        assertEquals(Kind.DAMAGED, assertThrows(WorkshopFileException.class, () -> WorkshopFile.read(file)).kind());
        // ... the upgraded reader removes it before checking and binding.
        Workshop upgraded = WorkshopFile.open(file, toTwo).workshop();
        assertEquals(original.withInfo("TØRN PÅ SOLSIDEN 🌞", original.unit(), original.date(), original.participants()), upgraded);

        root.remove("createdBy");
        root.put("formatVersion", 2);
        Files.write(file, PLAIN.writeValueAsBytes(root));
        assertEquals(original, WorkshopFile.open(file, toTwo).workshop());

        root.put("formatVersion", 3);
        Files.write(file, PLAIN.writeValueAsBytes(root));
        assertEquals(Kind.NEWER_VERSION, assertThrows(WorkshopFileException.class, () -> WorkshopFile.open(file, toTwo)).kind());
    }

    private static List<String> texts(ArrayNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.textValue()));
        return out;
    }
}
