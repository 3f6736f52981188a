package org.swbulletin.render;

import java.util.List;
import org.swbulletin.content.Article;

/**
 * Everything an article page shows in one language, computed once per build.
 *
 * @param article       the Chinese original
 * @param card          its list entry (title, date, places, themes, summary)
 * @param originalTitle on an English page, the Chinese headline (shown marked {@code zh-CN}); else null
 * @param source        the outlet's name, or null
 * @param section       the column rubric, or null
 * @param sectionLang   the rubric's language tag when it differs from the page's, else null
 * @param report        link to the (first) report it was printed in, or null
 * @param captions      photo captions
 * @param captionsLang  the captions' language tag when it differs from the page's, else null
 * @param figures       key figures
 * @param bodyHtml      the sanitised body
 * @param bodyLang      the body's language tag when it differs from the page's, else null
 * @param translated    true on the English page of an article an editor translated
 * @param stale         true when that translation was made from an earlier version of the Chinese text
 * @param facts         the fields the schema marks as shown as they are (an author), in schema order
 * @param draft         true when the page shows a draft, which only a preview or {@code build --drafts} publishes
 * @param publishAfter  the day a held article is due, written for the page's language, or null
 */
public record ArticleView(Article article, Card card, String originalTitle, String source, String section,
                          String sectionLang, Link report, List<String> captions, String captionsLang,
                          List<FigureView> figures, String bodyHtml, String bodyLang, boolean translated,
                          boolean stale, List<Fact> facts, boolean draft, String publishAfter) {}
