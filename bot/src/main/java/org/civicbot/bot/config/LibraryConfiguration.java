package org.civicbot.bot.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.civicbot.connectors.simulator.SimulatorChannel;
import org.civicbot.knowledge.KnowledgeBase;
import org.civicbot.knowledge.WikiArticle;
import org.civicbot.knowledge.WikiArticles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the knowledge and connectors libraries; the classifier is held by {@code ActiveClassifier}. */
@Configuration(proxyBeanMethods = false)
class LibraryConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LibraryConfiguration.class);
    private static final String DEMO_WIKI = "demo/wiki";

    @Bean
    KnowledgeBase knowledgeBase(CivicbotProperties properties) {
        List<WikiArticle> articles = wikiArticles(properties);
        log.info("Wiki loaded: {} article(s)", articles.size());
        return KnowledgeBase.of(articles);
    }

    @Bean
    SimulatorChannel simulatorChannel(Clock clock) {
        return new SimulatorChannel(clock);
    }

    private static List<WikiArticle> wikiArticles(CivicbotProperties properties) {
        try {
            if (!properties.wiki().directory().isBlank()) {
                return WikiArticles.loadDirectory(Path.of(properties.wiki().directory()));
            }
            if (properties.demo().enabled()) {
                return WikiArticles.loadClasspath(DEMO_WIKI, LibraryConfiguration.class.getClassLoader());
            }
            log.warn("No wiki configured (civicbot.wiki.directory) and the demo is off: every question goes to a person");
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load the wiki: " + e.getMessage(), e);
        }
    }
}
