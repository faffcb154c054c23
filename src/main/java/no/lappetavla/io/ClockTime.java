package no.lappetavla.io;

import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Times and durations as people type them in a task list, and the board's hour blocks ("07–08"). */
final class ClockTime {

    /** "07:30", "7.30", "0730", "730", "7", "kl. 7.30", "07:30–08:00" (the start counts). */
    private static final Pattern TIME = Pattern.compile(
            "(?:kl\\.?\\s*)?(\\d{1,2})(?:[:.](\\d{2})|(\\d{2}))?(?::\\d{2})?\\s*(?:[-–—]\\s*(?:kl\\.?\\s*)?\\d{1,2}(?:[:.]?\\d{2})?)?");
    /** A step label that is an hour block: "07–08", "7-8", "08:00–10:00". */
    private static final Pattern BLOCK = Pattern.compile("(\\d{1,2})(?::00)?\\s*[-–—]\\s*(\\d{1,2})(?::00)?");
    private static final Pattern MINUTES = Pattern.compile("(\\d{1,4})\\s*(?:min|minutt|minutter|minutes|m)?\\.?");
    private static final Pattern HOURS_MINUTES = Pattern.compile("(\\d{1,2}):(\\d{2})(?::00)?");
    private static final Pattern HOURS = Pattern.compile("(\\d{1,2}(?:[.,]\\d+)?)\\s*(?:t|time|timer|h|hours?)\\.?");

    private ClockTime() {
    }

    static boolean hasDigit(String text) {
        return text.chars().anyMatch(Character::isDigit);
    }

    static Optional<LocalTime> parse(String text) {
        Matcher m = TIME.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1));
        String minutes = m.group(2) != null ? m.group(2) : m.group(3);
        int minute = minutes == null ? 0 : Integer.parseInt(minutes);
        if (hour > 23 || minute > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hour, minute));
    }

    /** The board label for the hour a time falls in: 07:30 → "07–08", as {@code Workshops.DAY_SHIFT_STEPS}. */
    static String hourBlock(int hour) {
        return String.format(Locale.ROOT, "%02d–%02d", hour, (hour + 1) % 24);
    }

    /** Start and end hour of a step label that is an hour block, as {start, end} with end after start. */
    static Optional<int[]> blockOf(String label) {
        Matcher m = BLOCK.matcher(label.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int start = Integer.parseInt(m.group(1));
        int end = Integer.parseInt(m.group(2));
        if (start > 23 || end > 24) {
            return Optional.empty();
        }
        return Optional.of(new int[] {start, end <= start ? end + 24 : end});
    }

    /** Minutes from "15", "15 min", "0:15" (a time cell) or "1,5 t"; empty when unreadable. */
    static OptionalInt minutes(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        Matcher m = MINUTES.matcher(t);
        if (m.matches()) {
            return OptionalInt.of(Integer.parseInt(m.group(1)));
        }
        m = HOURS_MINUTES.matcher(t);
        if (m.matches() && Integer.parseInt(m.group(2)) < 60) {
            return OptionalInt.of(Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2)));
        }
        m = HOURS.matcher(t);
        if (m.matches()) {
            return OptionalInt.of((int) Math.round(Double.parseDouble(m.group(1).replace(',', '.')) * 60));
        }
        return OptionalInt.empty();
    }
}
