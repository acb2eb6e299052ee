package org.civicbot.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Thread-safe, immutable index over articles.
 *
 * <p>Every article is indexed twice, once per analysis chain (fields {@code sv_*} and {@code en_*}), so a question
 * can be analysed by the chain of its language and still be searched against articles of any language.
 * Lucene (BM25, title and keywords boosted) picks the candidates; the answer is the candidate that covers the
 * largest share of the question's distinct content terms, and that share is the confidence. A plain ratio is
 * used on purpose: staff must be able to see why the bot did or did not answer.
 */
public final class KnowledgeBase {

    public static final double DEFAULT_CONFIDENCE_THRESHOLD = 0.6;

    private static final float TITLE_BOOST = 3f;
    private static final float KEYWORDS_BOOST = 2f;
    private static final int CANDIDATES = 10;
    /** Keeps long e-mails under Lucene's clause limit (terms × 3 fields); coverage still counts every term. */
    private static final int MAX_QUERY_TERMS = 200;

    private static final String F_ORD = "ord";
    private static final String F_LANG = "lang";

    private final List<WikiArticle> articles;
    private final double threshold;
    private final Map<Analysis, Analyzer> analyzers = new EnumMap<>(Analysis.class);
    /** Per chain and article: analysed terms of title + keywords, and of all fields. */
    private final Map<Analysis, List<Set<String>>> headTerms = new EnumMap<>(Analysis.class);
    private final Map<Analysis, List<Set<String>>> allTerms = new EnumMap<>(Analysis.class);
    private final IndexSearcher searcher;

    private KnowledgeBase(Collection<WikiArticle> articles, double threshold) {
        if (!(threshold >= 0.0 && threshold <= 1.0)) {
            throw new IllegalArgumentException("confidence threshold must be between 0 and 1, was " + threshold);
        }
        this.articles = List.copyOf(articles);
        this.threshold = threshold;
        Set<String> slugs = new HashSet<>();
        for (WikiArticle a : this.articles) {
            if (!slugs.add(a.slug())) {
                throw new IllegalArgumentException("two wiki articles have the slug '" + a.slug() + "'");
            }
        }
        for (Analysis chain : Analysis.values()) {
            Analyzer analyzer = chain.newAnalyzer();
            analyzers.put(chain, analyzer);
            List<Set<String>> heads = new ArrayList<>();
            List<Set<String>> alls = new ArrayList<>();
            for (WikiArticle a : this.articles) {
                Set<String> head = new HashSet<>(Analysis.terms(analyzer, field(chain, "title"), a.title()));
                head.addAll(Analysis.terms(analyzer, field(chain, "keywords"), keywordsText(a)));
                Set<String> all = new HashSet<>(head);
                all.addAll(Analysis.terms(analyzer, field(chain, "body"), a.body()));
                heads.add(Set.copyOf(head));
                alls.add(Set.copyOf(all));
            }
            headTerms.put(chain, List.copyOf(heads));
            allTerms.put(chain, List.copyOf(alls));
        }
        this.searcher = buildIndex();
    }

    public static KnowledgeBase of(Collection<WikiArticle> articles) {
        return of(articles, DEFAULT_CONFIDENCE_THRESHOLD);
    }

    public static KnowledgeBase of(Collection<WikiArticle> articles, double confidenceThreshold) {
        return new KnowledgeBase(articles, confidenceThreshold);
    }

    public int size() {
        return articles.size();
    }

    /**
     * Looks a question up. language "sv"/"en"/other; unknown (or null) searches all articles with Swedish analysis.
     * An English question searches English articles first and falls back to Swedish articles when no English
     * article gives a confident answer.
     */
    public AnswerLookup lookup(String question, String language) {
        if (articles.isEmpty()) {
            return AnswerLookup.abstain("knowledge base is empty");
        }
        if (question == null || question.isBlank()) {
            return AnswerLookup.abstain("question is empty");
        }
        String lang = Analysis.normalizeLanguage(language);
        List<Pass> passes = "sv".equals(lang) ? List.of(new Pass(Analysis.SWEDISH, "sv"))
                : "en".equals(lang) ? List.of(new Pass(Analysis.ENGLISH, "en"), new Pass(Analysis.SWEDISH, "sv"))
                : List.of(new Pass(Analysis.SWEDISH, null));

        AnswerLookup best = null;
        boolean anyTerms = false;
        for (int i = 0; i < passes.size(); i++) {
            Pass pass = passes.get(i);
            Set<String> terms = new LinkedHashSet<>(
                    Analysis.terms(analyzers.get(pass.chain), field(pass.chain, "body"), question));
            if (terms.isEmpty()) {
                continue;
            }
            anyTerms = true;
            AnswerLookup result = search(pass, terms);
            if (i > 0 && result.article().isPresent()) {
                result = new AnswerLookup(result.article(), result.confidence(), result.confident(),
                        result.reason() + " (no confident '" + passes.get(0).language
                                + "' article; fell back to '" + pass.language + "' articles)");
            }
            if (result.confident()) {
                return result;
            }
            // Earlier passes are the preferred language, so a later one must be strictly better to win.
            if (best == null || (result.article().isPresent()
                    && (best.article().isEmpty() || result.confidence() > best.confidence()))) {
                best = result;
            }
        }
        if (!anyTerms) {
            return AnswerLookup.abstain("question has no content terms after removing stop words");
        }
        return best;
    }

    private AnswerLookup search(Pass pass, Set<String> terms) {
        BooleanQuery.Builder should = new BooleanQuery.Builder();
        int n = 0;
        for (String t : terms) {
            if (n++ == MAX_QUERY_TERMS) {
                break;
            }
            should.add(new BoostQuery(new TermQuery(new Term(field(pass.chain, "title"), t)), TITLE_BOOST),
                    BooleanClause.Occur.SHOULD);
            should.add(new BoostQuery(new TermQuery(new Term(field(pass.chain, "keywords"), t)), KEYWORDS_BOOST),
                    BooleanClause.Occur.SHOULD);
            should.add(new TermQuery(new Term(field(pass.chain, "body"), t)), BooleanClause.Occur.SHOULD);
        }
        Query query = should.build();
        if (pass.language != null) {
            query = new BooleanQuery.Builder()
                    .add(query, BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(F_LANG, pass.language)), BooleanClause.Occur.FILTER)
                    .build();
        }

        ScoreDoc[] hits;
        StoredFields stored;
        try {
            hits = searcher.search(query, CANDIDATES).scoreDocs;
            stored = searcher.storedFields();
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory index failed", e);
        }
        if (hits.length == 0) {
            return AnswerLookup.abstain("no article matches");
        }

        // Best candidate = most question terms covered; Lucene's rank breaks ties (hits are already in rank order).
        int bestOrd = -1;
        int bestMatched = -1;
        int bestHead = 0;
        List<Set<String>> all = allTerms.get(pass.chain);
        List<Set<String>> head = headTerms.get(pass.chain);
        for (ScoreDoc hit : hits) {
            int ord;
            try {
                ord = stored.document(hit.doc).getField(F_ORD).numericValue().intValue();
            } catch (IOException e) {
                throw new UncheckedIOException("in-memory index failed", e);
            }
            int matched = 0;
            int inHead = 0;
            for (String t : terms) {
                if (all.get(ord).contains(t)) {
                    matched++;
                }
                if (head.get(ord).contains(t)) {
                    inHead++;
                }
            }
            if (matched > bestMatched) {
                bestOrd = ord;
                bestMatched = matched;
                bestHead = inHead;
            }
        }

        WikiArticle article = articles.get(bestOrd);
        double confidence = (double) bestMatched / terms.size();
        boolean enough = confidence >= threshold;
        boolean confident = enough && bestHead > 0;
        String reason;
        if (confident) {
            reason = String.format(Locale.ROOT, "matched %d of %d question terms in '%s'",
                    bestMatched, terms.size(), article.title());
        } else if (!enough) {
            reason = String.format(Locale.ROOT, "best match '%s' covers only %d of %d question terms (needs %d %%)",
                    article.title(), bestMatched, terms.size(), Math.round(threshold * 100));
        } else {
            reason = String.format(Locale.ROOT,
                    "best match '%s' covers %d of %d question terms, but none in its title or keywords",
                    article.title(), bestMatched, terms.size());
        }
        return new AnswerLookup(Optional.of(article), confidence, confident, reason);
    }

    private IndexSearcher buildIndex() {
        Map<String, Analyzer> perField = new HashMap<>();
        for (Analysis chain : Analysis.values()) {
            for (String f : List.of("title", "keywords", "body")) {
                perField.put(field(chain, f), analyzers.get(chain));
            }
        }
        Analyzer wrapper = new PerFieldAnalyzerWrapper(analyzers.get(Analysis.SWEDISH), perField);
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(wrapper))) {
            for (int ord = 0; ord < articles.size(); ord++) {
                WikiArticle a = articles.get(ord);
                Document doc = new Document();
                doc.add(new StoredField(F_ORD, ord));
                doc.add(new StringField(F_LANG, a.language(), Field.Store.NO));
                for (Analysis chain : Analysis.values()) {
                    doc.add(new TextField(field(chain, "title"), a.title(), Field.Store.NO));
                    doc.add(new TextField(field(chain, "keywords"), keywordsText(a), Field.Store.NO));
                    doc.add(new TextField(field(chain, "body"), a.body(), Field.Store.NO));
                }
                writer.addDocument(doc);
            }
            writer.commit();
            // The index never changes after this point, so one reader serves every thread for the object's life.
            return new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException("building the in-memory wiki index failed", e);
        }
    }

    private static String field(Analysis chain, String name) {
        return chain.language + "_" + name;
    }

    /** Joined with a sentence break so multi-word keywords do not run into each other. */
    private static String keywordsText(WikiArticle a) {
        return String.join(". ", a.keywords());
    }

    private record Pass(Analysis chain, String language) {
    }
}
