package org.sahifa.ingest;

/** A cheap guess of an article's language from its letters: Arabic script → {@code ar}, Latin → {@code en}. */
public final class Languages {

    private Languages() {
    }

    /** {@code ar} when most letters are Arabic, {@code en} when most are Latin, otherwise {@code null}. */
    public static String guess(String text) {
        int letters = 0;
        int arabic = 0;
        int latin = 0;
        int n = Math.min(text.length(), 4000);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            letters++;
            Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
            if (b == Character.UnicodeBlock.ARABIC || b == Character.UnicodeBlock.ARABIC_PRESENTATION_FORMS_A
                    || b == Character.UnicodeBlock.ARABIC_PRESENTATION_FORMS_B
                    || b == Character.UnicodeBlock.ARABIC_SUPPLEMENT) {
                arabic++;
            } else if (c < 0x250) {
                latin++;
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
