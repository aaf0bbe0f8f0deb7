package org.sahifa.ingest.feed.opml;

import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Reads OPML. Hostile input is refused: any {@code DOCTYPE} (so no entity expansion, no external entities, no
 * XXE), more than {@link #MAX_BYTES}, more than {@link #MAX_FEEDS} feeds, nesting deeper than {@link #MAX_DEPTH}.
 * An outline with {@code xmlUrl} is a feed; an outline without one that has children is a folder.
 */
public final class OpmlReader {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_FEEDS = 10_000;
    public static final int MAX_DEPTH = 32;

    private OpmlReader() {
    }

    /**
     * @param bytes the file
     * @param name  how to name the file in errors (a path or address)
     */
    public static OpmlDocument read(byte[] bytes, String name) throws OpmlException {
        if (bytes.length > MAX_BYTES) {
            throw new OpmlException(name + ": larger than " + MAX_BYTES + " bytes, not read", null);
        }
        Handler handler = new Handler(name);
        try {
            SAXParser parser = factory().newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            InputSource in = new InputSource(new ByteArrayInputStream(bytes));
            in.setSystemId(null);
            parser.parse(in, handler);
        } catch (SAXParseException e) {
            throw new OpmlException(name + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": "
                    + friendly(e.getMessage()), e);
        } catch (SAXException e) {
            throw new OpmlException(name + ": " + e.getMessage(), e);
        } catch (ParserConfigurationException | IOException e) {
            throw new OpmlException(name + ": cannot read: " + e.getMessage(), e);
        }
        if (!handler.sawOpml) {
            throw new OpmlException(name + ": not an OPML file (no <opml> root)", null);
        }
        return new OpmlDocument(handler.title, handler.feeds);
    }

    private static String friendly(String message) {
        if (message != null && message.contains("DOCTYPE")) {
            return "DOCTYPE declarations are not allowed (entity expansion and external entities are refused)";
        }
        return message;
    }

    private static SAXParserFactory factory() throws ParserConfigurationException, SAXException {
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setNamespaceAware(false);
        f.setValidating(false);
        f.setXIncludeAware(false);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f;
    }

    private static final class Handler extends DefaultHandler {
        private final String name;
        private final List<OpmlFeed> feeds = new ArrayList<>();
        private final Deque<String> folders = new ArrayDeque<>();
        /** For each open outline: whether it pushed a folder. */
        private final Deque<Boolean> pushed = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();
        private boolean sawOpml;
        private boolean inTitle;
        private String title;
        private org.xml.sax.Locator locator;

        Handler(String name) {
            this.name = name;
        }

        @Override
        public void setDocumentLocator(org.xml.sax.Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            String el = qName.toLowerCase(java.util.Locale.ROOT);
            if (!sawOpml) {
                if (!el.equals("opml")) {
                    throw new SAXParseException("the root element is <" + qName + ">, not <opml>", locator);
                }
                sawOpml = true;
                return;
            }
            if (el.equals("title") && title == null && folders.isEmpty() && pushed.isEmpty()) {
                inTitle = true;
                text.setLength(0);
                return;
            }
            if (!el.equals("outline")) {
                return;
            }
            if (pushed.size() >= MAX_DEPTH) {
                throw new SAXParseException("outlines nested deeper than " + MAX_DEPTH, locator);
            }
            String xmlUrl = clean(atts.getValue("xmlUrl"));
            String label = clean(atts.getValue("text"));
            if (label == null) {
                label = clean(atts.getValue("title"));
            }
            if (xmlUrl != null) {
                if (feeds.size() >= MAX_FEEDS) {
                    throw new SAXParseException("more than " + MAX_FEEDS + " feeds", locator);
                }
                String folder = folders.isEmpty() ? null : String.join("/", (Iterable<String>) folders::descendingIterator);
                feeds.add(new OpmlFeed(label, xmlUrl, clean(atts.getValue("htmlUrl")), folder));
                pushed.push(false);
            } else if (label != null) {
                folders.push(label);
                pushed.push(true);
            } else {
                pushed.push(false);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            String el = qName.toLowerCase(java.util.Locale.ROOT);
            if (el.equals("title") && inTitle) {
                inTitle = false;
                title = clean(text.toString());
            } else if (el.equals("outline") && !pushed.isEmpty()) {
                if (pushed.pop()) {
                    folders.pop();
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inTitle && text.length() < 1000) {
                text.append(ch, start, length);
            }
        }

        private static String clean(String s) {
            if (s == null) {
                return null;
            }
            String t = s.strip();
            return t.isEmpty() ? null : t;
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
