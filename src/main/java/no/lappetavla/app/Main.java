package no.lappetavla.app;

import java.util.Arrays;

/**
 * Entry point: a known command name runs headless ({@link CommandLine}); anything else starts the
 * window, opening the file given. Kept free of JavaFX so that a plain class-path launch works.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && CommandLine.isCommand(args[0])) {
            int code = CommandLine.run(args[0], Arrays.copyOfRange(args, 1, args.length), System.out, System.err);
            System.exit(code);
        }
        LappetavlaApp.launchWith(args);
    }
}
