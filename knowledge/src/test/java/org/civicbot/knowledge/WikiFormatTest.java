package org.civicbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WikiFormatTest {

    private static final String ARTICLE = """
            ---
            title: Sophämtning och hämtdagar
            language: sv
            topic: WASTE
            tags: [sopor, "112", hämtdag]
            aliases: ["när töms soporna", "vilken dag hämtas soptunnan"]
            updated: 2026-11-20
            ---
            Soporna hämtas varannan tisdag.

            ## Missad tömning

            Ring Kontaktcenter.
            """;

    @Test
    void readsEveryFrontMatterKey() {
        WikiArticle a = WikiFormat.parse("sophamtning", ARTICLE);

        assertThat(a.title()).isEqualTo("Sophämtning och hämtdagar");
        assertThat(a.language()).isEqualTo("sv");
        assertThat(a.topic()).isEqualTo("WASTE");
        assertThat(a.tags()).containsExactly("sopor", "112", "hämtdag");
        assertThat(a.aliases()).containsExactly("när töms soporna", "vilken dag hämtas soptunnan");
        assertThat(a.updated()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(a.body()).startsWith("Soporna hämtas").endsWith("Ring Kontaktcenter.");
    }

    @Test
    void splitsTheBodyIntoPassagesUnderTheirHeadings() {
        List<Passage> passages = WikiFormat.parse("sophamtning", ARTICLE).passages();

        assertThat(passages).extracting(Passage::text).containsExactly("Soporna hämtas varannan tisdag.",
                "Ring Kontaktcenter.");
        assertThat(passages.get(1).heading()).isEqualTo("Missad tömning");
    }

    @Test
    void formatIsReadBackAsTheSameArticle() {
        WikiArticle a = WikiFormat.parse("sophamtning", ARTICLE);

        assertThat(WikiFormat.parse("sophamtning", WikiFormat.format(a))).isEqualTo(a);
    }

    @Test
    void toleratesBomWindowsLineEndsAndACommaSeparatedTagLine() {
        String text = "\uFEFF---\r\ntitle: Bibliotek\r\nlanguage: SV\r\ntags: böcker, lån\r\n---\r\nÖppet 10–19.\r\n";

        WikiArticle a = WikiFormat.parse("bibliotek", text);

        assertThat(a.language()).isEqualTo("sv");
        assertThat(a.tags()).containsExactly("böcker", "lån");
        assertThat(a.updated()).isNull();
        assertThat(a.body()).isEqualTo("Öppet 10–19.");
    }

    @Test
    void saysWhatIsWrongWithABadFile() {
        assertThatThrownBy(() -> WikiFormat.parse("a", "Bara text")).hasMessageContaining("'a'")
                .hasMessageContaining("no front matter");
        assertThatThrownBy(() -> WikiFormat.parse("a", "---\ntitle: x\nlanguage: sv\n")).hasMessageContaining("not closed");
        assertThatThrownBy(() -> WikiFormat.parse("a", "---\ntitle: x\nlanguage: sv\nauthor: me\n---\ntext"))
                .hasMessageContaining("unknown front matter key 'author'");
        assertThatThrownBy(() -> WikiFormat.parse("a", "---\nlanguage: sv\n---\ntext")).hasMessageContaining("missing title");
        assertThatThrownBy(() -> WikiFormat.parse("a", "---\ntitle: x\n---\ntext")).hasMessageContaining("missing language");
        assertThatThrownBy(() -> WikiFormat.parse("a", "---\ntitle: x\nlanguage: svenska\n---\ntext"))
                .hasMessageContaining("language 'svenska'");
        assertThatThrownBy(() -> WikiFormat.parse("a", "---\ntitle: x\nlanguage: sv\n---\n  \n")).hasMessageContaining("body is empty");
        assertThatThrownBy(() -> WikiFormat.parse("a", "---\ntitle: [x\nlanguage: sv\n---\ntext"))
                .hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> WikiFormat.parse("a", "---\ntitle: x\nlanguage: sv\ntags: [{a: b}]\n---\ntext"))
                .hasMessageContaining("'tags' must be a list of words");
        assertThatThrownBy(() -> WikiFormat.parse("a", "---\ntitle: x\nlanguage: sv\nupdated: igår\n---\ntext"))
                .hasMessageContaining("'updated' must be a date");
        assertThatThrownBy(() -> WikiFormat.parse("Bad Slug", ARTICLE)).hasMessageContaining("slug 'Bad Slug'");
    }

    @Test
    void refusesYamlThatWouldMakeObjectsOrExplode() {
        assertThatThrownBy(() -> WikiFormat.parse("a", "---\ntitle: !!java.io.File x\nlanguage: sv\n---\ntext"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not valid YAML");
        String billionLaughs = "---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
                + "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ntitle: x\n---\ntext";
        assertThatThrownBy(() -> WikiFormat.parse("a", billionLaughs)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesAndLoadsADirectoryWithItsSynonyms(@TempDir Path dir) throws Exception {
        WikiArticle a = WikiFormat.parse("sophamtning", ARTICLE);
        Synonyms synonyms = Synonyms.parse("sopbil, renhållningsbil\n");
        WikiFormat.writeDirectory(dir, List.of(a), synonyms);
        Files.writeString(dir.resolve("README.md"), "# not an article");

        Wiki wiki = WikiFormat.loadDirectory(dir);

        assertThat(wiki.articles()).containsExactly(a);
        assertThat(wiki.synonyms()).isEqualTo(synonyms);
    }

    @Test
    void articleFilesAreNamedBySlug() {
        assertThat(WikiFormat.fileName("sophamtning")).isEqualTo("sophamtning.md");
        assertThat(WikiFormat.isArticleFile("sophamtning.md")).isTrue();
        assertThat(WikiFormat.isArticleFile("readme.md")).isFalse();
        assertThat(WikiFormat.isArticleFile("synonyms.txt")).isFalse();
        assertThat(WikiFormat.parseFile("sophamtning.md", ARTICLE).slug()).isEqualTo("sophamtning");
        assertThatThrownBy(() -> WikiFormat.parseFile("sophamtning.txt", ARTICLE)).hasMessageContaining("not an article file");
    }

    @Test
    void aMissingDirectoryIsAClearError(@TempDir Path dir) {
        assertThatThrownBy(() -> WikiFormat.loadDirectory(dir.resolve("nope"))).hasMessageContaining("does not exist");
    }
}
