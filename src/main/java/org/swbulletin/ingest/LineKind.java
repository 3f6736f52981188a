package org.swbulletin.ingest;

/** What a line of a raw report is, judged on the line alone. */
public enum LineKind {
    /** Nothing but whitespace: separates paragraphs; several in a row mark a page break. */
    BLANK,
    /** A {@code #} or {@code ##} Markdown heading: a title or a rubric. */
    HEADING,
    /** A {@code ###} (or deeper) Markdown heading: a subheading inside an article. */
    SUBHEADING,
    /** A source line {@code (据…)} / {@code （据…）} standing alone. */
    SOURCE,
    /** A web page's line of posting time, outlet and author under its title ({@link PageInfoLine}). */
    PAGE_INFO,
    /** Lone punctuation such as a stray {@code ”}, left over from layout, or a web page's credits (责任编辑：王芳). */
    STRAY,
    /** Anything else: a title, paragraph, caption or plain subheading, told apart by context. */
    TEXT
}
