package dev.kabar.network;

import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The JDK's {@link XMLStreamWriter} with one element per line, indented, for the network writers. The JDK writer
 * escapes markup characters; this class also replaces the characters XML 1.0 cannot hold at all (control characters,
 * lone surrogates), which would otherwise make a whole file unreadable for one odd name.
 */
final class XmlOut implements AutoCloseable {
    private static final String INDENT = "  ";

    private final XMLStreamWriter xml;
    private int depth;
    private boolean childless;

    XmlOut(OutputStream out) throws XMLStreamException {
        // the JDK's own writer, not whichever StAX implementation the class path happens to offer
        xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
    }

    /** Opens the document's root element in its default namespace. */
    XmlOut root(String name, String namespace) throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.setDefaultNamespace(namespace);
        xml.writeStartElement(namespace, name);
        xml.writeDefaultNamespace(namespace);
        depth = 1;
        childless = true;
        return this;
    }

    XmlOut namespace(String prefix, String uri) throws XMLStreamException {
        xml.writeNamespace(prefix, uri);
        return this;
    }

    XmlOut start(String name) throws XMLStreamException {
        newLine();
        xml.writeStartElement(name);
        depth++;
        childless = true;
        return this;
    }

    XmlOut empty(String name) throws XMLStreamException {
        newLine();
        xml.writeEmptyElement(name);
        childless = false;
        return this;
    }

    XmlOut attribute(String name, String value) throws XMLStreamException {
        xml.writeAttribute(name, clean(value));
        return this;
    }

    XmlOut attribute(String prefix, String namespace, String name, String value) throws XMLStreamException {
        xml.writeAttribute(prefix, namespace, name, clean(value));
        return this;
    }

    /** Writes the text of the element just started and ends it, all on the element's line. */
    XmlOut endWithText(String value) throws XMLStreamException {
        xml.writeCharacters(clean(value));
        childless = false;
        depth--;
        xml.writeEndElement();
        return this;
    }

    /** Ends the innermost open element. */
    XmlOut end() throws XMLStreamException {
        depth--;
        if (!childless) {
            newLine();
        }
        xml.writeEndElement();
        childless = false;
        return this;
    }

    @Override
    public void close() throws XMLStreamException {
        while (depth > 0) {
            end();
        }
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    private void newLine() throws XMLStreamException {
        xml.writeCharacters("\n" + INDENT.repeat(depth));
    }

    /** Replaces what XML 1.0 forbids (C0 controls but tab and line ends, U+FFFE/U+FFFF, lone surrogates) with U+FFFD. */
    static String clean(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            boolean ok = pair || c == '\t' || c == '\n' || c == '\r'
                    || (c >= 0x20 && c <= 0xFFFD && !Character.isSurrogate(c));
            if (!ok && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null) {
                out.append(ok ? c : '\uFFFD');
                if (pair) {
                    out.append(s.charAt(i + 1));
                }
            }
            if (pair) {
                i++;
            }
        }
        return out == null ? s : out.toString();
    }
}
