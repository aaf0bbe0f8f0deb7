package org.sahifa.entities.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CoNLL-style {@code token TAG} file (one token a line, blank line between sentences), read exactly as
 * {@code shared/tools/ner-score.py} reads it (LRM marks dropped from tokens), and laid out as the scorer lays
 * it out: tokens joined by single spaces, one sentence a line.
 */
public final class ConllCorpus {

    /** One sentence: parallel lists of tokens and IOB tags. */
    public record Sentence(List<String> tokens, List<String> tags) {
        public String line() {
            return String.join(" ", tokens);
        }
    }

    /** A gold name: CoNLL class (PERS, LOC, ORG, MISC) and offsets into the laid-out text. */
    public record Span(String cls, int start, int end) {
    }

    private ConllCorpus() {
    }

    public static List<Sentence> read(Path file) throws IOException {
        List<Sentence> out = new ArrayList<>();
        List<String> toks = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        int lineNo = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    if (!toks.isEmpty()) {
                        out.add(new Sentence(List.copyOf(toks), List.copyOf(tags)));
                        toks.clear();
                        tags.clear();
                    }
                    continue;
                }
                String l = line.strip();
                int cut = l.contains("\t") ? l.lastIndexOf('\t') : lastSpace(l);
                if (cut <= 0) {
                    continue; // the scorer skips such lines too
                }
                String tok = l.substring(0, cut).strip().replace("\u200E", "");
                String tag = l.substring(cut + 1).strip();
                if (tok.isEmpty()) {
                    continue;
                }
                if (!tag.equals("O") && !tag.matches("[BI]-[A-Z]+")) {
                    throw new IOException(file + ":" + lineNo + ": bad tag '" + tag + "'");
                }
                toks.add(tok);
                tags.add(tag);
            }
        }
        if (!toks.isEmpty()) {
            out.add(new Sentence(List.copyOf(toks), List.copyOf(tags)));
        }
        return out;
    }

    private static int lastSpace(String l) {
        for (int i = l.length() - 1; i >= 0; i--) {
            if (Character.isWhitespace(l.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The text the scorer feeds the recogniser: one sentence a line, each line ending with a newline. */
    public static String layout(List<Sentence> sentences) {
        StringBuilder b = new StringBuilder();
        for (Sentence s : sentences) {
            b.append(s.line()).append('\n');
        }
        return b.toString();
    }

    /** The gold spans over {@link #layout}, merged from IOB tags the way the scorer merges them. */
    public static List<Span> gold(List<Sentence> sentences) {
        List<Span> out = new ArrayList<>();
        int pos = 0;
        for (Sentence s : sentences) {
            int[] starts = new int[s.tokens().size()];
            int len = 0;
            for (int i = 0; i < starts.length; i++) {
                if (i > 0) {
                    len++;
                }
                starts[i] = pos + len;
                len += s.tokens().get(i).length();
            }
            String openCls = null;
            int openStart = 0;
            int openEnd = 0;
            for (int i = 0; i < starts.length; i++) {
                String tag = s.tags().get(i);
                int end = starts[i] + s.tokens().get(i).length();
                if (tag.startsWith("B-") || (tag.startsWith("I-") && (openCls == null || !openCls.equals(tag.substring(2))))) {
                    if (openCls != null) {
                        out.add(new Span(openCls, openStart, openEnd));
                    }
                    openCls = tag.substring(2);
                    openStart = starts[i];
                    openEnd = end;
                } else if (tag.startsWith("I-")) {
                    openEnd = end;
                } else if (openCls != null) {
                    out.add(new Span(openCls, openStart, openEnd));
                    openCls = null;
                }
            }
            if (openCls != null) {
                out.add(new Span(openCls, openStart, openEnd));
            }
            pos += len + 1;
        }
        return out;
    }
}
