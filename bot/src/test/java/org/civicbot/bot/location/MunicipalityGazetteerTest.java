package org.civicbot.bot.location;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.civicbot.bot.support.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** A municipality's own gazetteer replaces the demo's for finding places and for placing them. */
class MunicipalityGazetteerTest extends IntegrationTestBase {

    @TempDir
    static Path gazetteer;

    @DynamicPropertySource
    static void municipalityGazetteer(DynamicPropertyRegistry registry) {
        registry.add("civicbot.gazetteer.directory", () -> write(gazetteer).toString());
    }

    @Test
    void itsStreetNamesAndAddressPointsAreUsed() {
        long id = api.simulateAccepted("own-gazetteer", "Lampan vid provg 3 är trasig");

        JsonNode location = api.awaitDecided(id, Duration.ofSeconds(5)).get("location");

        // "provg" is read as Provgatan only because this gazetteer names such a street.
        assertThat(location.get("normalized").asString()).isEqualTo("Provgatan 3");
        assertThat(location.get("lat").asDouble()).isEqualTo(59.5);
        assertThat(location.get("lon").asDouble()).isEqualTo(13.6);
        assertThat(location.get("source").asString()).isEqualTo("GAZETTEER");
    }

    @Test
    void theDemoStreetsAreNotKnown() {
        long id = api.simulateAccepted("own-gazetteer-demo-street", "Gatlampan vid Storgatan 12 är trasig");

        JsonNode location = api.awaitDecided(id, Duration.ofSeconds(5)).get("location");

        assertThat(location.get("normalized").asString()).isEqualTo("Storgatan 12");
        assertThat(location.get("lat").isNull()).isTrue();
    }

    /** The five files of a one-street municipality (formats: classifier/gazetteer/README.md). */
    private static Path write(Path folder) {
        try {
            Files.writeString(folder.resolve("municipality.json"),
                    "{\"name\": \"Provkommun\", \"code\": \"9999\", \"bbox\": [13.5, 59.4, 13.7, 59.6]}");
            Files.writeString(folder.resolve("streets.geojson"), """
                    {"type":"FeatureCollection","features":[{"type":"Feature",
                     "properties":{"name":"Provgatan","aliases":[],"district":""},
                     "geometry":{"type":"LineString","coordinates":[[13.5998,59.4999],[13.6010,59.5001]]}}]}""");
            Files.writeString(folder.resolve("addresses.csv"), """
                    street,number,letter,lat,lon,postcode
                    Provgatan,1,,59.49990,13.59980,999 99
                    Provgatan,3,,59.50000,13.60000,999 99
                    """);
            Files.writeString(folder.resolve("places.geojson"), "{\"type\":\"FeatureCollection\",\"features\":[]}");
            Files.writeString(folder.resolve("assets.csv"), "id,type,lat,lon,street\n");
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
