package org.swbulletin.render;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.parser.core.delimiter.Delimiter;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.CommonmarkInlineParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flexmark's CommonMark inline parser, matching its patterns without copying the text they run over.
 *
 * <p>Flexmark's {@code match} takes each match's bounds from {@link Matcher#toMatchResult()}, which on Java 17 copies
 * the whole input into a new string. Link-reference definitions are all parsed from one input, the rest of their
 * paragraph, so a run of n definitions copied about n²/2 lines: 20,000 of them in one body kept a build busy for
 * minutes. The same copy is made for every bracket, entity, autolink and code span in a long paragraph. Reading the
 * bounds from the matcher itself gives the same match and the same syntax tree with no copy.
 *
 * <p>After each link flexmark also processes the emphasis delimiters inside it, first walking down the whole stack of
 * the paragraph's open delimiters to find those above the link's opener, even when there are none: a paragraph of
 * links and unclosed {@code *} took time quadratic in their number. That case is skipped here, as it changes nothing.
 */
final class LinearInlineParser extends CommonmarkInlineParser {

    private LinearInlineParser(
            DataHolder options,
            BitSet specialCharacters,
            BitSet delimiterCharacters,
            Map<Character, DelimiterProcessor> delimiterProcessors,
            LinkRefProcessorData linkRefProcessors,
            List<InlineParserExtensionFactory> extensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, extensions);
    }

    /** The factory of this parser. */
    static final InlineParserFactory FACTORY = LinearInlineParser::new;

    @Override
    public BasedSequence match(Pattern re) {
        Matcher matcher = found(re);
        return matcher == null ? null : input.subSequence(matcher.start(), matcher.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        Matcher matcher = found(re);
        if (matcher == null) {
            return null;
        }
        BasedSequence[] groups = new BasedSequence[matcher.groupCount() + 1];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = matcher.start(i) < 0 ? null : input.subSequence(matcher.start(i), matcher.end(i));
        }
        return groups;
    }

    @Override
    public void processDelimiters(Delimiter stackBottom) {
        if (stackBottom != null && lastDelimiter == stackBottom) {
            return; // no delimiter above the bottom: flexmark would walk the stack to its end and change nothing
        }
        super.processDelimiters(stackBottom);
    }

    /** The matcher of a pattern found from the current index, the index moved past it; null when it is not found. */
    private Matcher found(Pattern re) {
        if (index >= input.length()) {
            return null;
        }
        Matcher matcher = re.matcher(input);
        matcher.region(index, input.length());
        if (!matcher.find()) {
            return null;
        }
        index = matcher.end();
        return matcher;
    }
}
