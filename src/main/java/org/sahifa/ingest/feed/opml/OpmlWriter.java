package org.sahifa.ingest.feed.opml;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes OPML 2.0 (UTF-8): feeds without a folder at the top, then one outline per folder holding its feeds. */
public final class OpmlWriter {

    private OpmlWriter() {
    }

    public static void write(OpmlDocument doc, OutputStream out) throws IOException {
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("opml");
            w.writeAttribute("version", "2.0");
            w.writeCharacters("\n  ");
            w.writeStartElement("head");
            w.writeStartElement("title");
            w.writeCharacters(doc.title() == null ? "Sahifa" : doc.title());
            w.writeEndElement();
            w.writeStartElement("dateCreated");
            w.writeCharacters(DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(java.time.ZoneOffset.UTC)));
            w.writeEndElement();
            w.writeEndElement();
            w.writeCharacters("\n  ");
            w.writeStartElement("body");
            Map<String, List<OpmlFeed>> byFolder = new LinkedHashMap<>();
            List<OpmlFeed> top = new ArrayList<>();
            for (OpmlFeed f : doc.feeds()) {
                if (f.folder() == null) {
                    top.add(f);
                } else {
                    byFolder.computeIfAbsent(f.folder(), k -> new ArrayList<>()).add(f);
                }
            }
            for (OpmlFeed f : top) {
                feed(w, f, "\n    ");
            }
            for (Map.Entry<String, List<OpmlFeed>> e : byFolder.entrySet()) {
                w.writeCharacters("\n    ");
                w.writeStartElement("outline");
                w.writeAttribute("text", e.getKey());
                w.writeAttribute("title", e.getKey());
                for (OpmlFeed f : e.getValue()) {
                    feed(w, f, "\n      ");
                }
                w.writeCharacters("\n    ");
                w.writeEndElement();
            }
            w.writeCharacters("\n  ");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write OPML: " + e.getMessage(), e);
        }
    }

    private static void feed(XMLStreamWriter w, OpmlFeed f, String indent) throws XMLStreamException {
        w.writeCharacters(indent);
        w.writeEmptyElement("outline");
        w.writeAttribute("type", "rss");
        String label = f.title() == null ? f.xmlUrl() : f.title();
        w.writeAttribute("text", label);
        w.writeAttribute("title", label);
        w.writeAttribute("xmlUrl", f.xmlUrl());
        if (f.htmlUrl() != null) {
            w.writeAttribute("htmlUrl", f.htmlUrl());
        }
    }
}
