package org.sahifa.ui.common;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The bundled fonts end up where fontconfig, and so JavaFX's Pango, finds them (decision 0086). */
class AppFontsTest {

    @Test
    void theBundledFilesAreCopiedToTheUsersFontFolderAndFontconfigListsTheFamily() throws Exception {
        assumeTrue(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux"), "Linux only");
        Path dir = AppFonts.installForShaping();
        assertThat(dir).isEqualTo(AppFonts.userFontDir());
        for (String resource : AppFonts.resources()) {
            Path copy = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
            try (InputStream in = AppFonts.class.getResourceAsStream(resource)) {
                assertThat(in).as(resource).isNotNull();
                assertThat(Files.readAllBytes(copy)).as(copy.toString()).isEqualTo(in.readAllBytes());
            }
        }
        assertThat(AppFonts.installForShaping()).as("a second call changes nothing").isEqualTo(dir);
        Process fcList;
        try {
            fcList = new ProcessBuilder("fc-list", ":", "family").redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            assumeTrue(false, "fc-list is not installed");
            return;
        }
        String families = new String(fcList.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(fcList.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(families).contains(AppFonts.FAMILY);
    }

    @Test
    void theFamilyAndFileNamesCarryTheVersionOfTheFiles() throws Exception {
        assertThat(AppFonts.FAMILY).isEqualTo("Sahifa Naskh " + AppFonts.VERSION);
        for (String resource : AppFonts.resources()) {
            assertThat(resource.substring(resource.lastIndexOf('/') + 1)).startsWith("SahifaNaskh" + AppFonts.VERSION + "-");
            assertThat(familyNames(bundled(resource))).as("family names inside %s", resource)
                    .isNotEmpty().containsOnly(AppFonts.FAMILY);
        }
    }

    /** Changed files need a new version: font-versions.txt pins each version's files by their digests. */
    @Test
    void theFilesAreTheOnesRecordedForTheirVersion() throws Exception {
        List<String[]> versions = new ArrayList<>();
        try (InputStream in = AppFontsTest.class.getResourceAsStream("font-versions.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    versions.add(line.trim().split("\\s+"));
                }
            }
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String[] v : versions) {
            assertThat(seen.add(v[0]) && seen.add(v[1]) && seen.add(v[2])).as("version %s or its files listed twice", v[0])
                    .isTrue();
        }
        String[] last = versions.get(versions.size() - 1);
        List<String> digests = new ArrayList<>();
        for (String resource : AppFonts.resources()) {
            digests.add(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bundled(resource))));
        }
        if (!digests.equals(List.of(last[1], last[2]))) {
            fail("the bundled font files are not those of version " + last[0] + " in font-versions.txt (SHA-256 "
                    + digests + "): raise the version in scripts/build-fonts.sh and AppFonts.VERSION, rebuild, and"
                    + " append a line");
        }
        assertThat(last[0]).isEqualTo(String.valueOf(AppFonts.VERSION));
    }

    /**
     * Another Sahifa's files in the same folder (here this version's files renamed to the version before) neither
     * replace this version's nor shadow its family: fontconfig gives each family its own file.
     */
    @Test
    void anotherVersionInTheSameFolderDoesNotShadowThisOne() throws Exception {
        assumeTrue(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux"), "Linux only");
        Path dir = AppFonts.installForShaping();
        String other = "Sahifa Naskh " + (AppFonts.VERSION - 1);
        String otherFile = "SahifaNaskh" + (AppFonts.VERSION - 1);
        List<Path> written = new ArrayList<>();
        try {
            for (String resource : AppFonts.resources()) {
                String name = resource.substring(resource.lastIndexOf('/') + 1);
                byte[] renamed = replace(replace(bundled(resource), AppFonts.FAMILY, other),
                        "SahifaNaskh" + AppFonts.VERSION, otherFile);
                assertThat(familyNames(renamed)).containsOnly(other);
                Path file = dir.resolve(name.replace("SahifaNaskh" + AppFonts.VERSION, otherFile));
                Files.write(file, renamed);
                written.add(file);
            }
            AppFonts.installForShaping();
            for (String resource : AppFonts.resources()) {
                String name = resource.substring(resource.lastIndexOf('/') + 1);
                assertThat(Files.readAllBytes(dir.resolve(name))).isEqualTo(bundled(resource));
            }
            for (String style : List.of("Regular", "Bold")) {
                assertThat(fcMatch(AppFonts.FAMILY + ":style=" + style))
                        .isEqualTo(dir.resolve("SahifaNaskh" + AppFonts.VERSION + "-" + style + ".ttf").toAbsolutePath().toString());
                assertThat(fcMatch(other + ":style=" + style))
                        .isEqualTo(dir.resolve(otherFile + "-" + style + ".ttf").toAbsolutePath().toString());
            }
        } finally {
            for (Path file : written) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static String fcMatch(String pattern) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("fc-match", "-f", "%{file}", pattern).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "fc-match is not installed");
            return null;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return Path.of(out).toAbsolutePath().normalize().toString();
    }

    private static byte[] bundled(String resource) throws IOException {
        try (InputStream in = AppFonts.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return in.readAllBytes();
        }
    }

    /** Every occurrence of {@code from} as UTF-16BE or ASCII (the name table's encodings) replaced, same length. */
    private static byte[] replace(byte[] font, String from, String to) {
        assertThat(to).hasSameSizeAs(from);
        byte[] out = font.clone();
        for (java.nio.charset.Charset cs : List.of(StandardCharsets.UTF_16BE, StandardCharsets.ISO_8859_1)) {
            byte[] a = from.getBytes(cs);
            byte[] b = to.getBytes(cs);
            for (int i = 0; i + a.length <= out.length; i++) {
                if (java.util.Arrays.equals(out, i, i + a.length, a, 0, a.length)) {
                    System.arraycopy(b, 0, out, i, b.length);
                }
            }
        }
        return out;
    }

    /** The family names (name IDs 1 and 16) in a TrueType file's name table, every platform. */
    static Set<String> familyNames(byte[] font) {
        ByteBuffer f = ByteBuffer.wrap(font);
        int tables = f.getShort(4) & 0xffff;
        for (int t = 0; t < tables; t++) {
            int rec = 12 + 16 * t;
            if (new String(font, rec, 4, StandardCharsets.ISO_8859_1).equals("name")) {
                int name = f.getInt(rec + 8);
                int count = f.getShort(name + 2) & 0xffff;
                int strings = name + (f.getShort(name + 4) & 0xffff);
                Set<String> out = new LinkedHashSet<>();
                for (int i = 0; i < count; i++) {
                    int r = name + 6 + 12 * i;
                    int platform = f.getShort(r) & 0xffff;
                    int id = f.getShort(r + 6) & 0xffff;
                    int length = f.getShort(r + 8) & 0xffff;
                    int offset = f.getShort(r + 10) & 0xffff;
                    if (id == 1 || id == 16) {
                        out.add(new String(font, strings + offset, length,
                                platform == 1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_16BE));
                    }
                }
                return out;
            }
        }
        throw new IllegalArgumentException("no name table");
    }
}
