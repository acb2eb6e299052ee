package org.civicbot.bot.open311;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two formats a client chooses by the resource's extension ({@code services.xml}, {@code services.json}).
 * XML is written by hand with the JDK's stream writer, which escapes markup; characters XML 1.0 cannot hold at
 * all (most control characters) are replaced, so a client's odd input echoed in an error still parses.
 */
enum Open311Format {
    JSON("json", new MediaType("application", "json", StandardCharsets.UTF_8)),
    XML("xml", new MediaType("text", "xml", StandardCharsets.UTF_8));

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final XMLOutputFactory XML_OUTPUT = XMLOutputFactory.newFactory();

    private final String extension;
    private final MediaType mediaType;

    Open311Format(String extension, MediaType mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    MediaType mediaType() {
        return mediaType;
    }

    /** The format an extension names ({@code json}, {@code xml}, any case), or empty for another. */
    static Optional<Open311Format> of(String extension) {
        for (Open311Format format : values()) {
            if (format.extension.equalsIgnoreCase(extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The format a request path asks for; XML, the spec's required format, when it names neither. */
    static Open311Format ofPath(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 || dot < path.lastIndexOf('/') ? XML : of(path.substring(dot + 1)).orElse(XML);
    }

    String render(Open311Document document) {
        return this == JSON ? MAPPER.writeValueAsString(plain(document.body())) : xml(document);
    }

    /** Listings and fields as the lists and maps Jackson writes. */
    private static Object plain(Object value) {
        if (value instanceof Open311Document.Listing listing) {
            List<Object> items = new ArrayList<>();
            listing.items().forEach(item -> items.add(plain(item)));
            return items;
        }
        if (value instanceof Open311Document.Fields fields) {
            Map<String, Object> values = new LinkedHashMap<>();
            fields.values().forEach((name, field) -> values.put(name, plain(field)));
            return values;
        }
        return value;
    }

    private static String xml(Open311Document document) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XML_OUTPUT.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement(document.root());
            writeContent(xml, document.body());
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the Open311 XML: " + e.getMessage(), e);
        }
        return out.toString();
    }

    private static void writeContent(XMLStreamWriter xml, Object value) throws XMLStreamException {
        if (value instanceof Open311Document.Listing listing) {
            for (Object item : listing.items()) {
                writeElement(xml, listing.item(), item);
            }
        } else if (value instanceof Open311Document.Fields fields) {
            for (Map.Entry<String, Object> field : fields.values().entrySet()) {
                writeElement(xml, field.getKey(), field.getValue());
            }
        } else if (value != null) {
            xml.writeCharacters(xmlText(String.valueOf(value)));
        }
    }

    private static void writeElement(XMLStreamWriter xml, String name, Object value) throws XMLStreamException {
        xml.writeStartElement(name);
        writeContent(xml, value);
        xml.writeEndElement();
    }

    /** The text with every character XML 1.0 forbids replaced by U+FFFD. */
    static String xmlText(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> clean.appendCodePoint(allowedInXml(cp) ? cp : 0xFFFD));
        return clean.toString();
    }

    private static boolean allowedInXml(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}
