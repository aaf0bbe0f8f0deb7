package org.sahifa.cli;

import org.sahifa.library.DataDirs;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --data DIR} option every command takes (also accepted before the command name). */
public final class DataOption {

    @Option(names = "--data", paramLabel = "DIR",
            description = "The library folder (default: the per-user data folder of the OS).")
    Path data;

    /** The folder the user named, on this command or on an enclosing one, else the default. */
    Path resolve(CommandSpec spec) {
        if (data != null) {
            return data;
        }
        for (CommandSpec s = spec.parent(); s != null; s = s.parent()) {
            Object o = s.userObject();
            if (o instanceof LibraryCommand c && c.dataOption.data != null) {
                return c.dataOption.data;
            }
            if (o instanceof SahifaCommand top && top.data != null) {
                return top.data;
            }
        }
        return DataDirs.defaultDataDir();
    }
}
