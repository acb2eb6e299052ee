package org.civicbot.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The yardstick: plain Lucene as anyone would set it up first. Standard analyzer, BM25 over title and body
 * in one field, every question word a SHOULD clause, always answering with the top hit.
 */
final class BaselineSearch {

    private final List<WikiArticle> articles;
    private final Analyzer analyzer = new StandardAnalyzer();
    private final IndexSearcher searcher;

    BaselineSearch(Wiki wiki) {
        this.articles = wiki.articles();
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (WikiArticle a : articles) {
                Document doc = new Document();
                doc.add(new TextField("text", a.title() + "\n" + a.body(), Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.forceMerge(1);
            writer.commit();
            searcher = new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Answer answer(String question) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        List<String> words = Analysis.terms(analyzer, question);
        for (String word : words.subList(0, Math.min(words.size(), IndexSearcher.getMaxClauseCount()))) {
            query.add(new TermQuery(new Term("text", word)), BooleanClause.Occur.SHOULD);
        }
        try {
            ScoreDoc[] hits = searcher.search(query.build(), AnswerFinder.CANDIDATES).scoreDocs;
            List<Answer.Ranked> ranking = new ArrayList<>();
            for (ScoreDoc hit : hits) {
                ranking.add(new Answer.Ranked(articles.get(hit.doc).slug(), hit.score));
            }
            if (hits.length == 0) {
                return Answer.abstain(0, "no hit", ranking);
            }
            WikiArticle top = articles.get(hits[0].doc);
            List<Passage> passages = top.passages();
            return new Answer(top, passages.isEmpty() ? new Passage(0, "", top.title()) : passages.get(0), 1,
                    "top hit", ranking);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
