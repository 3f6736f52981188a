package org.swbulletin.render;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Set;

/**
 * Markdown that flexmark turns into HTML the jsoup safelist would leave as it is: only elements without attributes or
 * URLs, and text flexmark escapes. Such HTML needs no cleaning, only the few spellings in which jsoup's output differs
 * (void elements without a slash, quotes in text unescaped, no-break spaces as entities), so that a body's HTML is the
 * same whichever way it was made.
 */
final class PlainMarkup {
    /** Nodes whose HTML has no attribute, no URL and no raw HTML: anything else goes through the safelist. */
    private static final Set<Class<? extends Node>> PLAIN = Set.of(Document.class, Paragraph.class, Text.class,
            SoftLineBreak.class, HardLineBreak.class, Heading.class, Emphasis.class, StrongEmphasis.class,
            Code.class, BulletList.class, BulletListItem.class, OrderedList.class, OrderedListItem.class,
            BlockQuote.class, ThematicBreak.class);

    private PlainMarkup() {}

    /** True when every node of the document is plain, so that its HTML needs no cleaning. */
    static boolean covers(Node node) {
        if (!PLAIN.contains(node.getClass())) {
            return false;
        }
        if (node instanceof OrderedList list && list.getStartNumber() != 1) {
            return false; // flexmark writes start="n"
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (!covers(child)) {
                return false;
            }
        }
        return true;
    }

    /** Flexmark's HTML of a plain document, spelled as the safelist's cleaning spells it. */
    static String asCleaned(String html) {
        if (html.indexOf(" />") < 0 && html.indexOf("&quot;") < 0 && html.indexOf('\u00a0') < 0) {
            return html;
        }
        return html.replace("<hr />", "<hr>").replace("<br />", "<br>").replace("&quot;", "\"")
                .replace("\u00a0", "&nbsp;");
    }
}
