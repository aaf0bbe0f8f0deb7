package org.sahifa.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.Set;

/** The top-level {@code sahifa} command; each subcommand is its own class. */
@Command(name = "sahifa", mixinStandardHelpOptions = true, version = "Sahifa 0.1.0",
        description = "A reader for Arabic news: import, search and bookmark articles.",
        subcommands = {CommandLine.HelpCommand.class,
                ExtractCommand.class})
public final class SahifaCommand implements Runnable {

    /** Options that the window understands too; anything else marks a command line. */
    private static final Set<String> WINDOW_OPTIONS = Set.of("--data", "--load-samples-if-empty");

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    /** True when the arguments name a command (or ask for help/version) rather than just open the window. */
    public static boolean isCommandLine(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--data")) {
                i++;
                continue;
            }
            if (a.startsWith("--data=") || WINDOW_OPTIONS.contains(a)) {
                continue;
            }
            return true;
        }
        return false;
    }

    public static CommandLine commandLine() {
        return new CommandLine(new SahifaCommand());
    }

    public static int run(String[] args) {
        return commandLine().execute(args);
    }
}
