package org.sahifa.cli;

import java.io.PrintWriter;
import java.io.Writer;

/**
 * The display-safe printer every command prints through: everything written passes {@link TerminalText#safe}, so
 * no stored string can send control sequences or unbalanced bidi controls to the terminal. {@code --json} output
 * goes through it unchanged: {@link Json} has already escaped what this would touch.
 */
final class TerminalWriter extends PrintWriter {

    TerminalWriter(Writer out) {
        super(out, true);
    }

    @Override
    public void write(String s, int off, int len) {
        String safe = TerminalText.safe(s.substring(off, off + len));
        super.write(safe, 0, safe.length());
    }

    @Override
    public void write(char[] buf, int off, int len) {
        write(new String(buf, off, len), 0, len);
    }

    @Override
    public void write(int c) {
        write(String.valueOf((char) c), 0, 1);
    }
}
