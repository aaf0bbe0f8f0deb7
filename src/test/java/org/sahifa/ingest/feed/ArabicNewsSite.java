package org.sahifa.ingest.feed;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A small Arabic news site served on loopback: a home page advertising its feed, an RSS feed whose items carry
 * only a one-line summary, the linked article pages (navigation, comments, footer around the text) and their PNG
 * images. ETag/If-None-Match is honoured on the feed.
 */
public final class ArabicNewsSite {

    /** One story. */
    public record Story(String slug, String title, String summary, List<String> paragraphs) {
    }

    public static final List<Story> STORIES = List.of(
            new Story("karabakh", "أذربيجان تعلن استعادة السيطرة على قره باغ",
                    "أعلنت باكو استعادة السيطرة على الإقليم.",
                    List.of("أعلنت وزارة الدفاع الأذربيجانية، صباح اليوم، أن قواتها استعادت السيطرة الكاملة على إقليم ناغورني قره باغ.",
                            "وقال المتحدث باسم الوزارة، في مؤتمر صحفي في باكو، إن العملية حققت أهدافها كاملة.",
                            "من جهتها، دعت أرمينيا المجتمع الدولي إلى التدخل، وقالت إن آلاف المدنيين غادروا الإقليم.",
                            "ويعد إقليم كاراباخ محور نزاع بين البلدين منذ انهيار الاتحاد السوفيتي، وقد خاضا حربين بسببه.")),
            new Story("gaza", "قمة عربية طارئة في القاهرة لبحث الأوضاع",
                    "تنعقد القمة غداً في القاهرة.",
                    List.of("تستضيف القاهرة غداً قمة عربية طارئة بمشاركة قادة الدول الأعضاء في جامعة الدول العربية.",
                            "وقال الأمين العام للجامعة، في تصريح صحفي، إن القمة ستبحث سبل التهدئة ووقف التصعيد.",
                            "وتأتي القمة بعد اتصالات مكثفة أجراها وزراء الخارجية العرب خلال الأيام الماضية.")),
            new Story("oil", "أسعار النفط ترتفع بعد قرار أوبك بلس",
                    "ارتفعت الأسعار بنسبة ثلاثة في المئة.",
                    List.of("ارتفعت أسعار النفط، اليوم الاثنين، بنحو ثلاثة في المئة بعد قرار تحالف أوبك بلس خفض الإنتاج.",
                            "وقال محللون في الرياض ودبي إن القرار يعكس حرص المنتجين على استقرار الأسواق العالمية.",
                            "وسجل خام برنت أعلى مستوى له منذ ثلاثة أشهر، فيما صعد خام غرب تكساس الوسيط أيضاً.")));

    private final LoopbackServer server;

    public ArabicNewsSite(LoopbackServer server) {
        this.server = server;
        server.on("/", ex -> LoopbackServer.send(ex, 200, "text/html; charset=utf-8",
                homePage().getBytes(StandardCharsets.UTF_8)));
        byte[] feed = rss().getBytes(StandardCharsets.UTF_8);
        server.on("/feed.xml", ex -> {
            ex.getResponseHeaders().set("ETag", "\"feed-v1\"");
            if ("\"feed-v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.sendResponseHeaders(304, -1);
            } else {
                LoopbackServer.send(ex, 200, "application/rss+xml; charset=utf-8", feed);
            }
        });
        for (int i = 0; i < STORIES.size(); i++) {
            Story s = STORIES.get(i);
            byte[] page = page(s).getBytes(StandardCharsets.UTF_8);
            byte[] png = png(i);
            server.on("/news/" + s.slug() + ".html", ex -> LoopbackServer.send(ex, 200, "text/html; charset=utf-8", page));
            server.on("/img/" + s.slug() + ".png", ex -> LoopbackServer.send(ex, 200, "image/png", png));
        }
    }

    public java.net.URI feedUri() {
        return server.uri("/feed.xml");
    }

    public java.net.URI homeUri() {
        return server.uri("/");
    }

    public String homePage() {
        return "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><title>أخبار العرب</title>"
                + "<link rel=\"stylesheet\" href=\"/s.css\">"
                + "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"آخر الأخبار\" href=\"/feed.xml\">"
                + "</head><body><h1>أخبار العرب</h1></body></html>";
    }

    public String rss() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
                + "<title>أخبار العرب</title><link>" + server.uri("/") + "</link><language>ar</language>");
        for (Story s : STORIES) {
            sb.append("<item><title>").append(s.title()).append("</title><link>")
                    .append(server.uri("/news/" + s.slug() + ".html")).append("</link><guid>urn:news:")
                    .append(s.slug()).append("</guid><description>").append(s.summary())
                    .append("</description></item>");
        }
        return sb.append("</channel></rss>").toString();
    }

    public static String page(Story s) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>")
                .append(s.title()).append("</title><script>alert('x')</script></head><body>"
                        + "<nav><a href=\"/\">الرئيسية</a> <a href=\"/world\">العالم</a></nav>"
                        + "<main><h1>").append(s.title()).append("</h1><div class=\"article-body\">")
                .append("<figure><img src=\"/img/").append(s.slug()).append(".png\" alt=\"صورة\"></figure>");
        for (String p : s.paragraphs()) {
            sb.append("<p>").append(p).append("</p>");
        }
        sb.append("</div></main><div id=\"comments\"><p>تعليق طويل من أحد القراء لا علاقة له بنص المقال نفسه.</p></div>"
                + "<footer><p>جميع الحقوق محفوظة، ولا يجوز النسخ أو إعادة النشر دون إذن مكتوب.</p></footer></body></html>");
        return sb.toString();
    }

    static byte[] png(int seed) {
        BufferedImage img = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(40 * seed % 256, 90, 160));
        g.fillRect(0, 0, 8, 8);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
