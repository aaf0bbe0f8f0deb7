package org.sahifa.ingest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Parsing of dates, numbers and names does not depend on the default locale (Arabic digits, Turkish i). */
class LocaleIndependenceTest {

    private static final Locale ORIGINAL = Locale.getDefault();

    @AfterEach
    void restore() {
        Locale.setDefault(ORIGINAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "ar-EG", "tr", "fa-IR", "th-TH-u-nu-thai"})
    void datesFileNamesAndFeedsParseTheSameEverywhere(String tag) throws Exception {
        Locale.setDefault(Locale.forLanguageTag(tag));
        assertThat(Dates.parse("2023-09-21T10:15:00+03:00")).isEqualTo(Instant.parse("2023-09-21T07:15:00Z"));
        assertThat(Dates.parse("2015-07-21 02:51:32")).isEqualTo(Instant.parse("2015-07-21T02:51:32Z"));
        assertThat(Dates.parse("Thu, 21 Sep 2023 10:15:00 GMT")).isEqualTo(Instant.parse("2023-09-21T10:15:00Z"));
        assertThat(ImportFormat.ofName(Path.of("ITEMS.JSONL.GZ"))).isEqualTo(ImportFormat.JSON_LINES);
        assertThat(ImportFormat.ofName(Path.of("FEED.RSS"))).isEqualTo(ImportFormat.FEED);
        String rss = "<rss version=\"2.0\"><channel><title>t</title><item><title>عنوان</title>"
                + "<pubDate>Thu, 21 Sep 2023 10:15:00 GMT</pubDate><description>نص.</description></item></channel></rss>";
        FeedDocument doc = new FeedDocumentParser().parse(rss.getBytes(StandardCharsets.UTF_8), null);
        assertThat(doc.items().get(0).published()).isEqualTo(Instant.parse("2023-09-21T10:15:00Z"));
    }
}
