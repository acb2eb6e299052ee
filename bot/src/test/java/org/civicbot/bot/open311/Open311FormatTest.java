package org.civicbot.bot.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Both formats from one document: escaped, well-formed, saying the same. */
class Open311FormatTest {

    private static final Open311Document ERRORS = new Open311Document("errors", new Open311Document.Listing("error",
            List.of(new Open311Document.Fields().put("code", 400)
                    .put("description", "service_code <b>&\"x'\u0001\u0007 is not a service")
                    .put("missing", null))));

    @Test
    void xmlEscapesMarkupAndReplacesWhatXmlCannotHold() {
        String xml = Open311Format.XML.render(ERRORS);

        assertThat(xml).startsWith("<?xml version='1.0' encoding='UTF-8'?><errors><error><code>400</code>")
                .contains("&lt;b>&amp;").doesNotContain("<b>", "\u0001");
        assertThat(Open311Tree.parse(xml, Open311Format.XML)).isEqualTo(List.of(Map.of("code", "400",
                "description", "service_code <b>&\"x'\uFFFD\uFFFD is not a service", "missing", "")));
    }

    @Test
    void jsonWritesTheListingAsAnArrayAndNullAsNull() {
        String json = Open311Format.JSON.render(ERRORS);

        assertThat(json).isEqualTo("[{\"code\":400,\"description\":\"service_code <b>&\\\"x'\\u0001\\u0007 is not a "
                + "service\",\"missing\":null}]");
    }

    @Test
    void theFormatIsTheExtensionAndXmlWhenThereIsNone() {
        assertThat(Open311Format.of("JSON")).contains(Open311Format.JSON);
        assertThat(Open311Format.of("csv")).isEmpty();
        assertThat(Open311Format.ofPath("/open311/v2/requests.json")).isEqualTo(Open311Format.JSON);
        assertThat(Open311Format.ofPath("/open311/v2/requests.csv")).isEqualTo(Open311Format.XML);
        assertThat(Open311Format.ofPath("/open311/v2.json/requests")).isEqualTo(Open311Format.XML);
    }
}
