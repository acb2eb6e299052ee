package org.civicbot.bot.open311;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads GeoReport v2 documents of either format into one tree of maps, lists and text (JSON null and an empty
 * XML element are both ""), so that the XML and JSON forms of a response can be compared with each other, and a
 * response's shape with the specification's sample.
 */
final class Open311Tree {

    /** The elements the specification uses as lists; every other element with children is a record. */
    private static final Set<String> LISTS = Set.of("services", "service_requests", "errors", "attributes",
            "values", "endpoints", "formats");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SCALAR = "·";

    private Open311Tree() {
    }

    static Object parse(String body, Open311Format format) {
        return format == Open311Format.JSON ? json(JSON.readTree(body)) : xml(body);
    }

    /** One of the specification's samples in {@code src/test/resources/open311/}, e.g. {@code requests.xml}. */
    static Object sample(String name) {
        try (InputStream in = Open311Tree.class.getResourceAsStream("/open311/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + name);
            }
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return parse(body, name.endsWith(".json") ? Open311Format.JSON : Open311Format.XML);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The document's shape: records as their field names (sorted: the specification's own samples differ in
     * order) with each field's shape, a list as the union of its items' shapes, text as "·".
     */
    static Object shape(Object tree) {
        if (tree instanceof Map<?, ?> record) {
            Map<String, Object> shape = new TreeMap<>();
            record.forEach((name, value) -> shape.put((String) name, shape(value)));
            return shape;
        }
        if (tree instanceof List<?> list) {
            Object merged = null;
            for (Object item : list) {
                merged = merge(merged, shape(item));
            }
            return merged == null ? List.of() : List.of(merged);
        }
        return SCALAR;
    }

    /** The shape without these fields in its records, at any depth. */
    @SuppressWarnings("unchecked")
    static Object without(Object shape, Set<String> fields) {
        if (shape instanceof Map<?, ?> record) {
            Map<String, Object> kept = new TreeMap<>();
            ((Map<String, Object>) record).forEach((name, value) -> {
                if (!fields.contains(name)) {
                    kept.put(name, without(value, fields));
                }
            });
            return kept;
        }
        if (shape instanceof List<?> list) {
            return list.stream().map(item -> without(item, fields)).toList();
        }
        return shape;
    }

    @SuppressWarnings("unchecked")
    private static Object merge(Object a, Object b) {
        if (a instanceof Map<?, ?> left && b instanceof Map<?, ?> right) {
            Map<String, Object> merged = new TreeMap<>((Map<String, Object>) left);
            ((Map<String, Object>) right).forEach((name, value) -> merged.merge(name, value, Open311Tree::merge));
            return merged;
        }
        return a == null ? b : a;
    }

    private static Object json(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> record = new LinkedHashMap<>();
            node.properties().forEach(field -> record.put(field.getKey(), json(field.getValue())));
            return record;
        }
        if (node.isArray()) {
            return node.valueStream().map(Open311Tree::json).toList();
        }
        return node.isNull() ? "" : node.asString();
    }

    private static Object xml(String body) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element root = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
            return xml(root);
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + body, e);
        }
    }

    private static Object xml(Element element) {
        List<Element> children = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                children.add(childElement);
            }
        }
        if (LISTS.contains(element.getTagName())) {
            return children.stream().map(Open311Tree::xml).toList();
        }
        if (children.isEmpty()) {
            return element.getTextContent().strip();
        }
        Map<String, Object> record = new LinkedHashMap<>();
        children.forEach(child -> record.put(child.getTagName(), xml(child)));
        return record;
    }
}
