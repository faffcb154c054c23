package no.lappetavla.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Upgrades the JSON tree of an older file, one format version at a time, before it is bound to
 * the model, so the model records only ever know the current format. Every change to what is
 * written bumps {@link #CURRENT_VERSION} and adds one {@link Step} from the previous version.
 * Version 1 is the first release, so the standard chain has no steps yet.
 */
public final class FormatMigration {

    /** The format version this Lappetavla writes. */
    public static final int CURRENT_VERSION = 1;

    /** Turns the whole file tree of version {@code from()} into version {@code from() + 1}. */
    public interface Step {
        int from();

        /** Changes the tree in place; the version number itself is set by the migration. */
        void upgrade(ObjectNode root);
    }

    private static final FormatMigration STANDARD = new FormatMigration(CURRENT_VERSION, List.of());

    private final int currentVersion;
    private final Map<Integer, Step> steps = new TreeMap<>();

    /**
     * @throws IllegalArgumentException unless there is exactly one step from each version
     *                                  1 … currentVersion-1, so no file can fall into a gap
     */
    FormatMigration(int currentVersion, List<Step> chain) {
        if (currentVersion < 1) {
            throw new IllegalArgumentException("format versions start at 1");
        }
        for (Step s : chain) {
            if (s.from() < 1 || s.from() >= currentVersion || steps.put(s.from(), s) != null) {
                throw new IllegalArgumentException("misplaced migration step from version " + s.from());
            }
        }
        if (steps.size() != currentVersion - 1) {
            throw new IllegalArgumentException("migration chain to version " + currentVersion + " has gaps");
        }
        this.currentVersion = currentVersion;
    }

    /** The migration chain of this Lappetavla. */
    public static FormatMigration standard() {
        return STANDARD;
    }

    public int currentVersion() {
        return currentVersion;
    }

    public boolean isNewer(int version) {
        return version > currentVersion;
    }

    /**
     * Brings a tree of {@code version} (1 … current) up to the current version, step by step,
     * and records the new version in its "formatVersion".
     */
    public ObjectNode upgrade(ObjectNode root, int version) {
        if (version < 1 || version > currentVersion) {
            throw new IllegalArgumentException("no migration from version " + version);
        }
        for (int v = version; v < currentVersion; v++) {
            steps.get(v).upgrade(root);
            root.put(WorkshopFile.FORMAT_VERSION_FIELD, v + 1);
        }
        return root;
    }
}
