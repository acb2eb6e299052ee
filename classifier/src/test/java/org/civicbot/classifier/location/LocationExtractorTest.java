package org.civicbot.classifier.location;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules and the name list, without the statistical model: what is found, where, and in which form. */
class LocationExtractorTest {

    private static final PlaceNames NAMES = PlaceNames.empty()
            .add(LocationKind.STREET, "Storgatan", List.of())
            .add(LocationKind.STREET, "Kungsgatan", List.of())
            .add(LocationKind.STREET, "Drottninggatan", List.of())
            .add(LocationKind.STREET, "Älvgatan", List.of())
            .add(LocationKind.STREET, "Herrgårdsgatan", List.of())
            .add(LocationKind.STREET, "Rudsvägen", List.of())
            .add(LocationKind.STREET, "Västra Torggatan", List.of())
            .add(LocationKind.PLACE, "Våxnäs", List.of())
            .add(LocationKind.PLACE, "Stora torget", List.of())
            .add(LocationKind.PLACE, "Klara", List.of())
            .add(LocationKind.PLACE, "ICA Maxi Bergvik", List.of("ICA Maxi på Bergvik"));
    private static final LocationExtractor EXTRACTOR = new LocationExtractor(NAMES, PlaceRecognizer.NONE);

    private static List<Location> locations(String text) {
        return EXTRACTOR.extract(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Lampan vid Storgatan 12 lyser inte         | Storgatan 12 | Storgatan 12
            Hål i vägen på Kungsgatan 3 A idag          | Kungsgatan 3 A | Kungsgatan 3A
            Vid storgatan 12b är det mörkt              | storgatan 12b | Storgatan 12B
            Sopor på Drottningg. 7                      | Drottningg. 7 | Drottninggatan 7
            Sopor på storg 12b                          | storg 12b | Storgatan 12B
            Sopor på Storgt 5                           | Storgt 5 | Storgatan 5
            Hål på rudsv 22                             | rudsv 22 | Rudsvägen 22
            Hål på Storgatn 12                          | Storgatn 12 | Storgatan 12
            Halt på Alvgatan 4                          | Alvgatan 4 | Älvgatan 4
            Halt vid Västra Torggatan 16                | Västra Torggatan 16 | Västra Torggatan 16
            Sopor på Sveav. 10                          | Sveav. 10 | Sveavägen 10
            Halt på Västerlånggatan 9                   | Västerlånggatan 9 | Västerlånggatan 9
            Träd över Karl-Johansgatan 4                | Karl-Johansgatan 4 | Karl-Johansgatan 4
            Bänken på Stortorget 1 är trasig            | Stortorget 1 | Stortorget 1
            the light outside 14 Storgatan is out       | 14 Storgatan | Storgatan 14
            """)
    void addresses(String text, String asWritten, String normalized) {
        assertThat(locations(text)).extracting(Location::kind, Location::text, Location::normalized)
                .containsExactly(tuple(LocationKind.ADDRESS, asWritten, normalized));
    }

    @Test
    void streetsIncludingInflectedAndUnknownOnes() {
        assertThat(locations("Det är mörkt på Ringvägen och längs Storgatans gångbana"))
                .extracting(Location::kind, Location::text, Location::normalized)
                .containsExactly(tuple(LocationKind.STREET, "Ringvägen", "Ringvägen"),
                        tuple(LocationKind.STREET, "Storgatans", "Storgatan"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Trasig signal i korsningen Storgatan/Kungsgatan nu | korsningen Storgatan/Kungsgatan
            Halt vid hörnet Älvgatan och Herrgårdsgatan         | hörnet Älvgatan och Herrgårdsgatan
            Olycka Storgatan mot Kungsgatan igen                | Storgatan mot Kungsgatan
            Ice at the corner of Storgatan and Kungsgatan      | corner of Storgatan and Kungsgatan
            """)
    void intersections(String text, String span) {
        assertThat(locations(text)).singleElement().satisfies(l -> {
            assertThat(l.kind()).isEqualTo(LocationKind.INTERSECTION);
            assertThat(l.text()).isEqualTo(span);
            assertThat(l.normalized()).matches("\\p{L}+ / \\p{L}+");
        });
    }

    @Test
    void twoStreetsJoinedByAndAreNotAnIntersectionWithoutACrossingWord() {
        assertThat(locations("Mörkt på Storgatan och Kungsgatan")).extracting(Location::kind)
                .containsExactly(LocationKind.STREET, LocationKind.STREET);
    }

    @Test
    void placesWithAndWithoutDiacriticsAndMultiWordNames() {
        assertThat(locations("Lekplatsen i vaxnas och bänkarna på Stora torget, utanför ICA Maxi på Bergvik"))
                .extracting(Location::text, Location::normalized)
                .containsExactly(tuple("vaxnas", "Våxnäs"), tuple("Stora torget", "Stora torget"),
                        tuple("ICA Maxi på Bergvik", "ICA Maxi Bergvik"));
    }

    @Test
    void aPlaceNameThatIsACommonWordCountsInLowerCaseOnlyAfterAPreposition() {
        assertThat(locations("jag klara inte mer")).isEmpty();
        assertThat(locations("mörkt i klara")).extracting(Location::normalized).containsExactly("Klara");
        assertThat(locations("Klara har inga lampor")).extracting(Location::normalized).containsExactly("Klara");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            stolpe 4711 lyser inte                   | stolpe 4711 | 4711
            belysningsstolpe nr 12-345 är trasig     | belysningsstolpe nr 12-345 | 12-345
            lyktstolpe C-0815 blinkar                | lyktstolpe C-0815 | C-0815
            bin tag no. 55-2190 was not emptied      | bin tag no. 55-2190 | 55-2190
            Mätare nr 21 77 3094 läcker              | Mätare nr 21 77 3094 | 21 77 3094
            lekredskap nr LR-0412 är trasigt         | LR-0412 | LR-0412
            """)
    void assets(String text, String span, String id) {
        assertThat(locations(text)).extracting(Location::kind, Location::text, Location::normalized)
                .containsExactly(tuple(LocationKind.ASSET, span, id));
    }

    @Test
    void postcodes() {
        String text = "Storgatan 12, 652 24 Karlstad eller 65225";
        assertThat(locations(text)).extracting(Location::kind, Location::normalized, Location::start)
                .containsExactly(tuple(LocationKind.ADDRESS, "Storgatan 12", 0),
                        tuple(LocationKind.POSTCODE, "652 24", 14), tuple(LocationKind.POSTCODE, "652 25", 36));
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
            "det är 20° 5° kallt",
    })
    void noFalseLocations(String text) {
        assertThat(locations(text)).noneMatch(l -> l.kind() == LocationKind.POSTCODE
                || l.kind() == LocationKind.COORDINATES
                || l.kind() == LocationKind.ADDRESS && l.normalized().endsWith("A")
                || l.normalized().contains("Fredag") || l.normalized().contains("Cykel")
                || l.normalized().contains("Motor") || l.normalized().contains("Halv")
                || l.normalized().contains("Detalj"));
    }

    @Test
    void spansAreOffsetsIntoTheTextEvenAfterEmoji() {
        String text = "😡😡 mörkt på Storgatan 12 🔦";
        Location l = locations(text).get(0);
        assertThat(text.substring(l.start(), l.end())).isEqualTo("Storgatan 12");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u0000\u0001", "🙂🙂🙂", "مرحبا شارع ١٢", "a/b/c//", "korsningen / och"})
    void oddTextGivesAResultNotAnException(String text) {
        assertThat(locations(text)).isNotNull();
    }
}
