package org.sahifa.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sahifa.ingest.FeedDocumentParser;
import org.sahifa.ingest.feed.ArabicNewsSite;
import org.sahifa.ingest.feed.FeedParseException;
import org.sahifa.ingest.feed.FeedParser;
import org.sahifa.ingest.feed.ParsedFeed;
import org.sahifa.ingest.feed.extract.ArticleExtractor;
import org.sahifa.ingest.feed.extract.ExtractedArticle;
import org.sahifa.ingest.feed.http.DecodedText;
import org.sahifa.ingest.feed.http.TextDecoding;

import java.net.URI;
import java.nio.charset.Charset;
import java.util.concurrent.TimeUnit;

/**
 * The CPU side of a feed refresh: decoding a 200-entry Arabic feed sent as windows-1256 under a lying UTF-8
 * header, parsing it with the library's Rome parser, and extracting the main text of an article page.
 * <p>{@code ./mvnw -B -ntp -Pbench test-compile exec:exec -Dbench.args="FeedBench -f 1 -wi 2 -i 3"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class FeedBench {

    private static final URI BASE = URI.create("http://127.0.0.1:8080/feed.xml");

    private byte[] lyingFeed;
    private String page;
    private FeedParser parser;

    @Setup
    public void setUp() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                + "<title>أخبار العرب</title><language>ar</language>");
        for (int i = 0; i < 200; i++) {
            ArabicNewsSite.Story s = ArabicNewsSite.STORIES.get(i % ArabicNewsSite.STORIES.size());
            sb.append("<item><title>").append(s.title()).append(' ').append(i).append("</title><link>http://127.0.0.1/n/")
                    .append(i).append("</link><guid>g").append(i).append("</guid><description><![CDATA[<p>")
                    .append(String.join("</p><p>", s.paragraphs())).append("</p>]]></description></item>");
        }
        sb.append("</channel></rss>");
        lyingFeed = sb.toString().getBytes(Charset.forName("windows-1256"));
        page = ArabicNewsSite.page(ArabicNewsSite.STORIES.get(0));
        parser = FeedParser.of(new FeedDocumentParser());
    }

    @Benchmark
    public ParsedFeed decodeAndParse200Entries() throws FeedParseException {
        DecodedText text = TextDecoding.decodeXml(lyingFeed, "utf-8");
        return parser.parse(TextDecoding.asUtf8Xml(text.text()), BASE);
    }

    @Benchmark
    public ExtractedArticle extractArticlePage() {
        return ArticleExtractor.extract(page, URI.create("http://127.0.0.1/news/karabakh.html")).orElseThrow();
    }
}
