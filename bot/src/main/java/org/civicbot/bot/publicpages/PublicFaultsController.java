package org.civicbot.bot.publicpages;

import java.time.ZoneId;
import java.util.Locale;

import org.civicbot.bot.config.CivicbotProperties;
import org.civicbot.bot.pipeline.ReplyTexts;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The open faults for the public map, and for anyone who wants to draw them on their own. */
@RestController
class PublicFaultsController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final OpenFaults faults;
    private final PublicTexts texts;
    private final ZoneId zone;

    PublicFaultsController(OpenFaults faults, PublicTexts texts, CivicbotProperties properties) {
        this.faults = faults;
        this.texts = texts;
        this.zone = properties.timeZone();
    }

    /**
     * @param bbox  {@code minLon,minLat,maxLon,maxLat}: only faults inside
     * @param topic a topic code ({@code STREET_LIGHTING}): only faults of that topic
     * @param limit at most this many, newest first (1–5000, default 500); {@code truncated} says there were more
     * @param lang  {@code en} for English titles; Swedish otherwise
     */
    @GetMapping("/api/public/faults.geojson")
    ResponseEntity<FaultsGeoJson> faults(@RequestParam(required = false) String bbox,
                                         @RequestParam(required = false) String topic,
                                         @RequestParam(required = false) String limit,
                                         @RequestParam(required = false) String lang) {
        OpenFaults.Found found = faults.find(FaultFilter.parse(bbox, topic, limit));
        Locale locale = ReplyTexts.localeFor(lang);
        FaultsGeoJson body = FaultsGeoJson.of(found.faults().stream()
                .map(fault -> FaultsGeoJson.feature(fault.lon(), fault.lat(), new FaultsGeoJson.Properties(
                        texts.topic(fault.topic(), locale), fault.topic(), fault.status().name(),
                        texts.status(fault.status(), locale), fault.place(), fault.reportedAt(), fault.updatedAt(),
                        fault.expectedResolutionAt() == null ? null
                                : fault.expectedResolutionAt().atZone(zone).toLocalDate())))
                .toList(), found.truncated());
        return ResponseEntity.ok().contentType(GEO_JSON).body(body);
    }
}
