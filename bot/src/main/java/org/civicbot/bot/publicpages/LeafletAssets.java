package org.civicbot.bot.publicpages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import org.springframework.stereotype.Component;

/**
 * Where Leaflet's files are served from the WebJar ({@code /webjars/leaflet/<version>/dist/}). The version is read
 * from the jar itself, so the pom's pin is the only place it is written.
 */
@Component
class LeafletAssets {

    private static final String POM_PROPERTIES = "META-INF/maven/org.webjars.npm/leaflet/pom.properties";

    private final String base;

    LeafletAssets() {
        Properties pom = new Properties();
        try (InputStream in = LeafletAssets.class.getClassLoader().getResourceAsStream(POM_PROPERTIES)) {
            if (in == null) {
                throw new IllegalStateException("The Leaflet WebJar is not on the class path (" + POM_PROPERTIES + ")");
            }
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.base = "/webjars/leaflet/" + pom.getProperty("version") + "/dist/";
    }

    String script() {
        return base + "leaflet.js";
    }

    String stylesheet() {
        return base + "leaflet.css";
    }
}
