package org.sahifa.search;

/**
 * The adjective (nisba) of a country whose name ends in the diphthong -āy (decision 0173). Arabic forms the nisba of
 * such a name with -ānī on the stem's y, not with the ي the name already ends in: أوروغواي → أوروغوياني, باراغواي →
 * باراغوياني (as صنعاء → صنعاني). {@link NameForms} otherwise reads a country ending in ي as a nisba already and gives
 * it no adjective, so «الأوروغوياني», «الأوروجويانية» were found by no search for Uruguay. Normalised Arabic only.
 */
final class DiphthongNisba {

    private static final String DIPHTHONG = "\u0627\u064A";          // اي
    private static final String ANI = "\u064A\u0627\u0646\u064A";      // ياني
    /** Fewest letters of a stem before the diphthong: «دبي»-like short words are no such names. */
    private static final int MIN_STEM = 3;

    private DiphthongNisba() {
    }

    /**
     * The masculine singular nisba of a normalised country name ending in اي (اوروغواي → اوروغوياني), with the article
     * when the name has it; null for any other name.
     */
    static String of(String country) {
        int n = country.length();
        if (!country.endsWith(DIPHTHONG) || n - DIPHTHONG.length() < MIN_STEM) {
            return null;
        }
        return country.substring(0, n - DIPHTHONG.length()) + ANI;
    }
}
