package org.civicbot.classifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LocationExtractorTest {

    private static final MessageClassifier CLASSIFIER = MessageClassifier.withDefaultModel();

    private static List<LocationMention> locations(String text) {
        return CLASSIFIER.classify(text).locations();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Lampan vid Storgatan 12 lyser inte         | Storgatan 12 | Storgatan 12
            Hål i vägen på Kungsgatan 3 A idag          | Kungsgatan 3 A | Kungsgatan 3A
            Vid storgatan 12b är det mörkt              | storgatan 12b | Storgatan 12B
            Sopor på Drottningg. 7                      | Drottningg. 7 | Drottninggatan 7
            Sopor på Storgt 5                           | Storgt 5 | Storgatan 5
            Sopor på Sveav. 10                          | Sveav. 10 | Sveavägen 10
            Halt på Västerlånggatan 9                   | Västerlånggatan 9 | Västerlånggatan 9
            Halt på vasteraasvagen 9                    | vasteraasvagen 9 | Vasteraasvagen 9
            Träd över Karl-Johansgatan 4                | Karl-Johansgatan 4 | Karl-Johansgatan 4
            Bänken på Stortorget 1 är trasig            | Stortorget 1 | Stortorget 1
            Storgatan 12 i Nyköping                     | Storgatan 12 | Storgatan 12
            """)
    void addresses(String text, String asWritten, String normalized) {
        assertThat(locations(text)).extracting(LocationMention::kind, LocationMention::text,
                LocationMention::normalized).containsExactly(tuple(LocationKind.ADDRESS, asWritten, normalized));
    }

    @Test
    void streetWithoutNumber() {
        assertThat(locations("Det är mörkt på Ringvägen och Fredsgatan"))
                .extracting(LocationMention::kind, LocationMention::normalized)
                .containsExactly(tuple(LocationKind.STREET, "Ringvägen"), tuple(LocationKind.STREET, "Fredsgatan"));
    }

    @Test
    void postcode() {
        String text = "Storgatan 12, 652 24 Karlstad eller 65225";
        assertThat(locations(text)).extracting(LocationMention::kind, LocationMention::normalized,
                LocationMention::start).containsExactly(
                tuple(LocationKind.ADDRESS, "Storgatan 12", 0),
                tuple(LocationKind.POSTCODE, "652 24", 14),
                tuple(LocationKind.POSTCODE, "652 25", 36));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Ring mig på 070 123 45 67",
            "Hål i cykelvägen, motorvägen och gatan",
            "Vi har en ny detaljplan",
            "Sedan i fredag. 2 lampor är släckta",
            "Jag cyklade halvvägen hem",
            "Ärende 1234567",
            "Storgatan 12 a är trasig men 12 a är inte ett husnummer här",
    })
    void noFalseAddresses(String text) {
        assertThat(locations(text)).noneMatch(l -> l.kind() == LocationKind.POSTCODE
                || l.kind() == LocationKind.ADDRESS && l.normalized().endsWith("A")
                || l.normalized().contains("Fredag") || l.normalized().contains("Cykel")
                || l.normalized().contains("Motor") || l.normalized().contains("Halv")
                || l.normalized().contains("Detalj"));
    }

    @Test
    void primaryLocationPrefersAddress() {
        Classification c = CLASSIFIER.classify("Från Ringvägen till Storgatan 5 är det mörkt");
        assertThat(c.locations()).hasSize(2);
        assertThat(c.primaryLocation().orElseThrow().normalized()).isEqualTo("Storgatan 5");
    }
}
