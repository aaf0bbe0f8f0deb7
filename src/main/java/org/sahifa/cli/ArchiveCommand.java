package org.sahifa.cli;

import org.sahifa.archive.ArchiveAddress;
import org.sahifa.archive.ArchiveClient;
import org.sahifa.archive.ArchivePush;
import org.sahifa.archive.ArchiveSetup;
import org.sahifa.archive.PushResult;
import org.sahifa.library.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;

/** {@code sahifa archive init|push}: a shared archive on SolrCloud (docs/archive.md). */
@Command(name = "archive", mixinStandardHelpOptions = true,
        description = "A shared archive on SolrCloud: create a collection, push a library to it.",
        subcommands = {ArchiveCommand.Init.class, ArchiveCommand.Push.class})
final class ArchiveCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "Missing subcommand: init or push");
    }

    /** {@code --solr URL[,URL…] --collection C}. */
    static final class Target {
        @Option(names = "--solr", required = true, paramLabel = "URL[,URL...]",
                description = "Solr node URLs, such as http://solr1:8983/solr (more than one: the others are used"
                        + " when one does not answer).")
        String solr;

        @Option(names = "--collection", required = true, paramLabel = "C", description = "The collection.")
        String collection;

        ArchiveAddress address() {
            return ArchiveAddress.of(solr, collection);
        }
    }

    @Command(name = "init", mixinStandardHelpOptions = true,
            description = "Upload Sahifa's configset and create a collection (the nodes need the plugin jar).")
    static final class Init implements Callable<Integer> {

        @picocli.CommandLine.Mixin
        Target target = new Target();

        @Option(names = "--shards", defaultValue = "2", description = "Shards (default ${DEFAULT-VALUE}).")
        int shards;

        @Option(names = "--replicas", defaultValue = "2",
                description = "Replicas of each shard (default ${DEFAULT-VALUE}).")
        int replicas;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            ArchiveAddress address = target.address();
            try (ArchiveClient client = new ArchiveClient(address)) {
                ArchiveSetup.init(client, address, shards, replicas);
            }
            spec.commandLine().getOut().printf("Created %s: %d shards × %d replicas, configset %s%n", address,
                    shards, replicas, ArchiveSetup.configsetName());
            return 0;
        }
    }

    @Command(name = "push", mixinStandardHelpOptions = true,
            description = {"Send the library's articles with their places and persons (no bookmarks or reading"
                    + " state) to a collection.", "Resumes where an interrupted push stopped."})
    static final class Push extends LibraryCommand {

        @picocli.CommandLine.Mixin
        Target target = new Target();

        @Override
        int run(Library library) {
            ArchiveAddress address = target.address();
            AtomicBoolean interrupted = new AtomicBoolean();
            Thread hook = new Thread(() -> interrupted.set(true));
            Runtime.getRuntime().addShutdownHook(hook);
            long[] lastPercent = {-1};
            PushResult r;
            try (ArchiveClient client = new ArchiveClient(address)) {
                r = ArchivePush.push(library, client, address, (sent, total) -> {
                    long percent = total == 0 ? 100 : 100 * sent / total;
                    if (percent / 5 != lastPercent[0] / 5 || sent == total) {
                        err().printf("Pushed %d of %d articles%n", sent, total);
                        err().flush();
                        lastPercent[0] = percent;
                    }
                }, interrupted::get);
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the JVM is exiting: the cursor already records the last acknowledged batch
                }
            }
            if (!r.complete()) {
                err().printf("Interrupted after %d articles; run the same command again to resume%n", r.sent());
                return 1;
            }
            out().printf("%s holds %d articles (%d sent now%s, %.1f s)%n", address, r.collection(), r.sent(),
                    r.resumedAt() > 0 ? ", resumed after article " + r.resumedAt() : "", r.millis() / 1000.0);
            return 0;
        }
    }
}
