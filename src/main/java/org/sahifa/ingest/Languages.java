package org.sahifa.ingest;

/** A cheap guess of an article's language from its letters: Arabic script → {@code ar}, Latin → {@code en}. */
public final class Languages {

    private static final int SAMPLE = 2000;

    private Languages() {
    }

    /** {@code ar} when most letters are Arabic, {@code en} when most are Latin, otherwise {@code null}. */
    public static String guess(String text) {
        int letters = 0;
        int arabic = 0;
        int latin = 0;
        int n = Math.min(text.length(), SAMPLE);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                latin++;
                letters++;
            } else if (c < 0x80) {
                continue;
            } else if ((c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F)
                    || (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF)) {
                if (Character.isLetter(c)) {
                    arabic++;
                    letters++;
                }
            } else if (Character.isLetter(c)) {
                letters++;
                if (c < 0x250) {
                    latin++;
                }
            }
        }
        if (letters == 0) {
            return null;
        }
        if (arabic * 2 > letters) {
            return "ar";
        }
        return latin * 2 > letters ? "en" : null;
    }
}
