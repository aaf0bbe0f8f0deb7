package org.sahifa.ui.shaping;

import javafx.scene.text.Text;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * One run of glyphs as JavaFX laid it out for a {@link Text} node, in visual order: the glyph ids and advances it
 * draws, the characters and direction of the run. Read from JavaFX's own text layout (its {@code TextLayout} runs,
 * not public API, by reflection; JavaFX is on the class path in the tests), so the glyphs compared are exactly the
 * ones drawn.
 *
 * @param rtl      whether the run is right to left
 * @param text     the run's characters, in logical order
 * @param glyphs   the glyph ids, in visual order
 * @param advances the advance of each glyph in pixels
 * @param fallback whether any glyph came from a font other than the node's (a fallback font)
 */
record GlyphRun(boolean rtl, String text, int[] glyphs, float[] advances, boolean fallback) {

    /** The runs of {@code node}'s text layout, in visual order (JavaFX thread). */
    static List<GlyphRun> of(Text node) {
        try {
            Method layoutOf = Text.class.getDeclaredMethod("getTextLayout");
            layoutOf.setAccessible(true);
            Object layout = layoutOf.invoke(node);
            Object[] runs = (Object[]) layout.getClass().getMethod("getRuns").invoke(layout);
            String all = node.getText();
            List<GlyphRun> out = new ArrayList<>();
            for (Object run : runs) {
                Class<?> type = run.getClass();
                int n = (int) method(type, "getGlyphCount").invoke(run);
                int start = (int) method(type, "getStart").invoke(run);
                int end = (int) method(type, "getEnd").invoke(run);
                if (n == 0 || (boolean) method(type, "isLinebreak").invoke(run)) {
                    continue;
                }
                int[] glyphs = new int[n];
                float[] advances = new float[n];
                boolean fallback = false;
                Method code = method(type, "getGlyphCode", int.class);
                Method posX = method(type, "getPosX", int.class);
                float previous = (float) posX.invoke(run, 0);
                for (int i = 0; i < n; i++) {
                    int g = (int) code.invoke(run, i);
                    fallback |= (g >>> 24) != 0;  // JavaFX keeps the font slot of composite fonts in the top byte
                    glyphs[i] = g & 0xffffff;
                    float next = (float) posX.invoke(run, i + 1);
                    advances[i] = next - previous;
                    previous = next;
                }
                out.add(new GlyphRun(!(boolean) method(type, "isLeftToRight").invoke(run),
                        all.substring(start, Math.min(end, all.length())), glyphs, advances, fallback));
            }
            return out;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("JavaFX's text layout runs are not readable in this JavaFX version", e);
        }
    }

    private static Method method(Class<?> type, String name, Class<?>... params) throws NoSuchMethodException {
        Method m = type.getMethod(name, params);
        m.setAccessible(true);
        return m;
    }
}
