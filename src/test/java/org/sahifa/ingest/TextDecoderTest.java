package org.sahifa.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextDecoderTest {

    static final String ARABIC = "أذربيجان تعلن تعاونها مع روسيا\nقالت السلطات إنها تعمل.";

    @Test
    void utf8WithAndWithoutBom() throws Exception {
        byte[] plain = ARABIC.getBytes(StandardCharsets.UTF_8);
        assertThat(TextDecoder.decode(plain, null)).isEqualTo(ARABIC);
        byte[] bom = concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, plain);
        assertThat(TextDecoder.decode(bom, null)).isEqualTo(ARABIC);
    }

    @Test
    void utf16WithBomEitherOrder() throws Exception {
        assertThat(TextDecoder.decode(ARABIC.getBytes(StandardCharsets.UTF_16), null)).isEqualTo(ARABIC); // BE + BOM
        byte[] le = concat(new byte[]{(byte) 0xFF, (byte) 0xFE}, ARABIC.getBytes(StandardCharsets.UTF_16LE));
        assertThat(TextDecoder.decode(le, null)).isEqualTo(ARABIC);
    }

    @Test
    void windows1256IsDetectedForArabicText() throws Exception {
        byte[] legacy = ARABIC.getBytes(TextDecoder.WINDOWS_1256);
        assertThat(TextDecoder.decode(legacy, null)).isEqualTo(ARABIC);
        assertThat(TextDecoder.decode(legacy, TextDecoder.WINDOWS_1256)).isEqualTo(ARABIC);
    }

    @Test
    void invalidUtf8ThatIsNotArabicNamesTheByteOffset() {
        byte[] bad = concat("hello world ".getBytes(StandardCharsets.US_ASCII), new byte[]{(byte) 0xC3, (byte) 0x28},
                "more latin text".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> TextDecoder.decode(bad, null))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("invalid UTF-8")
                .satisfies(e -> assertThat(((ImportException) e).position()).isEqualTo("byte 12"));
    }

    @Test
    void aForcedCharsetIsStrict() {
        byte[] bad = {'a', (byte) 0xFF, 'b'};
        assertThatThrownBy(() -> TextDecoder.decode(bad, StandardCharsets.UTF_8))
                .isInstanceOf(ImportException.class)
                .satisfies(e -> assertThat(((ImportException) e).position()).isEqualTo("byte 1"));
    }

    static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
