package org.civicbot.knowledge;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * A piece of an article that can answer a question on its own: a paragraph, a list or a quote, with the
 * heading it stands under. The bot quotes a passage, not the whole article.
 *
 * @param index   position among the article's passages, from 0
 * @param heading plain text of the nearest heading above, or empty
 * @param text    plain text (Markdown markup removed, links reduced to their text)
 */
public record Passage(int index, String heading, String text) {

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final TextContentRenderer PLAIN = TextContentRenderer.builder().build();

    static List<Passage> split(String markdown) {
        List<Passage> passages = new ArrayList<>();
        String heading = "";
        for (Node block = MARKDOWN.parse(markdown).getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading) {
                heading = plain(block);
            } else if (block instanceof Paragraph || block instanceof BulletList || block instanceof OrderedList
                    || block instanceof BlockQuote) {
                String text = plain(block);
                if (!text.isEmpty()) {
                    passages.add(new Passage(passages.size(), heading, text));
                }
            }
            // Code blocks, rules and raw HTML are no answer to a citizen's question.
        }
        return List.copyOf(passages);
    }

    private static String plain(Node node) {
        return PLAIN.render(node).replaceAll("\\s+", " ").strip();
    }
}
