package org.sahifa.ingest;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Measurement over a public feed-parser test suite kept outside the repository (feedparser's {@code tests/}: its
 * licence would allow shipping the data, but nothing fetched is committed here). Run with
 * {@code -Dfeed.suite=/path/to/tests}; skipped otherwise. Counts files accepted, entries kept, messages that are
 * internal text (must be 0) and suspected decoding mismatches: kept text with «�», Arabic letters (the suite has
 * none) or UTF-8 read as Latin-1 («Ã©»).
 */
class PublicFeedSuiteTest {

    private static final Pattern MOJIBAKE = Pattern.compile("\uFFFD|\\p{IsArabic}|[ÃÂ][\u0080-\u00BF]");

    @Test
    void publicSuite() throws Exception {
        String dir = System.getProperty("feed.suite");
        assumeTrue(dir != null && Files.isDirectory(Path.of(dir)), "no -Dfeed.suite");
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of(dir))) {
            files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        FileImporter importer = new FileImporter();
        int accepted = 0;
        int entries = 0;
        int internal = 0;
        int mismatches = 0;
        TreeMap<String, Integer> refusals = new TreeMap<>();
        List<String> shown = new ArrayList<>();
        for (Path f : files) {
            Collect c = new Collect();
            List<String> messages = new ArrayList<>();
            try {
                importer.importFile(f, null, c);
                accepted++;
            } catch (ImportException e) {
                messages.add(e.getMessage());
                refusals.merge(e.getMessage().replaceAll("<[^>]*>|\"[^\"]*\"|'[^']*'|\\d+", "…"), 1, Integer::sum);
            } catch (RuntimeException e) {
                messages.add("CRASH " + e);
            }
            messages.addAll(c.problems);
            entries += c.items.size();
            for (String m : messages) {
                if (InternalText.isInternal(m) || m.startsWith("CRASH")) {
                    internal++;
                    if (shown.size() < 30) {
                        shown.add(f + ": " + m);
                    }
                }
            }
            for (ImportedItem i : c.items) {
                if (MOJIBAKE.matcher(i.draft().title() + " " + i.draft().bodyText()).find()) {
                    mismatches++;
                    if (shown.size() < 30) {
                        shown.add(f + ": suspect text: " + i.draft().title());
                    }
                }
            }
        }
        System.out.printf("Public suite: %d files, %d accepted, %d entries kept, %d internal messages,"
                + " %d suspected decoding mismatches%n", files.size(), accepted, entries, internal, mismatches);
        refusals.forEach((m, n) -> System.out.println("  refused " + n + "× " + m));
        shown.forEach(s -> System.out.println("  " + s));
        assertThat(internal).isZero();
    }
}
