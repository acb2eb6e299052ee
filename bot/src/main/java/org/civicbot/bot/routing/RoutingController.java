package org.civicbot.bot.routing;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Areas and routing rules: {@code /api/routing/areas/{code}} (the geometry as GeoJSON), {@code /api/routing/rules}
 * (the whole ordered list), and {@code /api/routing/route?topic=&lat=&lon=} to try where a case would go.
 */
@RestController
@RequestMapping("/api/routing")
class RoutingController {

    private final RoutingEditor editor;
    private final Router router;
    private final JsonMapper json;

    RoutingController(RoutingEditor editor, Router router, JsonMapper json) {
        this.editor = editor;
        this.router = router;
        this.json = json;
    }

    /** An area as the API shows and takes it: the geometry is GeoJSON, not a string. */
    record AreaView(String code, String name, Area.Kind kind, String authority, JsonNode geometry) {
    }

    record RouteView(String unitCode, String unitName, String areaCode, String redirect, String reason) {
    }

    @GetMapping("/areas")
    List<AreaView> areas() {
        return editor.areas().stream().map(this::view).toList();
    }

    @GetMapping("/areas/{code}")
    AreaView area(@PathVariable String code) {
        return view(editor.area(code));
    }

    @PutMapping("/areas/{code}")
    AreaView saveArea(@PathVariable String code, @RequestBody AreaView area) {
        return view(editor.saveArea(new Area(code, area.name(), area.kind(), area.authority(),
                area.geometry() == null || area.geometry().isNull() ? null : json.writeValueAsString(area.geometry()))));
    }

    @DeleteMapping("/areas/{code}")
    ResponseEntity<Void> deleteArea(@PathVariable String code) {
        editor.deleteArea(code);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/rules")
    List<RoutingRule> rules() {
        return editor.rules();
    }

    @PutMapping("/rules")
    List<RoutingRule> replaceRules(@RequestBody List<RoutingRule> rules) {
        return editor.replaceRules(rules);
    }

    @GetMapping("/route")
    RouteView route(@RequestParam String topic, @RequestParam(required = false) Double lat,
                    @RequestParam(required = false) Double lon, @RequestParam(defaultValue = "sv") String language) {
        Route route = router.route(topic, lat, lon, language);
        return new RouteView(route.unit() == null ? null : route.unit().code(),
                route.unit() == null ? null : route.unit().name(), route.area() == null ? null : route.area().code(),
                route.redirect(), route.reason());
    }

    private AreaView view(Area area) {
        return new AreaView(area.code(), area.name(), area.kind(), area.authority(), json.readTree(area.geometry()));
    }
}
