package no.lappetavla.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.lappetavla.io.WorkshopFileException.Kind;
import no.lappetavla.model.Workshop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkshopFileTest {

    private static final ObjectMapper PLAIN = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void sampleWorkshopRoundTrips() throws Exception {
        Workshop sample = SampleWorkshop.create();
        Path file = dir.resolve("sykehjem.lappetavla");
        WorkshopFile.write(sample, file);
        WorkshopFile.Opened opened = WorkshopFile.open(file);
        assertEquals(sample, opened.workshop());
        assertEquals(List.of(), opened.repairs());
    }

    @Test
    void workshopWithEveryFieldRoundTrips() throws Exception {
        Workshop w = TestWorkshops.everyField();
        Path file = dir.resolve("Tørn på Solsiden 🌞.lappetavla");
        WorkshopFile.write(w, file);
        assertEquals(w, WorkshopFile.read(file));
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains("Dele ut medisiner 💊"), "emoji written as UTF-8");
    }

    @Test
    void envelopeAndRecordsHoldOnlyRecordComponents() throws Exception {
        Path file = dir.resolve("v.lappetavla");
        WorkshopFile.write(TestWorkshops.everyField(), file);
        ObjectNode root = (ObjectNode) PLAIN.readTree(file.toFile());
        assertEquals(List.of("formatVersion", "app", "workshop"), names(root));
        assertEquals(1, root.get("formatVersion").intValue());
        assertEquals("Lappetavla", root.get("app").textValue());
        ObjectNode w = (ObjectNode) root.get("workshop");
        assertEquals(List.of("title", "unit", "date", "participants", "language", "professions", "boards",
                "notes", "decisions", "roles", "roleTasks"), names(w));
        assertEquals(List.of("id", "code", "name", "colour", "hidden"), names((ObjectNode) w.get("professions").get(0)));
        assertEquals(List.of("id", "boardId", "text", "professionId", "stepId", "place", "userNeed", "competenceNeed",
                "durationMinutes", "frequency", "timeThief", "comment", "votes"), names((ObjectNode) w.get("notes").get(0)));
        assertEquals(List.of("id", "name", "form", "steps", "laneIds"), names((ObjectNode) w.get("boards").get(0)));
        assertEquals(List.of("roleId", "taskKey", "kind"), names((ObjectNode) w.get("roleTasks").get(0)));
    }

    /** A record with bean-style helpers, as a model record might grow one day. */
    record Probe(String name, int size) {
        public boolean isEmpty() {
            return size == 0;
        }

        public String getLabel() {
            return name + size;
        }
    }

    @Test
    void beanStyleHelpersNeverBecomeProperties() throws Exception {
        Probe probe = new Probe("x", 0);
        ObjectNode json = (ObjectNode) PLAIN.readTree(WorkshopJson.write(probe));
        assertEquals(List.of("name", "size"), names(json));
        assertEquals(probe, WorkshopJson.bind(dir.resolve("p"), json, Probe.class, "probe"));
    }

    @Test
    void savingKeepsPreviousVersionAsBackupAndLeavesNoTempFiles() throws Exception {
        Path file = dir.resolve("verksted.lappetavla");
        Workshop first = TestWorkshops.everyField();
        Workshop second = first.withInfo("Andre utgave", "", "", "");
        WorkshopFile.write(first, file);
        assertEquals(Set.of("verksted.lappetavla"), listing());
        byte[] firstBytes = Files.readAllBytes(file);

        WorkshopFile.write(second, file);
        assertEquals(Set.of("verksted.lappetavla", "verksted.lappetavla.bak"), listing());
        assertEquals(second, WorkshopFile.read(file));
        assertArrayEquals(firstBytes, Files.readAllBytes(WorkshopFile.backupOf(file)));
        assertEquals(first, WorkshopFile.read(WorkshopFile.backupOf(file)));
    }

    @Test
    void failedSaveLeavesOriginalUntouchedAndCleansUp() throws Exception {
        Path file = dir.resolve("verksted.lappetavla");
        WorkshopFile.write(TestWorkshops.everyField(), file);
        byte[] before = Files.readAllBytes(file);
        // The backup cannot be written (a folder with content is in the way): the failure comes
        // after the new content is already in a temp file, the worst moment to fail.
        Path blocker = Files.createDirectory(WorkshopFile.backupOf(file));
        Files.writeString(blocker.resolve("x"), "x");

        WorkshopFileException e = assertThrows(WorkshopFileException.class,
                () -> WorkshopFile.write(SampleWorkshop.create(), file));
        assertEquals(Kind.NOT_WRITABLE, e.kind());
        assertTrue(e.getMessage().contains("«verksted.lappetavla»"), e.getMessage());
        assertTrue(e.getMessage().contains("uendret"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(Set.of("verksted.lappetavla", "verksted.lappetavla.bak"), listing());
    }

    @Test
    void savingIntoMissingFolderFailsClearly() {
        Path file = dir.resolve("finnes-ikke").resolve("verksted.lappetavla");
        WorkshopFileException e = assertThrows(WorkshopFileException.class,
                () -> WorkshopFile.write(TestWorkshops.everyField(), file));
        assertEquals(Kind.NOT_WRITABLE, e.kind());
        assertFalse(Files.exists(file.getParent()));
    }

    // --- bad files ---

    @Test
    void missingFile() {
        assertBad(Kind.NOT_FOUND, dir.resolve("borte.lappetavla"), "Finner ikke filen «borte.lappetavla».");
    }

    @Test
    void folderInsteadOfFile() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("mappe.lappetavla"));
        assertBad(Kind.UNREADABLE, folder, null);
    }

    @Test
    void emptyAndBlankFiles() throws Exception {
        assertBad(Kind.EMPTY, file("tom.lappetavla", new byte[0]), "Filen «tom.lappetavla» er tom.");
        assertBad(Kind.EMPTY, file("blank.lappetavla", " \n\t\n".getBytes(StandardCharsets.UTF_8)), null);
    }

    @Test
    void filesThatAreNotJson() throws Exception {
        assertBad(Kind.NOT_JSON, text("tekst.lappetavla", "Dette er et notat, ikke et verksted."), null);
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0};
        assertBad(Kind.NOT_JSON, file("rapport.docx", zip), null);
        assertBad(Kind.NOT_JSON, text("rest.lappetavla", "{\"app\": \"Lappetavla\"} ekstra"), null);
    }

    @Test
    void truncatedFile() throws Exception {
        Path good = dir.resolve("hel.lappetavla");
        WorkshopFile.write(TestWorkshops.everyField(), good);
        byte[] all = Files.readAllBytes(good);
        assertBad(Kind.TRUNCATED, file("avbrutt.lappetavla", java.util.Arrays.copyOf(all, all.length / 2)),
                "Filen «avbrutt.lappetavla» slutter for tidlig, trolig fordi lagringen ble avbrutt.");
        // Every cut, including those inside a keyword, a number or an emoji, is seen as a cut.
        for (int cut = 1; cut < all.length; cut++) {
            byte[] part = java.util.Arrays.copyOf(all, cut);
            WorkshopFileException e = assertThrows(WorkshopFileException.class,
                    () -> WorkshopJson.parse(good, part));
            assertEquals(Kind.TRUNCATED, e.kind(), "cut at " + cut + ": " + e.getCause());
        }
    }

    @Test
    void validJsonThatIsNotAWorkshop() throws Exception {
        assertBad(Kind.NOT_A_WORKSHOP, text("liste.json", "[1, 2, 3]"), null);
        assertBad(Kind.NOT_A_WORKSHOP, text("tall.json", "42"), null);
        assertBad(Kind.NOT_A_WORKSHOP, text("annet.json", "{\"name\": \"pakke\", \"version\": \"1.0\"}"), null);
        assertBad(Kind.NOT_A_WORKSHOP, mutated("annen-app.lappetavla", root -> root.put("app", "Trello")), null);
    }

    @Test
    void fileFromNewerLappetavla() throws Exception {
        Path file = mutated("ny.lappetavla", root -> {
            root.put("formatVersion", 2);
            root.put("layout", "ukjent i dag");
        });
        WorkshopFileException e = assertBad(Kind.NEWER_VERSION, file, null);
        assertTrue(e.getMessage().contains("nyere Lappetavla (filformat 2)"), e.getMessage());
    }

    @Test
    void damagedEnvelope() throws Exception {
        assertDamaged(root -> root.put("formatVersion", "1"), "filformatversjonen mangler eller er ugyldig");
        assertDamaged(root -> root.remove("formatVersion"), "filformatversjonen");
        assertDamaged(root -> root.put("formatVersion", 0), "filformatversjonen");
        assertDamaged(root -> root.put("formatVersion", 1.5), "filformatversjonen");
        assertDamaged(root -> root.remove("workshop"), "verkstedet mangler");
        assertDamaged(root -> root.put("workshop", "tekst"), "verkstedet mangler");
        assertDamaged(root -> root.put("extra", true), "ukjent felt «extra»");
    }

    @Test
    void damagedValues() throws Exception {
        assertDamaged(root -> note(root, 0).put("colourValue", "#000000"), "ukjent felt «colourValue» ved workshop.notes[0]");
        assertDamaged(root -> note(root, 1).put("durationMinutes", -5), "workshop.notes[1]");
        assertDamaged(root -> note(root, 1).put("durationMinutes", 2.5), "workshop.notes[1].durationMinutes");
        assertDamaged(root -> note(root, 0).remove("id"), "workshop.notes[0]");
        assertDamaged(root -> note(root, 0).putNull("timeThief"), "workshop.notes[0].timeThief");
        assertDamaged(root -> profession(root, 0).put("colour", "blå"), "workshop.professions[0]");
        assertDamaged(root -> item(root, "boards", 0).put("form", "DIAGONAL"), "workshop.boards[0].form");
        assertDamaged(root -> workshop(root).put("notes", "ingen"), "workshop.notes");
    }

    @Test
    void brokenReferencesAreRefused() throws Exception {
        assertDamaged(root -> note(root, 0).put("boardId", "b-borte"), "lappen «Dele ut medisiner 💊» ligger på en tavle som ikke finnes");
        assertDamaged(root -> note(root, 0).put("professionId", "p-borte"), "lappen «Dele ut medisiner 💊» hører til en yrkesgruppe som ikke finnes");
        assertDamaged(root -> note(root, 0).putNull("professionId"), "hører til en yrkesgruppe som ikke finnes");
        assertDamaged(root -> item(root, "decisions", 0).put("professionId", "p-borte"),
                "en må/kan-beslutning for oppgaven «dele ut medisiner 💊» gjelder en yrkesgruppe som ikke finnes");
        assertDamaged(root -> item(root, "decisions", 1).put("professionId", "p-spl"),
                "to må/kan-beslutninger");
        assertDamaged(root -> item(root, "roles", 0).put("professionId", "p-borte"), "rollen «Sykepleier på topp»");
        assertDamaged(root -> item(root, "roleTasks", 0).put("roleId", "r-borte"), "rolle som ikke finnes");
        assertDamaged(root -> note(root, 1).put("id", "n-1"), "id-en «n-1» er brukt mer enn én gang");
        assertDamaged(root -> profession(root, 1).put("id", "p-spl"), "id-en «p-spl»");
    }

    @Test
    void duplicateKeysAndExcessiveNestingAreDamage() throws Exception {
        Path good = dir.resolve("hel.lappetavla");
        WorkshopFile.write(TestWorkshops.everyField(), good);
        String text = Files.readString(good);
        String twice = text.replaceFirst("\"title\" : ", "\"title\" : \"Første\", \"title\" : ");
        assertBad(Kind.NOT_JSON, text("to-titler.lappetavla", twice), null);
        String deep = "[".repeat(200) + "]".repeat(200);
        String nested = text.replaceFirst("\"participants\" : \"[^\"]*\"", "\"participants\" : " + deep);
        WorkshopFileException e = assertBad(Kind.DAMAGED, text("dyp.lappetavla", nested), null);
        assertTrue(e.getMessage().contains("for dypt nestede data"), e.getMessage());
    }

    @Test
    void fileAboveLimitIsRefusedUnread() throws Exception {
        Path big = dir.resolve("stor.lappetavla");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(WorkshopFile.MAX_FILE_SIZE + 1); // sparse: no real disk use
        }
        WorkshopFileException e = assertBad(Kind.TOO_LARGE, big, null);
        assertEquals("Filen «stor.lappetavla» er for stor (65 MB), så den blir ikke åpnet; grensen er 64 MB.", e.getMessage());
    }

    @Test
    void missingStepAndDanglingLaneAreRepairedWithoutTouchingTheFile() throws Exception {
        Path file = mutated("reparer.lappetavla", root -> {
            note(root, 0).put("stepId", "s-borte");
            ((ArrayNode) item(root, "boards", 1).get("laneIds")).add("p-borte").add("p-spl");
        });
        byte[] before = Files.readAllBytes(file);
        FileTime time = Files.getLastModifiedTime(file);

        WorkshopFile.Opened opened = WorkshopFile.open(file);
        Workshop expected = TestWorkshops.everyField();
        assertNull(opened.workshop().note("n-1").orElseThrow().stepId());
        assertEquals(expected.note("n-1").orElseThrow().placedAt("b-1", "p-spl", null), opened.workshop().note("n-1").orElseThrow());
        assertEquals(List.of("p-hfa", "p-spl"), opened.workshop().board("b-2").orElseThrow().laneIds());
        assertEquals(List.of(
                "Tavlen «Kveld ☾» viste en yrkesgruppe som ikke finnes eller sto to ganger, og den raden er fjernet.",
                "Lappen «Dele ut medisiner 💊» lå i et steg som ikke finnes, og er flyttet til usorterte lapper."),
                opened.repairs());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(time, Files.getLastModifiedTime(file));
        assertEquals(Set.of("reparer.lappetavla"), listing());
    }

    @Test
    void badFilesAreNeverChanged() throws Exception {
        Path file = mutated("skadet.lappetavla", root -> note(root, 0).put("boardId", "b-borte"));
        byte[] before = Files.readAllBytes(file);
        assertThrows(WorkshopFileException.class, () -> WorkshopFile.read(file));
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(Set.of("skadet.lappetavla"), listing());
    }

    // --- helpers ---

    private WorkshopFileException assertBad(Kind kind, Path file, String exactMessage) {
        WorkshopFileException e = assertThrows(WorkshopFileException.class, () -> WorkshopFile.read(file));
        assertEquals(kind, e.kind(), e.getMessage() + " / " + e.getCause());
        String message = e.getMessage();
        assertTrue(message.contains("«" + file.getFileName() + "»"), message);
        assertFalse(message.contains("!io."), "missing text: " + message);
        assertTrue(message.endsWith("."), message);
        if (exactMessage != null) {
            assertEquals(exactMessage, message);
        }
        return e;
    }

    private void assertDamaged(Consumer<ObjectNode> change, String detail) throws Exception {
        Path file = mutated("skadet.lappetavla", change);
        WorkshopFileException e = assertBad(Kind.DAMAGED, file, null);
        assertTrue(e.getMessage().startsWith("Filen «skadet.lappetavla» er skadet: "), e.getMessage());
        assertTrue(e.getMessage().contains(detail), e.getMessage());
    }

    /** A correct file of {@link TestWorkshops#everyField()} with one change made to its JSON tree. */
    private Path mutated(String name, Consumer<ObjectNode> change) throws Exception {
        Path file = dir.resolve(name);
        Files.deleteIfExists(file);
        WorkshopFile.write(TestWorkshops.everyField(), file);
        ObjectNode root = (ObjectNode) PLAIN.readTree(file.toFile());
        change.accept(root);
        Files.write(file, PLAIN.writeValueAsBytes(root));
        return file;
    }

    private static ObjectNode workshop(ObjectNode root) {
        return (ObjectNode) root.get("workshop");
    }

    private static ObjectNode item(ObjectNode root, String list, int index) {
        return (ObjectNode) workshop(root).get(list).get(index);
    }

    private static ObjectNode note(ObjectNode root, int index) {
        return item(root, "notes", index);
    }

    private static ObjectNode profession(ObjectNode root, int index) {
        return item(root, "professions", index);
    }

    private Path text(String name, String content) throws Exception {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path file(String name, byte[] content) throws Exception {
        return Files.write(dir.resolve(name), content);
    }

    private Set<String> listing() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("verksted") || n.startsWith(".") || n.startsWith("reparer") || n.startsWith("skadet"))
                    .collect(Collectors.toSet());
        }
    }

    private static List<String> names(ObjectNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
