package org.civicbot.knowledge;

import java.util.Locale;

/** Language codes as citizens' clients and editors write them. */
final class Languages {

    private Languages() {
    }

    /** "sv-SE", "SV", "en_GB" → "sv", "sv", "en"; blank → null. */
    static String normalize(String language) {
        if (language == null || language.isBlank()) {
            return null;
        }
        String l = language.strip().toLowerCase(Locale.ROOT);
        int sep = l.indexOf('-') >= 0 ? l.indexOf('-') : l.indexOf('_');
        return sep > 0 ? l.substring(0, sep) : l;
    }
}
