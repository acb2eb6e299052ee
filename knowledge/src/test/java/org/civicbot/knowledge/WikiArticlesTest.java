package org.civicbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FileNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WikiArticlesTest {

    private static final String GOOD = """
            ---
            title: Sophämtning i Våxnäs
            language: SV
            topic: WASTE
            keywords: sopor, soptunna,  hämtning ,
            ---
            Soptunnorna töms varannan tisdag.
            """;

    @Test
    void parsesFrontMatterAndBody() {
        WikiArticle a = WikiArticles.parse("sophamtning-vaxnas", GOOD);
        assertThat(a.slug()).isEqualTo("sophamtning-vaxnas");
        assertThat(a.title()).isEqualTo("Sophämtning i Våxnäs");
        assertThat(a.language()).isEqualTo("sv");
        assertThat(a.topic()).isEqualTo("WASTE");
        assertThat(a.keywords()).containsExactly("sopor", "soptunna", "hämtning");
        assertThat(a.body()).isEqualTo("Soptunnorna töms varannan tisdag.");
    }

    @Test
    void toleratesBomCrlfQuotesAndMissingTopic() {
        String md = "\uFEFF---\r\ntitle: \"Titel\"\r\nlanguage: en\r\nkeywords: [a, b]\r\n---\r\nText.\r\n";
        WikiArticle a = WikiArticles.parse("x", md);
        assertThat(a.title()).isEqualTo("Titel");
        assertThat(a.topic()).isNull();
        assertThat(a.keywords()).containsExactly("a", "b");
        assertThat(a.body()).isEqualTo("Text.");
    }

    @Test
    void rejectsFileWithoutFrontMatter() {
        assertThatThrownBy(() -> WikiArticles.parse("utan", "Bara text."))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'utan'").hasMessageContaining("no front matter");
    }

    @Test
    void rejectsUnclosedFrontMatter() {
        assertThatThrownBy(() -> WikiArticles.parse("oppen", "---\ntitle: T\nlanguage: sv\nText"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'oppen'").hasMessageContaining("not closed");
    }

    @Test
    void rejectsMissingTitle() {
        assertThatThrownBy(() -> WikiArticles.parse("utan-titel", "---\nlanguage: sv\n---\nText"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'utan-titel'").hasMessageContaining("missing title");
    }

    @Test
    void rejectsMissingOrBadLanguage() {
        assertThatThrownBy(() -> WikiArticles.parse("s", "---\ntitle: T\n---\nText"))
                .hasMessageContaining("'s'").hasMessageContaining("missing language");
        assertThatThrownBy(() -> WikiArticles.parse("s", "---\ntitle: T\nlanguage: svenska\n---\nText"))
                .hasMessageContaining("'svenska'");
    }

    @Test
    void rejectsMalformedLineDuplicateKeyAndEmptyBody() {
        assertThatThrownBy(() -> WikiArticles.parse("s", "---\ntitle: T\nlanguage sv\n---\nText"))
                .hasMessageContaining("'s'").hasMessageContaining("line 3").hasMessageContaining("key: value");
        assertThatThrownBy(() -> WikiArticles.parse("s", "---\ntitle: T\ntitle: U\nlanguage: sv\n---\nText"))
                .hasMessageContaining("'title' appears twice");
        assertThatThrownBy(() -> WikiArticles.parse("s", "---\ntitle: T\nlanguage: sv\n---\n\n"))
                .hasMessageContaining("'s'").hasMessageContaining("body is empty");
    }

    @Test
    void loadsClasspathFolderThroughIndexFile() throws Exception {
        List<WikiArticle> articles = WikiArticles.loadClasspath("/fixture-wiki/", getClass().getClassLoader());
        assertThat(articles).extracting(WikiArticle::slug)
                .containsExactly("bibliotek", "gatlampa", "library-en", "sopor-vaxnas");
    }

    @Test
    void classpathLoadFailsClearlyWithoutIndexOrWithMissingFile() {
        assertThatThrownBy(() -> WikiArticles.loadClasspath("no-such-folder", getClass().getClassLoader()))
                .isInstanceOf(FileNotFoundException.class).hasMessageContaining("index.txt");
        assertThatThrownBy(() -> WikiArticles.loadClasspath("broken-index", getClass().getClassLoader()))
                .isInstanceOf(FileNotFoundException.class).hasMessageContaining("finns-inte.md");
    }

    @Test
    void loadsOnlyMarkdownFilesOfADirectorySortedBySlug(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("b.md"), GOOD);
        Files.writeString(dir.resolve("a.md"), GOOD);
        Files.writeString(dir.resolve("index.txt"), "a.md\nb.md\n");
        Files.createDirectory(dir.resolve("sub.md"));
        assertThat(WikiArticles.loadDirectory(dir)).extracting(WikiArticle::slug).containsExactly("a", "b");
    }
}
