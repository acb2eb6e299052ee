package org.civicbot.bot.open311;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One GeoReport v2 response in a shape both formats are written from. The spec names every XML element, JSON
 * leaves lists unnamed: a {@link Listing} carries the XML name of its items, which JSON ignores.
 *
 * @param root the XML root element ({@code services}, {@code service_requests}, {@code discovery}…)
 * @param body a {@link Listing} (a JSON array at the root) or a {@link Fields} (a JSON object)
 */
record Open311Document(String root, Object body) {

    Open311Document {
        Objects.requireNonNull(root, "root");
        if (!(body instanceof Listing || body instanceof Fields)) {
            throw new IllegalArgumentException("a document's body is a listing or fields");
        }
    }

    /** A list whose XML items are each an element called {@code item}. */
    record Listing(String item, List<?> items) {
        Listing {
            Objects.requireNonNull(item, "item");
            items = List.copyOf(items);
        }
    }

    /**
     * Named values in the spec's order: text, numbers, booleans, null (an empty XML element, JSON null), nested
     * fields or listings.
     */
    static final class Fields {

        private final Map<String, Object> values = new LinkedHashMap<>();

        Fields put(String name, Object value) {
            values.put(name, value);
            return this;
        }

        Map<String, Object> values() {
            return values;
        }
    }
}
