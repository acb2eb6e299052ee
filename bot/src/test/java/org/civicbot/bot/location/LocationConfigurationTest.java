package org.civicbot.bot.location;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.civicbot.bot.config.CivicbotProperties;
import org.civicbot.classifier.geocoding.Gazetteer;
import org.civicbot.classifier.geocoding.Locator;
import org.civicbot.classifier.location.Location;
import org.civicbot.classifier.location.LocationExtractor;
import org.civicbot.classifier.location.PointSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** Which gazetteer and which geocoders the configuration wires, without the rest of the application. */
class LocationConfigurationTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(CivicbotProperties.class)
    static class Properties {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Properties.class, LocationConfiguration.class);

    /** A stand-in Nominatim that knows one street and records who asked what. */
    private HttpServer nominatim;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startNominatim() throws IOException {
        nominatim = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        nominatim.createContext("/search", exchange -> {
            String userAgent = exchange.getRequestHeaders().getFirst("User-Agent");
            requests.add(userAgent + " " + exchange.getRequestURI().getQuery());
            byte[] body = """
                    [{"lat": "59.4012", "lon": "13.5123", "display_name": "Okändavägen 5, Karlstad",
                      "boundingbox": ["59.4011", "59.4013", "13.5122", "13.5124"]}]"""
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        nominatim.start();
    }

    @AfterEach
    void stopNominatim() {
        nominatim.stop(0);
    }

    @Test
    void asksNominatimOnlyForWhatTheGazetteerCannotPlaceAndSaysWhoIsAsking() {
        context.withPropertyValues("civicbot.public-base-url=https://civicbot.example.se",
                        "civicbot.geocoding.nominatim.base-url=http://127.0.0.1:" + nominatim.getAddress().getPort(),
                        "civicbot.geocoding.nominatim.min-interval=0s")
                .run(app -> {
                    List<Location> located = locate(app.getBean(LocationExtractor.class), app.getBean(Locator.class),
                            "Lampan vid Storgatan 12 är trasig, och en till på Okändavägen 5");

                    assertThat(located).extracting(Location::normalized, Location::source).containsExactly(
                            tuple("Storgatan 12", PointSource.GAZETTEER),
                            tuple("Okändavägen 5", PointSource.NOMINATIM));
                    assertThat(requests).singleElement().satisfies(request -> assertThat(request)
                            .startsWith("civicbot (+https://civicbot.example.se) ")
                            .contains("q=Okändavägen+5,+Karlstad&"));
                });
    }

    @Test
    void withoutAGazetteerPlacesAreStillFoundButStreetsAreNotPlaced() {
        context.withPropertyValues("civicbot.demo.enabled=false").run(app -> {
            assertThat(app).doesNotHaveBean(Gazetteer.class);

            List<Location> located = locate(app.getBean(LocationExtractor.class), app.getBean(Locator.class),
                    "Lampan vid Storgatan 12 är trasig");

            assertThat(located).singleElement().satisfies(location -> {
                assertThat(location.normalized()).isEqualTo("Storgatan 12");
                assertThat(location.point()).isEmpty();
            });
            assertThat(requests).isEmpty();
        });
    }

    private static List<Location> locate(LocationExtractor extractor, Locator locator, String text) {
        return locator.locate(extractor.extract(text), List.of());
    }
}
