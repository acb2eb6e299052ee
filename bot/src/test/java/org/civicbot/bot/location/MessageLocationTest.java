package org.civicbot.bot.location;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.Base64;


import org.civicbot.bot.support.ApiClient;
import org.civicbot.bot.support.IntegrationTestBase;
import org.civicbot.bot.support.TestPhotos;
import org.civicbot.classifier.geocoding.Gazetteer;
import org.civicbot.classifier.location.GeoPoint;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The best location of a message, from its text, the phone's position or a photo, kept with the message and
 * its case.
 */
class MessageLocationTest extends IntegrationTestBase {

    private static final Duration DECIDED_WITHIN = Duration.ofSeconds(5);
    private static final GeoPoint STORGATAN_12 = Gazetteer.demo().addresses("Storgatan").stream()
            .filter(a -> a.number().equals("12")).findFirst().orElseThrow().point();

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAddressInTheTextPutsTheCaseOnTheGazetteersAddressPoint() {
        long id = api.simulateAccepted("where-text", "Gatlampan vid Storgatan 12 är trasig");

        JsonNode message = api.awaitDecided(id, DECIDED_WITHIN);
        JsonNode kase = ApiClient.json(api.get("/api/cases/" + message.get("caseNumber").asString()));

        assertThat(message.at("/location/normalized").asString()).isEqualTo("Storgatan 12");
        // The list also says where in the text the citizen wrote it: "Gatlampan vid " is 14 characters.
        assertThat(message.at("/locations/0/start").asInt()).isEqualTo(14);
        assertThat(message.at("/locations/0/end").asInt()).isEqualTo(26);
        assertThat(message.at("/locations/0/normalized")).isEqualTo(message.at("/location/normalized"));
        assertThat(message.at("/location/start").isMissingNode()).isTrue();
        JsonNode location = kase.get("location");
        assertThat(location.get("kind").asString()).isEqualTo("ADDRESS");
        assertThat(location.get("text").asString()).isEqualTo("Storgatan 12");
        assertThat(location.get("normalized").asString()).isEqualTo("Storgatan 12");
        assertThat(location.get("precisionMeters").asInt()).isEqualTo(10);
        assertThat(location.get("source").asString()).isEqualTo("GAZETTEER");
        assertThat(pointOf(location).distanceMeters(STORGATAN_12)).isLessThan(100);
    }

    @Test
    void aPositionSentWithTheMessageIsReadAsTheNearestAddress() {
        ObjectNode post = ApiClient.simulatorPost("where-device", "Gatlampan här är trasig");
        post.putObject("position").put("latitude", STORGATAN_12.lat()).put("longitude", STORGATAN_12.lon())
                .put("accuracyMeters", 8);

        JsonNode message = api.awaitDecided(api.simulateAccepted(post), DECIDED_WITHIN);

        assertThat(message.at("/position/source").asString()).isEqualTo("DEVICE");
        assertThat(message.at("/position/accuracyMeters").asInt()).isEqualTo(8);
        JsonNode location = message.get("location");
        assertThat(location.get("kind").asString()).isEqualTo("COORDINATES");
        assertThat(location.get("text").isNull()).isTrue();
        assertThat(location.get("normalized").asString()).isEqualTo("Storgatan 12");
        assertThat(location.get("source").asString()).isEqualTo("DEVICE");
        assertThat(location.get("precisionMeters").asInt()).isEqualTo(8);
        assertThat(pointOf(location).distanceMeters(STORGATAN_12)).isLessThan(1);
        assertThat(message.get("locations")).hasSize(1);
    }

    @Test
    void aPhotoWithGpsTagsGivesThePositionWhenThePlatformSentNone() throws IOException {
        ObjectNode post = ApiClient.simulatorPost("where-photo", "Trasig gatlampa, se bild");
        post.put("photo", Base64.getEncoder().encodeToString(TestPhotos.jpegTakenAt(STORGATAN_12)));

        JsonNode message = api.awaitDecided(api.simulateAccepted(post), DECIDED_WITHIN);

        assertThat(message.at("/position/source").asString()).isEqualTo("PHOTO_EXIF");
        assertThat(message.at("/location/source").asString()).isEqualTo("PHOTO_EXIF");
        assertThat(message.at("/location/normalized").asString()).isEqualTo("Storgatan 12");
        assertThat(pointOf(message.get("location")).distanceMeters(STORGATAN_12)).isLessThan(5);
        JsonNode kase = ApiClient.json(api.get("/api/cases/" + message.get("caseNumber").asString()));
        assertThat(kase.at("/location/source").asString()).isEqualTo("PHOTO_EXIF");
        assertThat(jdbc.sql("SELECT attachments->0 FROM message WHERE id = ?").param(message.get("id").asLong())
                .query(String.class).single())
                .as("the photo's reference is kept, its bytes are not")
                .contains("\"mediaType\": \"image/jpeg\"").doesNotContain("content");
    }

    @Test
    void aPhotoWithoutGpsTagsIsAcceptedWithoutAPosition() throws IOException {
        ObjectNode post = ApiClient.simulatorPost("where-no-gps", "");
        post.put("photo", Base64.getEncoder().encodeToString(TestPhotos.jpeg()));

        JsonNode message = api.awaitDecided(api.simulateAccepted(post), DECIDED_WITHIN);

        assertThat(message.get("position").isNull()).isTrue();
        assertThat(message.get("location").isNull()).isTrue();
        assertThat(message.get("locations")).isEmpty();
    }

    @Test
    void theCitizensAddressWinsOverALessPrecisePositionAndBothAreKept() {
        ObjectNode post = ApiClient.simulatorPost("where-both", "Gatlampan vid Storgatan 12 är trasig");
        post.putObject("position").put("latitude", 59.3790).put("longitude", 13.5040);

        JsonNode message = api.awaitDecided(api.simulateAccepted(post), DECIDED_WITHIN);

        assertThat(message.at("/location/source").asString()).isEqualTo("GAZETTEER");
        assertThat(message.get("locations")).hasSize(2);
        assertThat(message.at("/locations/1/source").asString()).isEqualTo("DEVICE");
        assertThat(message.at("/locations/1/precisionMeters").asInt()).isEqualTo(50);
    }

    private static GeoPoint pointOf(JsonNode location) {
        return new GeoPoint(location.get("lat").asDouble(), location.get("lon").asDouble());
    }


}
