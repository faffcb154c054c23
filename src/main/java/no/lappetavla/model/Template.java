package no.lappetavla.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A starting point for a new workshop in one kind of service. The name and description shown when
 * choosing are text keys; the title, steps and example notes are Norwegian domain data that become
 * the user's own data, so they are plain text here.
 *
 * @param professionCodes default professions shown as lanes, in order; the others are kept hidden
 * @param steps           step or time-block labels in order
 * @param examples        a handful of typical notes, used only when asked for
 */
public record Template(
        String id,
        String nameKey,
        String descriptionKey,
        String title,
        String boardName,
        BoardForm form,
        List<String> professionCodes,
        List<String> steps,
        List<Example> examples) {

    /** One example note: a task, who does it today (profession code) and in which step (label). */
    public record Example(String text, String professionCode, String step) {
    }

    public Template {
        Objects.requireNonNull(id, "id");
        professionCodes = List.copyOf(professionCodes);
        steps = List.copyOf(steps);
        examples = List.copyOf(examples);
    }

    /**
     * A new workshop with fresh ids: the default professions (this template's first, in its order,
     * the rest hidden so they can be brought back), one board, and the examples when asked for.
     */
    public Workshop create(boolean withExamples) {
        Map<String, Profession> byCode = new HashMap<>();
        DefaultProfessions.create().forEach(p -> byCode.put(p.code(), p));
        List<Profession> professions = new ArrayList<>();
        for (String code : professionCodes) {
            professions.add(Objects.requireNonNull(byCode.remove(code), () -> "no default profession " + code));
        }
        DefaultProfessions.create().stream().filter(p -> byCode.containsKey(p.code()))
                .forEach(p -> professions.add(byCode.get(p.code()).withHidden(true)));
        List<Step> boardSteps = steps.stream().map(label -> new Step(Ids.newId(), label)).toList();
        Board board = new Board(Ids.newId(), boardName, form, boardSteps,
                professions.stream().filter(p -> !p.hidden()).map(Profession::id).toList());
        List<Note> notes = new ArrayList<>();
        if (withExamples) {
            for (Example e : examples) {
                String profession = professions.stream().filter(p -> p.code().equals(e.professionCode())).findFirst()
                        .orElseThrow(() -> new IllegalStateException("example for unknown profession " + e.professionCode())).id();
                String step = boardSteps.stream().filter(s -> s.label().equals(e.step())).findFirst()
                        .orElseThrow(() -> new IllegalStateException("example in unknown step " + e.step())).id();
                notes.add(Note.of(Ids.newId(), board.id(), e.text(), profession, step));
            }
        }
        return new Workshop(title, "", "", "", "nb", professions, List.of(board), notes, List.of(), List.of(), List.of());
    }
}
