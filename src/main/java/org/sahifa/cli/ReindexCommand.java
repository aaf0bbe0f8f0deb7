package org.sahifa.cli;

import org.sahifa.library.Library;
import org.sahifa.search.SearchService;
import picocli.CommandLine.Command;

/** {@code sahifa reindex}: rebuilds the search index from the stored articles, then merges it (decision 0233). */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = {"Rebuild the search index from the library's articles and merge it into few segments.",
                "Searches work during the rebuild (on what is indexed so far); an interrupted rebuild resumes"
                        + " at the next search."})
final class ReindexCommand extends LibraryCommand {

    @Override
    int run(Library library) {
        SearchService search = library.search();
        search.rebuild(IndexingPrinter.to(err()), () -> Thread.currentThread().isInterrupted());
        IndexMerge.mergeIfDue(library, err());
        out().printf("Search index rebuilt: %d articles%n", library.articles().count());
        return ExitCodes.OK;
    }
}
