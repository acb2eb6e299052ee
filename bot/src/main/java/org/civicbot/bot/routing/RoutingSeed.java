package org.civicbot.bot.routing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.civicbot.bot.config.CivicbotProperties;
import org.civicbot.bot.unit.UnitRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the municipality's organisation at start: its units (created or updated every start, so the file stays
 * the source of the unit list), and its areas and routing rules into an installation that has none yet (after
 * that they are edited through the API). The file is {@code civicbot.routing.seed-file}, or the demo's
 * {@code demo/routing.yml} when the demo is on.
 */
@Component
class RoutingSeed implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(RoutingSeed.class);
    private static final String DEMO = "demo/routing.yml";

    private final UnitRepository units;
    private final RoutingRepository routing;
    private final RoutingEditor editor;
    private final JsonMapper json;
    private final String seedFile;
    private final boolean demo;

    RoutingSeed(UnitRepository units, RoutingRepository routing, RoutingEditor editor, JsonMapper json,
                CivicbotProperties properties) {
        this.units = units;
        this.routing = routing;
        this.editor = editor;
        this.json = json;
        this.seedFile = properties.routing().seedFile();
        this.demo = properties.demo().enabled();
    }

    @Override
    public void afterPropertiesSet() {
        if (!seedFile.isBlank()) {
            Path file = Path.of(seedFile);
            load(readFile(file), relative -> readFile(file.resolveSibling(relative)), file.toString());
        } else if (demo) {
            load(readResource(DEMO), relative -> readResource("demo/" + relative), DEMO);
        }
    }

    @SuppressWarnings("unchecked")
    private void load(String yaml, Function<String, String> sibling, String source) {
        Map<String, Object> seed = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        List<Map<String, Object>> unitList = (List<Map<String, Object>>) seed.getOrDefault("units", List.of());
        unitList.forEach(unit -> units.upsert(text(unit, "code"), text(unit, "name"), text(unit, "email"),
                (List<String>) unit.getOrDefault("topics", List.of()), text(unit, "lead")));
        if (!routing.isEmpty()) {
            log.info("Routing: {} units from {}; areas and rules kept as edited", unitList.size(), source);
            return;
        }
        int areas = 0;
        if (seed.get("areas") instanceof String areasFile) {
            JsonNode collection = json.readTree(sibling.apply(areasFile));
            for (JsonNode feature : collection.get("features")) {
                JsonNode properties = feature.get("properties");
                editor.saveArea(new Area(properties.get("code").asString(), properties.get("name").asString(),
                        Area.Kind.valueOf(properties.get("kind").asString()),
                        properties.hasNonNull("authority") ? properties.get("authority").asString() : null,
                        json.writeValueAsString(feature.get("geometry"))));
                areas++;
            }
        }
        List<RoutingRule> rules = new ArrayList<>();
        for (Map<String, Object> rule : (List<Map<String, Object>>) seed.getOrDefault("rules", List.of())) {
            rules.add(new RoutingRule((List<String>) rule.getOrDefault("topics", List.of()), text(rule, "area"),
                    text(rule, "unit"), text(rule, "redirect-sv"), text(rule, "redirect-en")));
        }
        editor.replaceRules(rules);
        log.info("Routing loaded from {}: {} units, {} areas, {} rules", source, unitList.size(), areas, rules.size());
    }

    private static String text(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? null : value.toString();
    }

    private static String readFile(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read routing file " + file, e);
        }
    }

    private static String readResource(String name) {
        try (InputStream in = new ClassPathResource(name).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
