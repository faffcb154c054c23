package no.lappetavla.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which task cards (oppgavekort) a workshop gives and which tasks go on each, in time order.
 * With roles, one card per role with the tasks put on it. Without roles, one card per visible
 * profession: its M tasks as ansvar and its K/K* tasks as bistår; while the group has decided
 * nothing yet, the tasks the profession does today (as ansvar, since today they are its own work).
 * Cards without tasks are left out.
 */
public final class CardPlan {

    /** One line on a card. */
    public record Line(Task task, RoleTask.Kind kind) {
    }

    /**
     * One card.
     *
     * @param role       the role the card is for, or null for a card per profession
     * @param profession the profession of the role, or null when the role names none that exists
     */
    public record Card(String name, Role role, Profession profession, List<Line> lines) {

        public Card {
            lines = List.copyOf(lines);
        }
    }

    private CardPlan() {
    }

    public static List<Card> of(Workshop workshop) {
        List<Task> tasks = TaskList.of(workshop);
        return workshop.roles().isEmpty() ? perProfession(workshop, tasks) : perRole(workshop, tasks);
    }

    private static List<Card> perRole(Workshop workshop, List<Task> tasks) {
        List<Card> cards = new ArrayList<>();
        for (Role role : workshop.roles()) {
            Map<String, RoleTask.Kind> kinds = new HashMap<>();
            workshop.roleTasks().stream().filter(rt -> rt.roleId().equals(role.id()))
                    .forEach(rt -> kinds.putIfAbsent(rt.taskKey(), rt.kind()));
            List<Line> lines = tasks.stream().filter(t -> kinds.containsKey(t.key()))
                    .map(t -> new Line(t, kinds.get(t.key()))).toList();
            if (!lines.isEmpty()) {
                cards.add(new Card(role.name(), role, workshop.profession(role.professionId()).orElse(null), lines));
            }
        }
        return cards;
    }

    private static List<Card> perProfession(Workshop workshop, List<Task> tasks) {
        MustCanMatrix matrix = MustCanMatrix.of(workshop);
        boolean decided = matrix.rows().stream().anyMatch(MustCanMatrix.Row::hasDecisions);
        List<Card> cards = new ArrayList<>();
        for (Profession p : matrix.professions()) {
            List<Line> lines = new ArrayList<>();
            for (MustCanMatrix.Row row : matrix.rows()) {
                MustCanMatrix.Cell cell = row.cell(p.id());
                RoleTask.Kind kind;
                if (!decided) {
                    kind = cell.doneToday() ? RoleTask.Kind.RESPONSIBLE : null;
                } else if (cell.decision() == Decision.MUST) {
                    kind = RoleTask.Kind.RESPONSIBLE;
                } else if (cell.decision() == Decision.CAN || cell.decision() == Decision.CAN_AFTER_TRAINING) {
                    kind = RoleTask.Kind.ASSISTS;
                } else {
                    kind = null;
                }
                if (kind != null) {
                    lines.add(new Line(row.task(), kind));
                }
            }
            if (!lines.isEmpty()) {
                cards.add(new Card(p.name(), null, p, lines));
            }
        }
        return cards;
    }
}
