package org.sahifa.cli;

import org.sahifa.store.LibraryLockedException;
import org.sahifa.store.StoreException;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
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
                ReindexCommand.class,
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
            if (e instanceof LibraryLockedException) {
                commandLine.getErr().println("sahifa: " + TerminalText.safe(e.getMessage()));
                return ExitCodes.LIBRARY_IN_USE;
            }
            if (e instanceof StoreException || e instanceof IOException || e instanceof UncheckedIOException
                    || e instanceof org.sahifa.archive.ArchiveException) {
                LoggerFactory.getLogger(SahifaCommand.class).debug("Command failed", e);
                IOException io = e instanceof IOException i ? i
                        : e instanceof UncheckedIOException u ? u.getCause() : null;
                String message = io != null ? FileProblem.describe(io) : e.getMessage();
                commandLine.getErr().println("sahifa: " + TerminalText.safe(message));
                return ExitCodes.FAILED;
            }
            throw e;
        });
        cl.setParameterExceptionHandler(SahifaCommand::usageError);
        cl.registerConverter(Charset.class, SahifaCommand::charset);
        cl.registerConverter(Long.class, SahifaCommand::wholeNumber);
        cl.registerConverter(Long.TYPE, SahifaCommand::wholeNumber);
        cl.registerConverter(Integer.class, v -> (int) wholeNumber(v));
        cl.registerConverter(Integer.TYPE, v -> (int) wholeNumber(v));
        return cl;
    }

    /** A wrong command line: one line saying what is wrong, in words, and where to find help; exit 2. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        String message = e.getMessage();
        if (e.getCause() instanceof CommandLine.TypeConversionException t && e.getArgSpec() != null) {
            CommandLine.Model.ArgSpec arg = e.getArgSpec();
            String label = arg.isOption() ? ((CommandLine.Model.OptionSpec) arg).longestName() : arg.paramLabel();
            message = label + ": " + t.getMessage();
        }
        cmd.getErr().println("sahifa " + cmd.getCommandName() + ": " + TerminalText.safe(message));
        cmd.getErr().println("Try 'sahifa " + qualifiedName(cmd) + " --help'.");
        return ExitCodes.USAGE;
    }

    private static String qualifiedName(CommandLine cmd) {
        String name = cmd.getCommandName();
        for (CommandLine p = cmd.getParent(); p != null && p.getParent() != null; p = p.getParent()) {
            name = p.getCommandName() + " " + name;
        }
        return name;
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name.strip());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException("'" + name + "' is not an encoding this Java knows;"
                    + " use a name such as UTF-8, windows-1256, ISO-8859-6, UTF-16 or windows-1252");
        }
    }

    private static long wholeNumber(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a whole number");
        }
    }

    public static int run(String[] args) {
        return commandLine().execute(args);
    }
}
