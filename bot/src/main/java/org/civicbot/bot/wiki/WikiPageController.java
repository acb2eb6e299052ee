package org.civicbot.bot.wiki;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.civicbot.bot.config.CivicbotProperties;
import org.civicbot.knowledge.Answer;
import org.civicbot.knowledge.AnswerFinder;
import org.civicbot.knowledge.WikiArticle;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The wiki's public pages: the published articles with a search that finds what the bot would answer, and each
 * article rendered from its Markdown. Unpublished and unknown articles are one and the same "not found".
 */
@Controller
class WikiPageController {

    private static final Parser MARKDOWN = Parser.builder().build();
    /**
     * Editors' Markdown may hold raw HTML and links of any scheme: HTML is shown as text and links other than
     * http(s) and mailto are emptied, so an article cannot put markup or script on the municipality's site.
     */
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private final WikiRepository repository;
    private final ActiveWiki active;
    private final String municipality;

    WikiPageController(WikiRepository repository, ActiveWiki active, CivicbotProperties properties) {
        this.repository = repository;
        this.active = active;
        this.municipality = properties.municipality();
    }

    @GetMapping("/wiki")
    String index(@RequestParam(required = false) String q, Model model) {
        Collator byTitle = Collator.getInstance(Locale.forLanguageTag("sv"));
        model.addAttribute("municipality", municipality);
        model.addAttribute("articles", repository.publishedArticles().stream()
                .sorted(Comparator.comparing(WikiArticle::title, byTitle)).toList());
        if (q != null && !q.isBlank()) {
            AnswerFinder finder = active.finder();
            Answer answer = finder.answer(q, null);
            List<WikiArticle> hits = answer.ranking().stream()
                    .map(ranked -> finder.article(ranked.slug()))
                    .flatMap(Optional::stream)
                    .toList();
            model.addAttribute("q", q.strip());
            model.addAttribute("hits", hits);
            model.addAttribute("answer", answer.abstained() ? null : answer);
        }
        return "wiki/index";
    }

    @GetMapping("/wiki/{slug}")
    ModelAndView article(@PathVariable String slug) {
        Optional<WikiArticle> article = repository.find(slug).filter(StoredArticle::published)
                .map(StoredArticle::article);
        if (article.isEmpty()) {
            ModelAndView notFound = new ModelAndView("wiki/not-found", HttpStatus.NOT_FOUND);
            notFound.addObject("municipality", municipality);
            return notFound;
        }
        ModelAndView page = new ModelAndView("wiki/article");
        page.addObject("municipality", municipality);
        page.addObject("article", article.get());
        page.addObject("html", HTML.render(MARKDOWN.parse(article.get().body())));
        return page;
    }
}
