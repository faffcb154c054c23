package no.lappetavla.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the task cards of a workshop. With roles defined there is one card per role; without,
 * one card per profession that has tasks, from its må/kan decisions or, before anything is
 * decided, from what it does today. Lines follow {@link TaskList}'s step/time order.
 */
public final class TaskCards {

    private TaskCards() {
    }

    public static List<TaskCard> of(Workshop workshop) {
        List<Task> tasks = TaskList.of(workshop);
        Map<String, Decision> decisions = decisionMap(workshop);
        if (!workshop.roles().isEmpty()) {
            return workshop.roles().stream().map(r -> roleCard(workshop, r, tasks, decisions)).toList();
        }
        boolean decided = !workshop.decisions().isEmpty();
        List<TaskCard> cards = new ArrayList<>();
        for (Profession p : workshop.professions()) {
            List<TaskCard.Line> lines = new ArrayList<>();
            List<Task> chosen = new ArrayList<>();
            for (Task t : tasks) {
                TaskCard.Line line = null;
                if (decided) {
                    Decision d = decisions.get(key(t.key(), p.id()));
                    if (d == Decision.MUST) {
                        line = line(t, RoleTask.Kind.RESPONSIBLE, false);
                    } else if (d == Decision.CAN || d == Decision.CAN_AFTER_TRAINING) {
                        line = line(t, RoleTask.Kind.ASSISTS, d == Decision.CAN_AFTER_TRAINING);
                    }
                } else if (t.doneTodayBy(p.id())) {
                    line = line(t, RoleTask.Kind.RESPONSIBLE, false);
                }
                if (line != null) {
                    lines.add(line);
                    chosen.add(t);
                }
            }
            if (!lines.isEmpty()) {
                cards.add(new TaskCard(p.name(), p.code(), p.name(), p.colour(), workshop.unit(),
                        shiftOf(workshop, chosen), lines, List.of(), List.of(), "", workshop.date(), "",
                        decided ? TaskCard.Basis.DECISIONS : TaskCard.Basis.TODAY));
            }
        }
        return cards;
    }

    /**
     * Proposes a role's task list from the decisions of its profession: M becomes ansvar, K and K*
     * become bistår. The group edits the proposal; nothing is stored until it accepts.
     */
    public static List<RoleTask> suggest(Workshop workshop, Role role) {
        Map<String, Decision> decisions = decisionMap(workshop);
        List<RoleTask> out = new ArrayList<>();
        for (Task t : TaskList.of(workshop)) {
            Decision d = decisions.get(key(t.key(), role.professionId()));
            if (d == Decision.MUST) {
                out.add(new RoleTask(role.id(), t.key(), RoleTask.Kind.RESPONSIBLE));
            } else if (d == Decision.CAN || d == Decision.CAN_AFTER_TRAINING) {
                out.add(new RoleTask(role.id(), t.key(), RoleTask.Kind.ASSISTS));
            }
        }
        return out;
    }

    private static TaskCard roleCard(Workshop workshop, Role role, List<Task> tasks, Map<String, Decision> decisions) {
        Map<String, RoleTask.Kind> kinds = new HashMap<>();
        for (RoleTask rt : workshop.roleTasks()) {
            if (rt.roleId().equals(role.id())) {
                kinds.putIfAbsent(rt.taskKey(), rt.kind());
            }
        }
        List<TaskCard.Line> lines = new ArrayList<>();
        for (Task t : tasks) {
            RoleTask.Kind kind = kinds.get(t.key());
            if (kind != null) {
                lines.add(line(t, kind, decisions.get(key(t.key(), role.professionId())) == Decision.CAN_AFTER_TRAINING));
            }
        }
        Optional<Profession> p = role.professionId() == null ? Optional.empty() : workshop.profession(role.professionId());
        return new TaskCard(role.name(), p.map(Profession::code).orElse(""), p.map(Profession::name).orElse(""),
                p.map(Profession::colour).orElse(null), role.unit().isEmpty() ? workshop.unit() : role.unit(),
                role.shift(), lines, role.contacts(), role.reminders(), role.version(), workshop.date(),
                role.approvedBy(), TaskCard.Basis.ROLE);
    }

    /** Without a role there is no shift text; the names of the boards the tasks come from say which shift it is. */
    private static String shiftOf(Workshop workshop, List<Task> tasks) {
        Set<String> boardIds = new HashSet<>();
        tasks.forEach(t -> t.notes().forEach(n -> boardIds.add(n.boardId())));
        Set<String> names = new LinkedHashSet<>();
        workshop.boards().stream().filter(b -> boardIds.contains(b.id())).map(Board::name)
                .filter(s -> !s.isEmpty()).forEach(names::add);
        return String.join(" / ", names);
    }

    private static TaskCard.Line line(Task t, RoleTask.Kind kind, boolean afterTraining) {
        return new TaskCard.Line(t.stepLabel(), t.text(), kind, afterTraining);
    }

    private static Map<String, Decision> decisionMap(Workshop workshop) {
        Map<String, Decision> map = new HashMap<>();
        workshop.decisions().forEach(d -> map.put(key(d.taskKey(), d.professionId()), d.decision()));
        return map;
    }

    private static String key(String taskKey, String professionId) {
        return taskKey + "\u0000" + professionId;
    }
}
