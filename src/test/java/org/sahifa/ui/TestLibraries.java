package org.sahifa.ui;

import org.sahifa.library.Library;
import org.sahifa.store.ArticleDraft;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Small real libraries for view-model tests (SQLite in a temporary folder; no toolkit needed). */
public final class TestLibraries {

    public static final String SEED_TITLE = "الكرملين: رئيس أذربيجان اعتذر من بوتين عن مقتل جنود روس في كاراباخ";

    private TestLibraries() {
    }

    /** A library with {@code n} numbered articles (newest has the highest number) plus the Karabakh report. */
    public static Library withArticles(Path dir, int n) {
        Library lib = Library.open(dir);
        List<ArticleDraft> drafts = new ArrayList<>();
        Instant base = Instant.parse("2023-09-01T08:00:00Z");
        for (int i = 0; i < n; i++) {
            drafts.add(new ArticleDraft("خبر رقم " + i, null, "نص الخبر رقم " + i + " عن باكو.", null, "guid-" + i,
                    i % 2 == 0 ? "وكالة" : "صحيفة", null, "ar", base.plusSeconds(3600L * i)));
        }
        drafts.add(new ArticleDraft(SEED_TITLE, null,
                "أعلن الكرملين، الخميس، أن رئيس أذربيجان، إلهام علييف، اعتذر من الرئيس الروسي.\n\n"
                        + "وكان قد أكد استعادة السيادة في إقليم ناغورني كراباخ، وفي قره باغ أيضًا.",
                "https://example.org/karabakh", "seed", "فرانس برس", null, "ar", Instant.parse("2023-09-21T10:00:00Z")));
        lib.store(drafts);
        return lib;
    }
}
