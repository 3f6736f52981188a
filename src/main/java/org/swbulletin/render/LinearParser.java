package org.swbulletin.render;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.data.DataHolder;

/**
 * A flexmark parser giving flexmark's syntax tree in time linear in the text's length.
 *
 * <p>Two parts of flexmark take time quadratic in the number of lines of one paragraph or of one run of link-reference
 * definitions: matching inline patterns ({@link LinearInlineParser}) and looking for a setext underline
 * ({@link SetextHeadingFactory}). Both are replaced by subclasses that do the same without copying text. Flexmark adds
 * its reference-definition pre-processor only beside its own inline parser, so it is added here for ours.
 */
final class LinearParser {
    private LinearParser() {}

    /**
     * A parser with flexmark's behaviour under the given options.
     *
     * @param options flexmark options (extensions, rendering choices); the heading parser must be on, as by default
     * @return the parser
     */
    static Parser build(DataHolder options) {
        Parser.Builder builder = Parser.builder(options);
        builder.set(Parser.HEADING_PARSER, false);
        return builder.customBlockParserFactory(new SetextHeadingFactory())
                .customInlineParserFactory(LinearInlineParser.FACTORY)
                .paragraphPreProcessorFactory(new ReferencePreProcessorFactory())
                .build();
    }
}
