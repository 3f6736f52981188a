package org.swbulletin.render;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.BlankLineBreakNode;
import com.vladsch.flexmark.util.ast.DoNotCollectText;
import com.vladsch.flexmark.util.ast.LineBreakNode;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.TextContainer;
import com.vladsch.flexmark.util.ast.Visitor;
import com.vladsch.flexmark.util.misc.CharPredicate;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.builder.ISequenceBuilder;
import java.util.function.BiConsumer;

/**
 * The text of a flexmark node, as flexmark's {@code TextCollectingVisitor} collects it (default flags), in linear time.
 *
 * <p>Flexmark's collector keeps the text as a list of segments whose array grows by one element per append, so a
 * paragraph of n inline elements took time quadratic in n. This collector visits the same nodes in the same order,
 * asks them for their text in the same way and keeps the same two pieces of state (the last node visited, whether a
 * line break is owed), writing into a plain string builder.
 */
final class NodeText {
    private final StringBuilder text = new StringBuilder();
    private final Out out = new Out();
    private BasedSequence base = BasedSequence.NULL;
    private Node lastNode;
    private boolean needEol;

    private final NodeVisitor visitor = new NodeVisitor() {
        @Override
        public void processNode(Node node, boolean withChildren, BiConsumer<Node, Visitor<Node>> processor) {
            if (node.isOrDescendantOfType(DoNotCollectText.class)) {
                return;
            }
            visiting(node);
            if (node instanceof Block && text.length() > 0) {
                appendEol();
            }
            if (node instanceof TextContainer container) {
                if (container.collectText(out, 0, this)) {
                    if (node instanceof BlankLineBreakNode && text.length() > 0) {
                        appendEol();
                    }
                    processChildren(node, processor);
                }
                container.collectEndText(out, 0, this);
            } else {
                processChildren(node, processor);
            }
            if (node instanceof LineBreakNode && eolOwed()) {
                appendEol();
            }
        }
    };

    /**
     * The text of a node and its descendants.
     *
     * @param node a node of a parsed document
     * @return its text, as flexmark's text collector gives it
     */
    static String of(Node node) {
        NodeText collector = new NodeText();
        collector.base = node.getChars().getBaseSequence();
        collector.visitor.visit(node);
        return collector.text.toString();
    }

    private NodeText() {}

    /** Flexmark's collector owes a line break after a gap of only whitespace with a line end in it. */
    private void visiting(Node node) {
        if (lastNode != null && lastNode.getEndOffset() < node.getStartOffset()) {
            BasedSequence gap = base.subSequence(lastNode.getEndOffset(), node.getStartOffset());
            needEol = gap.trim(CharPredicate.SPACE_TAB).length() > 0 && gap.trim(CharPredicate.WHITESPACE).isEmpty();
        }
        lastNode = node;
    }

    private boolean eolOwed() {
        return needEol || text.length() > 0 && text.charAt(text.length() - 1) != '\n';
    }

    private void appendEol() {
        text.append('\n');
        needEol = false;
    }

    /** The builder the nodes write their text into. */
    private final class Out implements ISequenceBuilder<Out, BasedSequence> {
        @Override
        public BasedSequence getSingleBasedSequence() {
            return null;
        }

        @Override
        public Out getBuilder() {
            return new NodeText().out;
        }

        @Override
        public char charAt(int index) {
            return text.charAt(index);
        }

        @Override
        public Out append(CharSequence chars, int startIndex, int endIndex) {
            if (chars != null && startIndex < endIndex) {
                text.append(chars, startIndex, endIndex);
            }
            return this;
        }

        @Override
        public Out append(char c) {
            text.append(c);
            return this;
        }

        @Override
        public Out append(char c, int count) {
            for (int i = 0; i < count; i++) {
                text.append(c);
            }
            return this;
        }

        @Override
        public BasedSequence toSequence() {
            return BasedSequence.of(text.toString());
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
