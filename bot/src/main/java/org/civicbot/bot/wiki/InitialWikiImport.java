package org.civicbot.bot.wiki;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.civicbot.bot.config.CivicbotProperties;
import org.civicbot.knowledge.Wiki;
import org.civicbot.knowledge.WikiArticle;
import org.civicbot.knowledge.WikiFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Fills a new installation's empty wiki at start: from the folder in {@code civicbot.wiki.directory}, else the
 * demo wiki when the demo is on. Once the wiki has content, editors own it (API and import) and the folder is
 * not read again. Runs before the pipeline workers start, so the first message already finds the articles.
 */
@Component
class InitialWikiImport implements InitializingBean {

    static final String AUTHOR = "import";
    private static final Logger log = LoggerFactory.getLogger(InitialWikiImport.class);
    /** The knowledge jar ships the demo municipality's wiki here. */
    private static final String DEMO_WIKI = "classpath*:org/civicbot/knowledge/demo-wiki/*.md";

    private final WikiEditor editor;
    private final WikiRepository repository;
    private final CivicbotProperties properties;

    InitialWikiImport(WikiEditor editor, WikiRepository repository, CivicbotProperties properties) {
        this.editor = editor;
        this.repository = repository;
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() throws IOException {
        String directory = properties.wiki().directory();
        if (directory.isBlank() && !properties.demo().enabled()) {
            log.info("The wiki has {} article(s); nothing to import at start (civicbot.wiki.directory is blank and "
                    + "the demo is off)", repository.count(null, null));
            return;
        }
        String source = directory.isBlank() ? "the demo wiki" : directory;
        if (!repository.isEmpty()) {
            log.info("The wiki has {} article(s); {} is only imported into an empty wiki", repository.count(null, null),
                    source);
            return;
        }
        Wiki wiki = directory.isBlank() ? Wiki.of(demoArticles()) : WikiFormat.loadDirectory(Path.of(directory));
        // Checked again under the wiki's lock: another instance may be importing at this very moment.
        editor.importIfEmpty(new WikiEditor.Import(wiki.articles(), wiki.synonyms().isEmpty() ? null : wiki.synonyms()),
                        AUTHOR)
                .ifPresent(summary -> log.info("Wiki imported from {}: {} article(s), published", source,
                        summary.created().size()));
    }

    private static List<WikiArticle> demoArticles() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver(InitialWikiImport.class.getClassLoader())
                .getResources(DEMO_WIKI);
        List<WikiArticle> articles = new ArrayList<>(files.length);
        for (Resource file : files) {
            try (InputStream in = file.getInputStream()) {
                articles.add(WikiFormat.parseFile(file.getFilename(),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        if (articles.isEmpty()) {
            throw new IOException("The demo wiki is missing from the knowledge jar (" + DEMO_WIKI + ")");
        }
        articles.sort(Comparator.comparing(WikiArticle::slug));
        return articles;
    }
}
