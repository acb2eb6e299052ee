package org.civicbot.bot.demo;

import java.util.List;

import org.civicbot.bot.config.CivicbotProperties;
import org.civicbot.bot.unit.UnitRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * The demo municipality's organisation, so a fresh install routes cases to plausible units. Runs at start
 * when {@code civicbot.demo.enabled} (the default); its wiki is imported into an empty wiki by
 * {@code InitialWikiImport}.
 */
@Component
class DemoMunicipality implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(DemoMunicipality.class);

    private record DemoUnit(String code, String name, String email, List<String> topics, String lead) {
    }

    private static final List<DemoUnit> UNITS = List.of(
            new DemoUnit("GATA_PARK", "Gata och park", "gata.park@demo.civicbot.org", List.of(
                    "STREET_LIGHTING", "ROADS_PATHS", "SNOW_ICE", "PARKS_NATURE", "GRAFFITI_LITTER",
                    "TRAFFIC_SIGNS_SIGNALS", "PARKING"), "gunilla.park"),
            new DemoUnit("VA", "Vatten och avlopp", "va@demo.civicbot.org", List.of("WATER_SEWAGE"), "viktor.va"),
            new DemoUnit("AVFALL", "Avfall och återvinning", "avfall@demo.civicbot.org", List.of("WASTE"),
                    "anders.avfall"),
            new DemoUnit("BARN_UTBILDNING", "Barn och utbildning", "bou@demo.civicbot.org",
                    List.of("SCHOOL_CHILDCARE"), "birgitta.bou"),
            new DemoUnit("VARD_OMSORG", "Vård och omsorg", "vof@demo.civicbot.org", List.of("SOCIAL_CARE"),
                    "vera.omsorg"),
            new DemoUnit("KULTUR_FRITID", "Kultur och fritid", "kof@demo.civicbot.org", List.of("CULTURE_LEISURE"),
                    "karin.kultur"),
            new DemoUnit("STADSBYGGNAD", "Stadsbyggnad", "bygg@demo.civicbot.org", List.of("PERMITS_PLANNING"), "stig.bygg"));

    private final UnitRepository units;
    private final boolean enabled;

    DemoMunicipality(UnitRepository units, CivicbotProperties properties) {
        this.units = units;
        this.enabled = properties.demo().enabled();
    }

    @Override
    public void afterPropertiesSet() {
        if (!enabled) {
            return;
        }
        UNITS.forEach(unit -> units.upsert(unit.code(), unit.name(), unit.email(), unit.topics(), unit.lead()));
        log.info("Demo municipality ready: {} units", UNITS.size());
    }
}
