package org.sahifa.search;

import org.sahifa.text.analysis.NameKeyTerms;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a compiled query looks for, per kind of match, so that snippets can mark it in the original text:
 * normalised words, stems, and the name-field terms of the accepted spellings of names (single words or two-word compounds).
 * Words that count only together, in a row, are {@link #phrases}: they are marked only where the article writes
 * them as the phrase («جامعة الدول العربية», never a lone «العربية» elsewhere in the article; decision 0165).
 * Only terms that count for a hit are collected (not those under an exclusion).
 */
final class MatchTerms {

    final Set<String> exact = new HashSet<>();
    final Set<String> stems = new HashSet<>();
    final Set<String> names = new HashSet<>();
    final Set<Phrase> phrases = new LinkedHashSet<>();

    /** How the words of a phrase are compared with the text's. */
    enum Kind {
        /** normalised words as written */
        EXACT,
        /** stems, in the stem analysis */
        STEM,
        /** name spellings, also behind proclitics; a spelling of two words spans two words of the text */
        NAME
    }

    /** Words in a row, each slot any of its spellings; a slot of no spelling is any one word (decision 0230). */
    record Phrase(Kind kind, List<Set<String>> slots) {
        Phrase {
            slots = List.copyOf(slots);
        }
    }

    /** A phrase of {@code words} compared {@code kind}-wise (one word alone is a word of its tier). */
    void phrase(Kind kind, List<String> words) {
        List<Set<String>> slots = new ArrayList<>();
        for (String w : words) {
            slots.add(Set.of(w));
        }
        phraseOf(kind, slots);
    }

    /** A phrase whose slots each accept several spellings ({@code slots} are copied). */
    void phraseOf(Kind kind, List<? extends java.util.Collection<String>> slots) {
        if (slots.isEmpty()) {
            return;
        }
        if (slots.size() == 1) {
            Set<String> into = kind == Kind.EXACT ? exact : kind == Kind.STEM ? stems : names;
            into.addAll(slots.get(0));
            return;
        }
        List<Set<String>> copy = new ArrayList<>();
        for (var s : slots) {
            copy.add(Set.copyOf(new LinkedHashSet<>(s)));
        }
        phrases.add(new Phrase(kind, copy));
    }

    /** The name spellings searched, alone or inside phrases (for reports). */
    Set<String> nameSpellings() {
        Set<String> out = new java.util.TreeSet<>();
        names.forEach(t -> out.add(NameKeyTerms.surface(t)));
        for (Phrase p : phrases) {
            if (p.kind() == Kind.NAME) {
                p.slots().forEach(out::addAll);
            }
        }
        return out;
    }

    boolean isEmpty() {
        return exact.isEmpty() && stems.isEmpty() && names.isEmpty() && phrases.isEmpty();
    }
}
