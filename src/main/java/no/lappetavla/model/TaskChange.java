package no.lappetavla.model;

import java.util.List;
import java.util.function.Function;

/**
 * How one task differs between two boards, e.g. today and the future the group wants.
 *
 * @param before     ids of the professions doing it on the before board, in profession order; empty when the task is new
 * @param after      the same on the after board; empty when the task is gone
 * @param stepBefore the earliest step it sits in on the before board, "" when unplaced or absent
 * @param stepAfter  the same on the after board
 */
public record TaskChange(String taskKey, String text, List<String> before, List<String> after, String stepBefore, String stepAfter) {

    public enum Kind { ADDED, REMOVED, MOVED, UNCHANGED }

    public TaskChange {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    public Kind kind() {
        if (before.isEmpty()) {
            return Kind.ADDED;
        }
        if (after.isEmpty()) {
            return Kind.REMOVED;
        }
        return before.equals(after) ? Kind.UNCHANGED : Kind.MOVED;
    }

    /** Professions that no longer do the task. */
    public List<String> leaving() {
        return before.stream().filter(p -> !after.contains(p)).toList();
    }

    /** Professions that take the task on. */
    public List<String> joining() {
        return after.stream().filter(p -> !before.contains(p)).toList();
    }

    /** Whether the task moved to another step (time) even if the same professions do it. */
    public boolean stepChanged() {
        return !before.isEmpty() && !after.isEmpty() && !stepBefore.equals(stepAfter);
    }

    /**
     * "Servere frokost: SPL, HFA → MV": who did it before and who does it after, by profession code
     * ("–" for nobody). Language-neutral, so it goes straight into any export or list.
     */
    public String summary(Function<String, String> codeOfProfessionId) {
        return text + ": " + codes(before, codeOfProfessionId) + " → " + codes(after, codeOfProfessionId);
    }

    private static String codes(List<String> ids, Function<String, String> code) {
        return ids.isEmpty() ? "–" : String.join(", ", ids.stream().map(code).toList());
    }
}
