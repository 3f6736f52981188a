package org.swbulletin.render;

import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;

/**
 * Flexmark's heading parser, without joining the open paragraph's lines on every line it looks at.
 *
 * <p>To decide whether a line such as {@code ---} underlines the paragraph above it, flexmark's heading parser asks for
 * the paragraph's whole text, built anew from its lines, on each line of the paragraph, and only checks that there is
 * one. A paragraph of n lines (a run of link-reference definitions, say) cost about n²/2 line copies. This factory
 * answers that question without building the text; the heading, when there is one, is still made from the paragraph's
 * lines by flexmark. As a subclass of flexmark's factory it keeps its place among the block parsers.
 */
final class SetextHeadingFactory extends HeadingParser.Factory {

    @Override
    public BlockParserFactory apply(DataHolder options) {
        BlockParserFactory headings = super.apply(options);
        return (state, matched) -> headings.tryStart(state, new ParagraphPresence(matched));
    }

    /** The matched block, telling whether it is a paragraph without copying the paragraph's text. */
    private record ParagraphPresence(MatchedBlockParser matched) implements MatchedBlockParser {
        @Override
        public BlockParser getBlockParser() {
            return matched.getBlockParser();
        }

        /** An empty text standing for the paragraph's, which flexmark's heading parser only tests for null. */
        @Override
        public BasedSequence getParagraphContent() {
            return matched.getBlockParser().isParagraphParser() ? BasedSequence.NULL : null;
        }

        @Override
        public List<BasedSequence> getParagraphLines() {
            return matched.getParagraphLines();
        }

        @Override
        public List<Integer> getParagraphEolLengths() {
            return matched.getParagraphEolLengths();
        }

        @Override
        public MutableDataHolder getParagraphDataHolder() {
            return matched.getParagraphDataHolder();
        }
    }
}
