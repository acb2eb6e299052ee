package org.civicbot.bot.location;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.civicbot.bot.config.CivicbotProperties;
import org.civicbot.classifier.geocoding.Gazetteer;
import org.civicbot.classifier.geocoding.GazetteerGeocoder;
import org.civicbot.classifier.geocoding.Geocoder;
import org.civicbot.classifier.geocoding.Locator;
import org.civicbot.classifier.geocoding.NominatimGeocoder;
import org.civicbot.classifier.geocoding.PostcodeGeocoder;
import org.civicbot.classifier.location.LocationExtractor;
import org.civicbot.classifier.location.PlaceNames;
import org.civicbot.classifier.location.SwedishPlaceRecognizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where messages are: the municipality's gazetteer (its folder, or the demo's when the demo is on), the
 * extractor that finds place names with it, and the geocoders asked in turn — gazetteer, postcodes, then
 * Nominatim when one is configured. Without a gazetteer places are still found by the place-name model and
 * placed by postcode or Nominatim.
 */
@Configuration(proxyBeanMethods = false)
class LocationConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LocationConfiguration.class);

    @Bean
    @ConditionalOnExpression("!'${civicbot.gazetteer.directory:}'.isBlank() or ${civicbot.demo.enabled:true}")
    Gazetteer gazetteer(CivicbotProperties properties) {
        String directory = properties.gazetteer().directory();
        Gazetteer gazetteer = directory.isBlank() ? Gazetteer.demo() : Gazetteer.load(Path.of(directory));
        log.info("Gazetteer of {} loaded: {} street(s), {} address(es), {} place(s), {} asset(s)",
                gazetteer.municipality().name(), gazetteer.streetCount(), gazetteer.addressCount(),
                gazetteer.placeCount(), gazetteer.assetCount());
        return gazetteer;
    }

    @Bean
    LocationExtractor locationExtractor(Optional<Gazetteer> gazetteer) {
        if (gazetteer.isEmpty()) {
            log.warn("No gazetteer configured (civicbot.gazetteer.directory) and the demo is off: streets and "
                    + "addresses are placed by postcode or Nominatim only");
        }
        PlaceNames names = gazetteer.map(Gazetteer::names).orElseGet(PlaceNames::empty);
        return new LocationExtractor(names, SwedishPlaceRecognizer.bundled());
    }

    @Bean
    Geocoder geocoder(Optional<Gazetteer> gazetteer, CivicbotProperties properties) {
        List<Geocoder> chain = new ArrayList<>();
        gazetteer.ifPresent(g -> chain.add(new GazetteerGeocoder(g)));
        chain.add(PostcodeGeocoder.bundled());
        CivicbotProperties.Nominatim nominatim = properties.geocoding().nominatim();
        if (nominatim.configured()) {
            String userAgent = nominatim.userAgent().isBlank()
                    ? "civicbot (+" + properties.publicBaseUrl() + ")" : nominatim.userAgent();
            chain.add(new NominatimGeocoder(new NominatimGeocoder.Settings(URI.create(nominatim.baseUrl()),
                    gazetteer.map(g -> g.municipality().town()).orElse(""),
                    gazetteer.map(Gazetteer::municipality).orElse(null), nominatim.minInterval(),
                    nominatim.cacheSize(), nominatim.timeout(), userAgent)));
            log.info("Nominatim at {} places what the gazetteer and the postcodes cannot", nominatim.baseUrl());
        }
        return Geocoder.firstOf(chain.toArray(Geocoder[]::new));
    }

    @Bean
    Locator locator(Geocoder geocoder) {
        return new Locator(geocoder);
    }
}
