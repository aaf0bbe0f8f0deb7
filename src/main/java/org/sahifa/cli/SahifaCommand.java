package org.sahifa.cli;

import org.sahifa.store.StoreException;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;

/** The top-level {@code sahifa} command; each subcommand is its own class. */
@Command(name = "sahifa", mixinStandardHelpOptions = true, version = "Sahifa 0.1.0",
        description = "A reader for Arabic news: import, search and bookmark articles.",
        subcommands = {
                CommandLine.HelpCommand.class,
                ImportCommand.class,
                ListCommand.class,
                ShowCommand.class,
                SearchCommand.class,
                BookmarkCommand.class,
                ExportCommand.class,
                StatsCommand.class,
                BenchCommand.class,
                ExtractCommand.class,
                EntitiesCommand.class,
                EntityCommand.class,
                FeedCommand.class,
                OpmlCommand.class,
                ArchiveCommand.class,
        })
public final class SahifaCommand implements Runnable {

    /** Options that the window understands too; anything else marks a command line. */
    private static final Set<String> WINDOW_OPTIONS = Set.of("--data", "--load-samples-if-empty", "--archive");

    @Option(names = "--data", paramLabel = "DIR",
            description = "The library folder (default: the per-user data folder of the OS).")
    Path data;

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    /** True when the arguments name a command (or ask for help/version) rather than just open the window. */
    public static boolean isCommandLine(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--data") || a.equals("--archive")) {
                i++;
                continue;
            }
            if (a.startsWith("--data=") || a.startsWith("--archive=") || WINDOW_OPTIONS.contains(a)) {
                continue;
            }
            return true;
        }
        return false;
    }

    /** The value of {@code --data} in the arguments (before or after the command name), or {@code null}. */
    public static Path dataArgument(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data") && i + 1 < args.length) {
                return Path.of(args[i + 1]);
            }
            if (args[i].startsWith("--data=")) {
                return Path.of(args[i].substring("--data=".length()));
            }
            if (args[i].equals("--")) {
                break;
            }
        }
        return null;
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new SahifaCommand());
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof StoreException || e instanceof IOException || e instanceof UncheckedIOException
                    || e instanceof org.sahifa.archive.ArchiveException) {
                LoggerFactory.getLogger(SahifaCommand.class).debug("Command failed", e);
                commandLine.getErr().println("sahifa: " + e.getMessage());
                return 1;
            }
            throw e;
        });
        return cl;
    }

    public static int run(String[] args) {
        return commandLine().execute(args);
    }
}
