package org.civicbot.knowledge;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.CompoundWordTokenFilterBase;

/**
 * Keeps every term and adds the parts {@link CompoundSplitter} finds at the same position, through Lucene's
 * compound-filter base (which handles offsets and positions).
 */
final class SwedishCompoundFilter extends CompoundWordTokenFilterBase {

    private final CompoundSplitter splitter;

    SwedishCompoundFilter(TokenStream input, CompoundSplitter splitter) {
        super(input, null, DEFAULT_MIN_WORD_SIZE, DEFAULT_MIN_SUBWORD_SIZE - 1, DEFAULT_MAX_SUBWORD_SIZE, false);
        this.splitter = splitter;
    }

    @Override
    protected void decompose() {
        for (int[] part : splitter.split(termAtt)) {
            tokens.add(new CompoundToken(part[0], part[1]));
        }
    }
}
