package org.sahifa.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.sahifa.entities.EntityRecognizer;
import org.sahifa.entities.Mention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code sahifa extract [--json]}: reads text on standard input and prints one line per recognised place,
 * person or organisation: type, start, end (UTF-16 offsets into the input), the text, and its entity.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Recognise places and persons in text read from standard input.",
                "Prints one line per name: TYPE<tab>START<tab>END<tab>TEXT<tab>ENTITY (offsets are UTF-16 code",
                "units into the input), or with --json one JSON object per line."})
public final class ExtractCommand implements Callable<Integer> {

    /** The largest input read (64 MiB); more is refused with a clear error. */
    static final int MAX_INPUT = 64 << 20;

    @Option(names = "--json", description = "One JSON object per line: type, start, end, text, entity.")
    boolean json;

    private final InputStream in;
    private final OutputStream out;

    public ExtractCommand() {
        this(System.in, System.out);
    }

    ExtractCommand(InputStream in, OutputStream out) {
        this.in = in;
        this.out = out;
    }

    @Override
    public Integer call() throws IOException {
        String text;
        try {
            text = readUtf8(in);
        } catch (CharacterCodingException e) {
            System.err.println("extract: standard input is not valid UTF-8 (" + e.getMessage() + ")");
            return 2;
        } catch (IOException e) {
            System.err.println("extract: " + e.getMessage());
            return 2;
        }
        List<Mention> mentions = EntityRecognizer.standard().recognize(text);
        PrintStream p = new PrintStream(out, false, StandardCharsets.UTF_8);
        JsonFactory factory = new JsonFactory();
        for (Mention m : mentions) {
            if (json) {
                StringWriter w = new StringWriter();
                try (JsonGenerator g = factory.createGenerator(w)) {
                    g.writeStartObject();
                    g.writeStringField("type", m.type().name());
                    g.writeNumberField("start", m.start());
                    g.writeNumberField("end", m.end());
                    g.writeStringField("text", m.text());
                    g.writeStringField("entity", m.entity());
                    g.writeEndObject();
                }
                p.print(w);
                p.print('\n');
            } else {
                p.print(m.type().name() + "\t" + m.start() + "\t" + m.end() + "\t" + oneLine(m.text()) + "\t"
                        + oneLine(m.entity()) + "\n");
            }
        }
        p.flush();
        return 0;
    }

    private static String oneLine(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    /** Reads all of {@code in} as strict UTF-8 (a malformed byte is an error naming its position). */
    static String readUtf8(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        byte[] b = new byte[1 << 16];
        int r;
        while ((r = in.read(b)) > 0) {
            if (buf.size() + r > MAX_INPUT) {
                throw new IOException("input larger than " + (MAX_INPUT >> 20) + " MiB");
            }
            buf.write(b, 0, r);
        }
        byte[] bytes = buf.toByteArray();
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new CharacterCodingException() {
                private static final long serialVersionUID = 1L;

                @Override
                public String getMessage() {
                    return "malformed byte near offset " + firstBadByte(bytes);
                }
            };
        }
    }

    private static int firstBadByte(byte[] bytes) {
        var dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer bb = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer cb = java.nio.CharBuffer.allocate(bytes.length + 1);
        var res = dec.decode(bb, cb, true);
        return res.isError() ? bb.position() : bytes.length;
    }
}
