package org.civicbot.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Answers a citizen's question from the wiki, or abstains. Immutable and thread-safe; build a new one when the
 * wiki changes.
 *
 * <p>Lucene ranks the articles (BM25 over title, aliases, tags and body, each analysed by the chain of its
 * language, with synonyms and compound parts added to the question and typo-tolerant matching of words the
 * wiki does not contain). The best article is then judged by how much of the question it covers, weighted by
 * how rare each word is, how much of that is in its title and aliases, and how far it is ahead of the next
 * one; {@link AnswerCalibration} turns that into a probability of being right, and the finder answers only
 * above the calibrated threshold. The passage quoted is the paragraph that covers most of the question.
 */
public final class AnswerFinder {

    /** A topic hint counts from this confidence. */
    public static final double HINT_MIN_CONFIDENCE = 0.5;
    /**
     * What a confident hint adds to an on-topic candidate, as a share of the best candidate's score. Chosen on
     * the training split with the classifier's topics: 0.1, 0.2, 0.3 and 0.5 gave Recall@1 0.784, 0.801, 0.805
     * and 0.797.
     */
    public static final double HINT_BONUS = 0.3;
    /** Candidates kept per question: enough for MRR and for the margin to the runner-up. */
    static final int CANDIDATES = 10;
    private static final float TITLE_BOOST = 3f;
    private static final float ALIASES_BOOST = 3f;
    private static final float TAGS_BOOST = 2f;
    private static final float EXTRA_TERM_WEIGHT = 0.7f;
    private static final float FUZZY_WEIGHT = 0.6f;
    private static final double PASSAGE_WEIGHT = 0.5;
    private static final float GRAM_WEIGHT = 1f;
    private static final float TIE = 0.2f;
    /** Articles and passages scored per question before the two rankings are combined. */
    private static final int POOL = 30;
    /** Keeps long e-mails under Lucene's clause limit; coverage still counts every group. */
    private static final int MAX_QUERY_GROUPS = 60;
    private static final int MAX_QUESTION_CHARS = 5_000;

    private static final String F_LANG = "lang";
    private static final String F_GRAMS = "grams";
    private static final Analyzer GRAMS = Analysis.gramAnalyzer();

    private final List<WikiArticle> articles;
    private final Map<String, WikiArticle> bySlug = new HashMap<>();
    private final AnswerCalibration calibration;
    private final Set<String> languages = new TreeSet<>();
    /** Articles and questions are analysed alike; questions also get synonyms. */
    private final Map<Analysis, Analyzer> analyzers = new EnumMap<>(Analysis.class);
    private final Map<Analysis, Analyzer> synonymAnalyzers = new EnumMap<>(Analysis.class);
    private final Map<Analysis, ArticleTerms[]> terms = new EnumMap<>(Analysis.class);
    private final IndexSearcher searcher;
    private final IndexReader reader;
    private final IndexSearcher passageSearcher;
    /** Per passage document: the position of the article it is from. */
    private final List<Integer> passageArticles = new ArrayList<>();

    private AnswerFinder(Wiki wiki, AnswerCalibration calibration) {
        this.articles = wiki.articles();
        this.calibration = calibration;
        List<String> texts = new ArrayList<>();
        for (WikiArticle a : articles) {
            bySlug.put(a.slug(), a);
            languages.add(a.language());
            texts.add(a.title());
            texts.addAll(a.aliases());
            texts.addAll(a.tags());
            texts.add(a.body());
        }
        Synonyms synonyms = Synonyms.base().and(wiki.synonyms());
        texts.add(synonyms.text());
        CompoundSplitter compounds = CompoundSplitter.of(texts);
        // Parsed once: each chain's terms and the passage index read the same passages.
        List<List<Passage>> passages = articles.stream().map(WikiArticle::passages).toList();
        for (Analysis chain : Analysis.values()) {
            Analyzer index = chain.analyzer(compounds);
            analyzers.put(chain, index);
            synonymAnalyzers.put(chain, chain.synonymAnalyzer(synonyms.map(chain.stemmingAnalyzer())));
            ArticleTerms[] perArticle = new ArticleTerms[articles.size()];
            for (int ord = 0; ord < articles.size(); ord++) {
                perArticle[ord] = ArticleTerms.of(index, articles.get(ord), passages.get(ord));
            }
            terms.put(chain, perArticle);
        }
        this.searcher = buildIndex();
        this.reader = searcher.getIndexReader();
        this.passageSearcher = buildPassageIndex(passages);
    }

    /** A finder over the wiki, with the bundled calibration. */
    public static AnswerFinder of(Wiki wiki) {
        return of(wiki, AnswerCalibration.bundled());
    }

    public static AnswerFinder of(Wiki wiki, AnswerCalibration calibration) {
        return new AnswerFinder(wiki, calibration);
    }

    public int size() {
        return articles.size();
    }

    public Optional<WikiArticle> article(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    /**
     * The answer to a question. language is the question's ("sv", "en", "sv-SE", …) or null when unknown: then
     * it is guessed from the question's function words, and failing that every language the wiki is written in
     * is tried and the most confident result wins. A question in a language the wiki has no articles in is
     * looked up in the Swedish articles.
     */
    public Answer answer(String question, String language) {
        return answer(question, language, null);
    }

    /**
     * The answer to a question, with what the classifier thinks it is about (null for no hint). A hint at
     * {@value #HINT_MIN_CONFIDENCE} or more adds {@value #HINT_BONUS} of the best candidate's score to the
     * candidates of its topic.
     */
    public Answer answer(String question, String language, TopicHint hint) {
        return judge(question, language, hint).answer;
    }

    /** The best article's features and slug, for fitting a calibration; empty when no article matches at all. */
    Optional<Judged> features(String question, String language) {
        Judgement j = judge(question, language, null);
        return j.features == null ? Optional.empty()
                : Optional.of(new Judged(j.answer.ranking().get(0).slug(), j.features));
    }

    record Judged(String slug, AnswerFeatures features) {
    }

    private record Judgement(Answer answer, AnswerFeatures features) {
    }

    private Judgement judge(String question, String language, TopicHint hint) {
        if (articles.isEmpty()) {
            return new Judgement(Answer.abstain(0, "the wiki has no articles", List.of()), null);
        }
        if (question == null || question.isBlank()) {
            return new Judgement(Answer.abstain(0, "the question is empty", List.of()), null);
        }
        String text = question.length() > MAX_QUESTION_CHARS ? question.substring(0, MAX_QUESTION_CHARS) : question;
        // A known language is preferred: another language's articles win only by answering. With the language
        // unknown and not guessable, the most confident language wins.
        String given = Languages.normalize(language);
        String lang = given != null ? given : Languages.guess(text);
        Judgement preferred = null;
        for (String pass : passes(lang)) {
            Judgement judgement = judgeIn(text, pass, hint);
            if (!judgement.answer.abstained()) {
                return judgement;
            }
            if (preferred == null || (preferred.features == null && judgement.features != null)
                    || (lang == null && judgement.answer.confidence() > preferred.answer.confidence())) {
                preferred = judgement;
            }
        }
        return preferred;
    }

    /** Which article languages to search, in order of preference. */
    private List<String> passes(String language) {
        Set<String> order = new LinkedHashSet<>();
        if (language != null && languages.contains(language)) {
            order.add(language);
        }
        if (language == null) {
            order.addAll(languages);
        }
        if (languages.contains("sv")) {
            order.add("sv");
        }
        if (order.isEmpty()) {
            order.addAll(languages);
        }
        return List.copyOf(order);
    }

    private Judgement judgeIn(String question, String language, TopicHint hint) {
        Analysis chain = Analysis.forLanguage(language);
        List<Group> groups = groups(chain, question);
        if (groups.isEmpty()) {
            return new Judgement(Answer.abstain(0,
                    "the question has no words to search for (only stop words or symbols)", List.of()), null);
        }
        List<Ranked> ranked = search(chain, language, groups, question);
        if (ranked.isEmpty()) {
            return new Judgement(Answer.abstain(0, String.format(Locale.ROOT,
                    "no '%s' article shares a word with the question", language), List.of()), null);
        }
        List<Ranked> hinted = withHint(ranked, hint);
        List<Answer.Ranked> ranking = hinted.stream().map(r -> new Answer.Ranked(articles.get(r.ord).slug(), r.score))
                .toList();
        Ranked top = hinted.get(0);
        // The lead is measured on the words alone, so a hint does not make the bot surer than the words do: an
        // article the hint moved past a better-matching one has no lead.
        double topScore = ranked.stream().filter(r -> r.ord == top.ord).findFirst().orElseThrow().score;
        double runnerUp = ranked.stream().filter(r -> r.ord != top.ord).mapToDouble(Ranked::score).max().orElse(0);
        PassageMatch passage = bestPassage(chain, top.ord, groups);
        AnswerFeatures features = AnswerFeatures.of(groups, terms.get(chain)[top.ord], passage, topScore,
                Math.min(runnerUp, topScore), reader.numDocs());
        WikiArticle article = articles.get(top.ord);
        double confidence = calibration.probability(features);
        String why = String.format(Locale.ROOT,
                "'%s' covers %.0f%% of the question (%.0f%% in its title, aliases or tags, %.0f%% in the passage quoted)",
                article.title(), features.coverage() * 100, features.headCoverage() * 100,
                features.passageCoverage() * 100);
        if (confidence < calibration.threshold()) {
            return new Judgement(Answer.abstain(confidence, String.format(Locale.ROOT,
                    "not sure enough: confidence %.2f is below %.2f; best guess %s", confidence,
                    calibration.threshold(), why), ranking), features);
        }
        return new Judgement(new Answer(article, passage.passage(), confidence, String.format(Locale.ROOT,
                "confidence %.2f: %s", confidence, why), ranking), features);
    }

    /** What the question asks about: one group per word, with its synonyms, compound parts and typo matches. */
    private List<Group> groups(Analysis chain, String question) {
        List<Group> groups = new ArrayList<>();
        String all = field(chain, "all");
        for (List<String> alternatives : Analysis.termGroups(analyzers.get(chain), synonymAnalyzers.get(chain), question)) {
            Set<String> fuzzy = new LinkedHashSet<>();
            String word = alternatives.get(0);
            // Alternatives no article contains can match nothing; dropping them keeps the query small.
            List<String> present = new ArrayList<>(alternatives.size());
            int maxDf = 0;
            for (String t : alternatives) {
                int df = docFreq(all, t);
                if (df > 0) {
                    present.add(t);
                    maxDf = Math.max(maxDf, df);
                }
            }
            boolean inWiki = maxDf > 0;
            if (!inWiki && word.length() >= 4) {
                fuzzy.addAll(typoMatches(all, word));
                for (String t : fuzzy) {
                    maxDf = Math.max(maxDf, docFreq(all, t));
                }
            }
            Group group = new Group(word, List.copyOf(present), List.copyOf(fuzzy), idf(maxDf), inWiki);
            // A word repeated in the question is one thing asked about, not two.
            if (groups.stream().noneMatch(g -> g.word.equals(group.word))) {
                groups.add(group);
            }
            if (groups.size() == MAX_QUERY_GROUPS) {
                break;
            }
        }
        return groups;
    }

    /** Words of the index within one edit (two for long words) of a word the wiki does not contain. */
    private Set<String> typoMatches(String field, String word) {
        int edits = word.length() >= 7 ? 2 : 1;
        Set<String> found = new LinkedHashSet<>();
        try {
            Query rewritten = searcher.rewrite(new FuzzyQuery(new Term(field, word), edits, 1, 3, true));
            rewritten.visit(new QueryVisitor() {
                @Override
                public void consumeTerms(Query query, Term... ts) {
                    for (Term t : ts) {
                        found.add(t.text());
                    }
                }

                @Override
                public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                    return this;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("searching the in-memory index cannot fail", e);
        }
        return found;
    }

    /**
     * Articles ranked by their own score plus their best passage's, each as a share of the best of its kind:
     * an article that answers in one paragraph beats one that mentions the words here and there.
     */
    private List<Ranked> search(Analysis chain, String language, List<Group> groups, String question) {
        BooleanQuery.Builder articleQuery = new BooleanQuery.Builder();
        BooleanQuery.Builder passageQuery = new BooleanQuery.Builder();
        for (Group group : groups) {
            articleQuery.add(groupQuery(group, term -> fieldsQuery(chain, term)), BooleanClause.Occur.SHOULD);
            passageQuery.add(groupQuery(group, term -> new TermQuery(new Term(field(chain, "passage"), term))),
                    BooleanClause.Occur.SHOULD);
        }
        // Four-letter pieces of words catch what analysis misses: inflections the stemmer keeps apart, compounds
        // of words the splitter does not know, typos in long words.
        BooleanQuery.Builder grams = new BooleanQuery.Builder();
        for (String g : new LinkedHashSet<>(Analysis.terms(GRAMS, question))) {
            grams.add(new TermQuery(new Term(F_GRAMS, g)), BooleanClause.Occur.SHOULD);
        }
        articleQuery.add(new BoostQuery(grams.build(), GRAM_WEIGHT), BooleanClause.Occur.SHOULD);
        // With a filter clause, SHOULD clauses become optional; at least one word must match.
        Query inLanguage = new TermQuery(new Term(F_LANG, language));
        articleQuery.add(inLanguage, BooleanClause.Occur.FILTER).setMinimumNumberShouldMatch(1);
        passageQuery.add(inLanguage, BooleanClause.Occur.FILTER).setMinimumNumberShouldMatch(1);
        try {
            ScoreDoc[] articleHits = top(searcher, articleQuery.build());
            ScoreDoc[] passageHits = top(passageSearcher, passageQuery.build());
            Map<Integer, double[]> scores = new HashMap<>();
            for (ScoreDoc hit : articleHits) {
                scores.computeIfAbsent(hit.doc, d -> new double[2])[0] = hit.score / articleHits[0].score;
            }
            for (ScoreDoc hit : passageHits) {
                double[] s = scores.computeIfAbsent(passageArticles.get(hit.doc), d -> new double[2]);
                s[1] = Math.max(s[1], hit.score / passageHits[0].score);
            }
            List<Ranked> ranked = new ArrayList<>(scores.size());
            scores.forEach((ord, s) -> ranked.add(new Ranked(ord, s[0] + PASSAGE_WEIGHT * s[1])));
            ranked.sort(Comparator.comparingDouble(Ranked::score).reversed().thenComparingInt(Ranked::ord));
            return ranked.size() > CANDIDATES ? List.copyOf(ranked.subList(0, CANDIDATES)) : ranked;
        } catch (IOException e) {
            throw new UncheckedIOException("searching the in-memory index cannot fail", e);
        } catch (IndexSearcher.TooManyClauses e) {
            // Only a question of hundreds of long compounds gets here; searching its first part is enough.
            return groups.size() > 1 ? search(chain, language, groups.subList(0, groups.size() / 2), question) : List.of();
        }
    }

    /**
     * The best POOL hits. The total hit count is not needed, so Lucene may skip documents that cannot make the
     * top (block-max WAND), which matters for the long disjunctions questions become.
     */
    private static ScoreDoc[] top(IndexSearcher searcher, Query query) throws IOException {
        return searcher.search(query, new TopScoreDocCollectorManager(POOL, null, POOL)).scoreDocs;
    }

    /** The candidates reordered with the hint's bonus; unchanged without a confident hint. */
    private List<Ranked> withHint(List<Ranked> ranked, TopicHint hint) {
        if (hint == null || hint.confidence() < HINT_MIN_CONFIDENCE) {
            return ranked;
        }
        double best = ranked.get(0).score;
        List<Ranked> hinted = new ArrayList<>(ranked.size());
        for (Ranked r : ranked) {
            boolean onTopic = hint.topic().equals(articles.get(r.ord).topic());
            hinted.add(new Ranked(r.ord, r.score / best + (onTopic ? HINT_BONUS : 0)));
        }
        hinted.sort(Comparator.comparingDouble(Ranked::score).reversed().thenComparingInt(Ranked::ord));
        return hinted;
    }

    /** One group: any of its terms, the word itself counting most, typo matches least. */
    private static Query groupQuery(Group group, java.util.function.Function<String, Query> termQuery) {
        BooleanQuery.Builder alternatives = new BooleanQuery.Builder();
        for (String term : group.terms) {
            alternatives.add(weighted(termQuery.apply(term), term.equals(group.word) ? 1f : EXTRA_TERM_WEIGHT),
                    BooleanClause.Occur.SHOULD);
        }
        for (String typo : group.fuzzy) {
            alternatives.add(weighted(termQuery.apply(typo), FUZZY_WEIGHT), BooleanClause.Occur.SHOULD);
        }
        return alternatives.build();
    }

    private static Query weighted(Query query, float weight) {
        return weight == 1f ? query : new BoostQuery(query, weight);
    }

    private static Query fieldsQuery(Analysis chain, String term) {
        List<Query> perField = List.of(
                new BoostQuery(new TermQuery(new Term(field(chain, "title"), term)), TITLE_BOOST),
                new BoostQuery(new TermQuery(new Term(field(chain, "aliases"), term)), ALIASES_BOOST),
                new BoostQuery(new TermQuery(new Term(field(chain, "tags"), term)), TAGS_BOOST),
                new TermQuery(new Term(field(chain, "body"), term)));
        return new DisjunctionMaxQuery(perField, TIE);
    }

    /**
     * The passage covering the most (rarity-weighted) question words, a word in its heading counting half; the
     * first passage when none covers any. Its coverage counts the article's title, aliases and tags too, as
     * the passage is read under them.
     */
    private PassageMatch bestPassage(Analysis chain, int ord, List<Group> groups) {
        ArticleTerms article = terms.get(chain)[ord];
        List<Passage> passages = article.passages;
        int best = 0;
        double bestScore = 0;
        for (int i = 0; i < passages.size(); i++) {
            double score = 0;
            for (Group g : groups) {
                if (g.coveredBy(article.passageTerms.get(i))) {
                    score += g.weight;
                } else if (g.coveredBy(article.headingTerms.get(i))) {
                    score += g.weight / 2;
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        if (passages.isEmpty()) {
            return new PassageMatch(new Passage(0, "", articles.get(ord).title()), 0);
        }
        double covered = 0;
        double total = 0;
        for (Group g : groups) {
            total += g.weight;
            if (g.coveredBy(article.passageTerms.get(best)) || g.coveredBy(article.headingTerms.get(best))
                    || g.coveredBy(article.head)) {
                covered += g.weight;
            }
        }
        return new PassageMatch(passages.get(best), total == 0 ? 0 : covered / total);
    }

    record PassageMatch(Passage passage, double coverage) {
    }

    private int docFreq(String field, String term) {
        try {
            return reader.docFreq(new Term(field, term));
        } catch (IOException e) {
            throw new UncheckedIOException("reading the in-memory index cannot fail", e);
        }
    }

    private double idf(int docFreq) {
        return Math.log(1 + (reader.numDocs() - docFreq + 0.5) / (docFreq + 0.5));
    }

    private IndexSearcher buildIndex() {
        Map<String, Analyzer> perField = new HashMap<>();
        for (Analysis chain : Analysis.values()) {
            for (String f : List.of("title", "aliases", "tags", "body", "all")) {
                perField.put(field(chain, f), analyzers.get(chain));
            }
        }
        perField.put(F_GRAMS, GRAMS);
        Analyzer wrapper = new PerFieldAnalyzerWrapper(analyzers.get(Analysis.SWEDISH), perField);
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(wrapper))) {
            for (int ord = 0; ord < articles.size(); ord++) {
                WikiArticle a = articles.get(ord);
                String everything = a.title() + ". " + joined(a.aliases()) + ". " + joined(a.tags()) + ". " + a.body();
                Document doc = new Document();
                doc.add(new StringField(F_LANG, a.language(), Field.Store.NO));
                // Every article is analysed by every chain, so a question in an unknown language can still be
                // looked up with the Swedish chain in articles of any language.
                for (Analysis chain : Analysis.values()) {
                    doc.add(new TextField(field(chain, "title"), a.title(), Field.Store.NO));
                    doc.add(new TextField(field(chain, "aliases"), joined(a.aliases()), Field.Store.NO));
                    doc.add(new TextField(field(chain, "tags"), joined(a.tags()), Field.Store.NO));
                    doc.add(new TextField(field(chain, "body"), a.body(), Field.Store.NO));
                    doc.add(new TextField(field(chain, "all"), everything, Field.Store.NO));
                }
                doc.add(new TextField(F_GRAMS, everything, Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.forceMerge(1);
            writer.commit();
            // Documents are added in order into one segment, so a hit's doc id is the article's position.
            return new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException("building the in-memory wiki index failed", e);
        }
    }

    /** One document per passage: the article's title, the heading and the passage text. */
    private IndexSearcher buildPassageIndex(List<List<Passage>> passages) {
        Map<String, Analyzer> perField = new HashMap<>();
        for (Analysis chain : Analysis.values()) {
            perField.put(field(chain, "passage"), analyzers.get(chain));
        }
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(
                new PerFieldAnalyzerWrapper(analyzers.get(Analysis.SWEDISH), perField)))) {
            for (int ord = 0; ord < articles.size(); ord++) {
                WikiArticle a = articles.get(ord);
                for (Passage p : passages.get(ord)) {
                    Document doc = new Document();
                    doc.add(new StringField(F_LANG, a.language(), Field.Store.NO));
                    for (Analysis chain : Analysis.values()) {
                        doc.add(new TextField(field(chain, "passage"), a.title() + ". " + p.heading() + ". " + p.text(),
                                Field.Store.NO));
                    }
                    writer.addDocument(doc);
                    passageArticles.add(ord);
                }
            }
            writer.forceMerge(1);
            writer.commit();
            return new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException("building the in-memory passage index failed", e);
        }
    }

    static String field(Analysis chain, String name) {
        return chain.language + "_" + name;
    }

    /** Joined with a sentence break so multi-word aliases do not run into each other. */
    private static String joined(List<String> phrases) {
        return String.join(". ", phrases);
    }

    private record Ranked(int ord, double score) {
    }

    /**
     * One thing the question asks about: a word, the alternatives the wiki contains (the word itself, synonyms,
     * compound parts), words one typo away, how rare it is in the wiki, and whether the wiki has it (not only a
     * word one typo away).
     */
    record Group(String word, List<String> terms, List<String> fuzzy, double weight, boolean inWiki) {

        boolean coveredBy(Set<String> words) {
            for (String t : terms) {
                if (words.contains(t)) {
                    return true;
                }
            }
            for (String t : fuzzy) {
                if (words.contains(t)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** An article's analysed words, per part, for coverage and passage choice. */
    record ArticleTerms(Set<String> head, Set<String> all, List<Passage> passages, List<Set<String>> passageTerms,
                        List<Set<String>> headingTerms) {

        static ArticleTerms of(Analyzer analyzer, WikiArticle a, List<Passage> passages) {
            Set<String> head = new HashSet<>(Analysis.terms(analyzer, a.title()));
            a.aliases().forEach(alias -> head.addAll(Analysis.terms(analyzer, alias)));
            a.tags().forEach(tag -> head.addAll(Analysis.terms(analyzer, tag)));
            Set<String> all = new HashSet<>(head);
            all.addAll(Analysis.terms(analyzer, a.body()));
            List<Set<String>> passageTerms = new ArrayList<>();
            List<Set<String>> headingTerms = new ArrayList<>();
            for (Passage p : passages) {
                passageTerms.add(Set.copyOf(Analysis.terms(analyzer, p.text())));
                headingTerms.add(Set.copyOf(Analysis.terms(analyzer, p.heading())));
            }
            return new ArticleTerms(Set.copyOf(head), Set.copyOf(all), passages, List.copyOf(passageTerms),
                    List.copyOf(headingTerms));
        }
    }
}
