package org.civicbot.bot.publicpages;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.civicbot.bot.config.CivicbotProperties;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public map of open faults: Leaflet draws them over the configured tiles from the GeoJSON, and the same faults
 * are listed in a table below, so the page works without tiles, without script, and with a screen reader.
 */
@Controller
class MapPageController {

    private final OpenFaults faults;
    private final PublicTexts texts;
    private final LeafletAssets leaflet;
    private final MapProperties map;
    private final String municipality;
    private final ZoneId zone;
    /**
     * The public pages' policy with the tile server allowed for images. Leaflet, its styles and marker images
     * come from civicbot itself; Leaflet positions elements through the style properties, which the policy allows.
     */
    private final String contentSecurityPolicy;

    MapPageController(OpenFaults faults, PublicTexts texts, LeafletAssets leaflet, MapProperties map,
                      CivicbotProperties properties) {
        this.faults = faults;
        this.texts = texts;
        this.leaflet = leaflet;
        this.map = map;
        this.municipality = properties.municipality();
        this.zone = properties.timeZone();
        this.contentSecurityPolicy = "default-src 'self'; script-src 'self'; img-src 'self' data: "
                + map.tileSource() + "; object-src 'none'; frame-ancestors 'none'";
    }

    /** A fault as a row of the table: its words in the page's language, its dates in the municipality's calendar. */
    record Row(String title, String status, String place, LocalDate reported, LocalDate expected) {
    }

    @GetMapping("/map")
    String map(Model model, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", contentSecurityPolicy);
        Locale locale = LocaleContextHolder.getLocale();
        OpenFaults.Found found = faults.find(FaultFilter.ALL);
        model.addAttribute("municipality", municipality);
        model.addAttribute("map", map);
        model.addAttribute("leafletScript", leaflet.script());
        model.addAttribute("leafletStylesheet", leaflet.stylesheet());
        model.addAttribute("truncated", found.truncated());
        model.addAttribute("faults", found.faults().stream().map(fault -> new Row(
                texts.topic(fault.topic(), locale), texts.status(fault.status(), locale), fault.place(),
                fault.reportedAt().atZone(zone).toLocalDate(),
                fault.expectedResolutionAt() == null ? null : fault.expectedResolutionAt().atZone(zone).toLocalDate())
        ).toList());
        return "public/map";
    }
}
