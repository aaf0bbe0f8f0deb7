package org.sahifa.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahifa.library.Library;
import org.sahifa.store.ArticleDraft;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 14, item 1: stored strings never act on the terminal; JSON output escapes them. */
class TerminalOutputTest {

    private static final String HOSTILE = "Title\u001B]0;owned\u0007\u001B[2J\rX\bY\u0000Z\u009B31m \u202Efdp.exe";

    @TempDir
    Path tmp;

    /** Stores raw drafts as an older library (or another client) could hold them, bypassing the importers. */
    private String libraryWith(ArticleDraft... drafts) {
        Path data = tmp.resolve("lib");
        try (Library library = Library.open(data)) {
            library.store(List.of(drafts));
        }
        return data.toString();
    }

    @Test
    void listShowAndSearchNeutraliseControlsAndBidiOverrides() {
        String data = libraryWith(new ArticleDraft(HOSTILE, null, "body\u001B[31m red\u202E gnp.exe\nline two",
                "https://example.com/a", null, "src\u001B[1m", "auth\r", "en", null));
        for (String[] cmd : List.of(new String[]{"list", "--data", data}, new String[]{"show", "--data", data, "1"},
                new String[]{"bookmark", "add", "--data", data, "1"}, new String[]{"bookmark", "list", "--data", data})) {
            CliRun r = CliRun.run(cmd);
            assertThat(r.code()).as(String.join(" ", cmd) + r.err()).isZero();
            assertSafe(r.out());
            assertSafe(r.err());
        }
        String shown = CliRun.run("show", "--data", data, "1").out();
        assertThat(shown).contains("Title␛]0;owned␇␛[2J␍X␈Y␀Z").contains("fdp.exe").contains("line two");
    }

    @Test
    void jsonOutputEscapesEveryControlAndReadsBackTheSameString() throws Exception {
        String data = libraryWith(new ArticleDraft(HOSTILE, null, "b\u2028c", null, null, null, null, "en", null));
        CliRun r = CliRun.run("list", "--data", data, "--json");
        assertSafe(r.out());
        assertThat(r.out()).contains("\\u001B").contains("\\u202E").contains("\\u009B");
        JsonNode n = r.jsonLines().get(0);
        assertThat(n.get("title").asText()).isEqualTo(HOSTILE);
        CliRun show = CliRun.run("show", "--data", data, "--json", "1");
        assertSafe(show.out());
        assertThat(show.jsonLines().get(0).get("body").asText()).isEqualTo("b\u2028c");
    }

    @Test
    void bidiControlsStayInARealRightToLeftContextBalanced() {
        // An embedding inside Arabic text is kept and closed at the end of the line.
        assertThat(TerminalText.safe("قال \u202Bالرئيس")).isEqualTo("قال \u202Bالرئيس\u202C");
        // A right-to-left override over Arabic letters only reorders nothing: kept.
        assertThat(TerminalText.safe("\u202Eمرحبا\u202C")).isEqualTo("\u202Eمرحبا\u202C");
        // An override that would reverse Latin letters or digits goes, even next to Arabic.
        assertThat(TerminalText.safe("ملف \u202Efdp.exe")).isEqualTo("ملف fdp.exe");
        assertThat(TerminalText.safe("\u202E123 مرحبا")).isEqualTo("123 مرحبا");
        // Without right-to-left letters, every bidi control goes.
        assertThat(TerminalText.safe("a\u2067b\u2069c\u202Bd")).isEqualTo("abcd");
        // A closer without an opener is dropped; isolates are closed per line.
        assertThat(TerminalText.safe("\u2069سلام\u2067نص\nok")).isEqualTo("سلام\u2067نص\u2069\nok");
        // Marks stay; a lone surrogate is visible.
        assertThat(TerminalText.safe("a\u200Fb\uD800c")).isEqualTo("a\u200Fb\uFFFDc");
    }

    static void assertSafe(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            assertThat(c < 0x20 && c != '\n' && c != '\t' || c >= 0x7F && c <= 0x9F || c == '\u202E' || c == '\u202D')
                    .as("character U+%04X at %d of %s", (int) c, i, s).isFalse();
        }
    }
}
