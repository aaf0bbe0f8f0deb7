package org.sahifa.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says in words what is wrong with a feed document that could not be parsed, from the parser's exception and the
 * document itself — never the parser's internals (exception names, null pointers, indexes).
 */
final class FeedMessages {

    private record Rule(Pattern pattern, String words) {
    }

    private static final List<Rule> RULES = List.of(
            rule("XML document structures must start and end within the same entity",
                    "the document ends before its elements are closed; the file may be cut short"),
            rule("Premature end of file", "the document ends before its root element is complete; the file may be"
                    + " empty or cut short"),
            rule("Content is not allowed in prolog", "text before the first element: not an XML document"),
            rule("Content is not allowed in trailing section", "text after the end of the root element"),
            rule("The markup in the document following the root element must be well-formed",
                    "more markup after the end of the root element (a feed has one root element)"),
            rule("The element type \"([^\"]{1,60})\" must be terminated by the matching end-tag",
                    "the element <$1> is not closed by a matching </$1>"),
            rule("The end-tag for element type \"([^\"]{1,60})\" must end with a '>' delimiter",
                    "the end tag </$1> is not closed by '>'"),
            rule("Attribute name \"([^\"]{1,60})\" associated with an element type \"([^\"]{1,60})\" must be followed by",
                    "the attribute $1 of <$2> has no value"),
            rule("Open quote is expected for attribute \"([^\"]{1,60})\" associated with an\\s+element type\\s+\"([^\"]{1,60})\"",
                    "the value of the attribute $1 of <$2> is not in quotes"),
            rule("Attribute \"([^\"]{1,60})\" was already specified for element \"([^\"]{1,60})\"",
                    "the attribute $1 appears twice on <$2>"),
            rule("The value of attribute \"([^\"]{1,60})\" associated with an element type \"([^\"]{1,60})\" must not"
                    + " contain the '<' character", "the value of the attribute $1 of <$2> contains '<'"),
            rule("Element type \"([^\"]{1,60})\" must be followed by either attribute specifications",
                    "a malformed start tag <$1"),
            rule("The processing instruction target matching .{0,20} is not allowed",
                    "an XML declaration that is not at the start of the document"),
            rule("The element type \"([^\"]{1,60})\" must be terminated", "the element <$1> is not closed"),
            rule("The entity name must immediately follow the '&'", "a '&' that starts no character reference"),
            rule("The reference to entity \"([^\"]{1,60})\" must end with the ';' delimiter",
                    "the reference &$1 does not end with ';'"),
            rule("The entity \"([^\"]{1,60})\" was referenced, but not declared",
                    "the undeclared entity &$1; (feeds may not declare entities)"),
            rule("DOCTYPE is disallowed", "a document type declaration (DOCTYPE); feeds may not declare entities"),
            rule("An invalid XML character", "a character XML does not allow"),
            rule("Character reference \"([^\"]{1,20})\" is an invalid XML character", "the character reference $1"
                    + " names a character XML does not allow"),
            rule("The content of elements must consist of well-formed character data or markup",
                    "a '<' that starts no element (write it as &lt;)"),
            rule("Invalid byte \\d of \\d-byte UTF-8 sequence", "invalid UTF-8 bytes"),
            rule("The prefix \"([^\"]{1,40})\" for element \"([^\"]{1,60})\" is not bound",
                    "the namespace prefix $1 of <$2> is not declared"),
            rule("The prefix \"([^\"]{1,40})\" for attribute \"([^\"]{1,60})\".*is not bound",
                    "the namespace prefix $1 of the attribute $2 is not declared"),
            rule("must be followed by the ' = ' character", "an attribute without a value"));

    private static final Pattern ROOT = Pattern.compile("<([A-Za-z_][\\w.:-]*)");

    private FeedMessages() {
    }

    private static Rule rule(String regex, String words) {
        return new Rule(Pattern.compile(regex), words);
    }

    static String describe(Exception e, String xml) {
        String root = rootElement(xml);
        String local = root == null ? null : root.substring(root.indexOf(':') + 1);
        if ("rss".equalsIgnoreCase(local) && !xml.contains("<channel")) {
            return "an <rss> document without a <channel> element";
        }
        if ("RDF".equals(local) && !xml.contains("channel")) {
            return "an RSS 1.0 (<rdf:RDF>) document without a <channel> element";
        }
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null) {
                all.append(t.getMessage()).append('\n');
            }
        }
        String m = all.toString();
        for (Rule r : RULES) {
            Matcher matcher = r.pattern.matcher(m);
            if (matcher.find()) {
                String words = r.words;
                for (int g = matcher.groupCount(); g >= 1; g--) {
                    words = words.replace("$" + g, matcher.group(g));
                }
                return words;
            }
        }
        if (m.contains("Invalid feed type") || m.contains("not a valid feed") || m.contains("Unsupported feed")
                || m.contains("Invalid document")) {
            return root == null ? "no root element: not an RSS or Atom feed"
                    : "not an RSS or Atom feed: the document's root element is <" + root + ">";
        }
        if (root == null) {
            return "no root element: not an RSS or Atom feed";
        }
        return "a feed whose structure Sahifa cannot read (root element <" + root + ">): an element is missing or"
                + " malformed";
    }

    /** The name of the document's first element, or {@code null}. */
    static String rootElement(String xml) {
        int i = 0;
        while (i < xml.length()) {
            int lt = xml.indexOf('<', i);
            if (lt < 0) {
                return null;
            }
            if (xml.startsWith("<?", lt)) {
                i = skip(xml, lt, "?>");
            } else if (xml.startsWith("<!--", lt)) {
                i = skip(xml, lt, "-->");
            } else if (xml.startsWith("<!", lt)) {
                i = skip(xml, lt, ">");
            } else {
                Matcher m = ROOT.matcher(xml);
                return m.find(lt) && m.start() == lt ? m.group(1) : null;
            }
        }
        return null;
    }

    private static int skip(String xml, int from, String end) {
        int e = xml.indexOf(end, from + 2);
        return e < 0 ? xml.length() : e + end.length();
    }
}
