package org.sahifa.ui.layout;

import com.ibm.icu.lang.UCharacter;
import org.sahifa.ui.document.Block;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Finds the search matches to highlight: every occurrence of each given surface form (the spellings the search
 * matched, e.g. كراباخ and كاراباخ and قره باغ) in the text blocks. Latin letters match regardless of case;
 * an occurrence must start at a word start (a match inside a longer word, like باغ in بغداد, is not marked),
 * but may end inside a word so that attached suffixes stay marked with their stem. Overlapping matches merge.
 */
public final class MatchFinder {

    private MatchFinder() {
    }

    public static List<TextRange> find(List<Block.Text> blocks, Collection<String> forms) {
        List<TextRange> found = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            String text = blocks.get(b).text().toLowerCase(Locale.ROOT);
            for (String form : forms) {
                if (form == null || form.isBlank()) {
                    continue;
                }
                String f = form.strip().toLowerCase(Locale.ROOT);
                int from = 0;
                int i;
                while ((i = text.indexOf(f, from)) >= 0) {
                    if (atWordStart(text, i)) {
                        found.add(new TextRange(b, i, i + f.length()));
                    }
                    from = i + 1;
                }
            }
        }
        found.sort(null);
        List<TextRange> merged = new ArrayList<>();
        for (TextRange r : found) {
            TextRange last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && last.block() == r.block() && r.start() <= last.end()) {
                merged.set(merged.size() - 1, new TextRange(r.block(), last.start(), Math.max(last.end(), r.end())));
            } else {
                merged.add(r);
            }
        }
        return merged;
    }

    private static boolean atWordStart(String text, int i) {
        if (i == 0) {
            return true;
        }
        int before = text.codePointBefore(i);
        // Arabic proclitics (و ف ب ل ك and ال) attach to the word: وكراباخ, بكراباخ, والكرملين.
        if (isProclitic(text, i)) {
            return true;
        }
        return !UCharacter.isLetterOrDigit(before) && UCharacter.getType(before) != UCharacter.NON_SPACING_MARK;
    }

    private static boolean isProclitic(String text, int i) {
        int start = i;
        while (start > 0 && UCharacter.isLetter(text.codePointBefore(start))) {
            start -= Character.charCount(text.codePointBefore(start));
        }
        String prefix = text.substring(start, i);
        return prefix.length() <= 3 && prefix.matches("[وفبلك]?[وفبلك]?(ال)?") && !prefix.isEmpty();
    }
}
