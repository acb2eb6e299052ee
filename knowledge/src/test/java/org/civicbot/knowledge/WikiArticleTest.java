package org.civicbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class WikiArticleTest {

    private static WikiArticle withBody(String body) {
        return new WikiArticle("a", "A", "sv", null, List.of(), body);
    }

    @Test
    void summaryIsFirstProseParagraphAsPlainText() {
        WikiArticle a = withBody("# Rubrik\n\nSoptunnorna **töms** varannan\n[tisdag](https://example.org).\n\nAndra stycket.");
        assertThat(a.summary()).isEqualTo("Soptunnorna töms varannan tisdag.");
    }

    @Test
    void longSummaryIsCutAtWordBoundaryWithEllipsis() {
        String longParagraph = "ord ".repeat(200).strip();
        String summary = withBody(longParagraph).summary();
        assertThat(summary).endsWith("…").doesNotContain("  ");
        assertThat(summary.length()).isLessThanOrEqualTo(WikiArticle.SUMMARY_MAX_CHARS);
        assertThat(summary.substring(0, summary.length() - 1)).endsWith("ord");
    }

    @Test
    void keywordsAreImmutable() {
        WikiArticle a = new WikiArticle("a", "A", "sv", null, new java.util.ArrayList<>(List.of("x")), "b");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> a.keywords().add("y"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
