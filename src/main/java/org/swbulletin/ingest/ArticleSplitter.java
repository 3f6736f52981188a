package org.swbulletin.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Splits a report's classified lines into articles: titles (heading, plain or kicker + headline), rubrics, bodies and
 * source lines.
 *
 * <p>An article ends at its source line. What follows is a title, a caption that repeats the title just ended (it goes
 * to that article), or a rubric: a title line followed at once by another title introduces several articles and
 * becomes their {@code section}. Two title lines with no blank line between them, or whose first ends with a colon,
 * are a kicker and its headline; a line after the first title line that holds a comma, semicolon or full stop is
 * the first paragraph, not another title. A {@code #}/{@code ##} heading inside an article starts a new one.
 * A line opened by a dash after the headline is its subtitle; a kicker may end with a dash. Photo captions
 * ({@link Caption}) between a title and its text go to the coming article, after a source line to the one it closes.
 */
public final class ArticleSplitter {
    /** Longest line that may be a title. */
    static final int MAX_TITLE = 48;

    private final String reportId;
    private final List<ParseWarning> warnings = new ArrayList<>();
    private int captionsMoved;
    private int mends;
    private int strayLines;
    /** The outlets that page information lines name, by line number. */
    private final TreeMap<Integer, String> pageSources = new TreeMap<>();

    /** A splitter for the report with the given id. */
    public ArticleSplitter(String reportId) {
        this.reportId = reportId;
    }

    /** The articles of the report, in order; the counts and warnings are available afterwards. */
    public List<ParsedArticle> split(List<Line> lines) {
        List<Unit> units = units(lines);
        PageBreakMender mender = new PageBreakMender(usualGap(units));
        List<Draft> drafts = new ArrayList<>();
        List<Unit> pending = new ArrayList<>();
        List<String> held = new ArrayList<>();
        Draft cur = null;
        for (Unit u : units) {
            boolean inBody = cur != null && !cur.closed;
            if (inBody) {
                switch (u.line.kind()) {
                    case HEADING -> {
                        cur.closed = true;
                        pending.add(u);
                    }
                    case SUBHEADING -> cur.body.add(new BodyLine(u.line.number(), u.line.text(), u.gap, true));
                    case SOURCE -> close(cur, SourceLine.parse(u.line.text()).orElseThrow().outlet());
                    default -> {
                        if (startsAnotherArticle(cur, u)) {
                            cur.closed = true;
                            pending.add(u);
                        } else {
                            addBodyText(cur, u);
                        }
                    }
                }
                continue;
            }
            switch (u.line.kind()) {
                case SOURCE -> {
                    if (pending.isEmpty()) {
                        warnings.add(new ParseWarning(u.line.number(), "source line outside an article; ignored"));
                    } else {
                        // 来源：… right under a title, as a web page prints it: the coming article's outlet
                        pageSources.put(u.line.number(), SourceLine.parse(u.line.text()).orElseThrow().outlet());
                    }
                }
                case HEADING, SUBHEADING -> pending.add(u);
                default -> {
                    if (pending.isEmpty() && cur != null && repeatsTitle(cur, u.line.text())) {
                        cur.captions.add(u.line.text());
                        captionsMoved++;
                    } else if (Caption.is(u.line.text())) {
                        // between a title and its text the photo is the coming article's; elsewhere, under a source
                        // line, the article just ended's
                        (pending.isEmpty() && cur != null ? cur.captions : held).add(u.line.text());
                        captionsMoved++;
                    } else if (isTitleLike(u.line.text())
                            && (pending.isEmpty() || !Punctuation.hasClausePunctuation(u.line.text()))) {
                        pending.add(u);
                    } else if (pending.isEmpty()) {
                        if (cur == null) {
                            warnings.add(new ParseWarning(u.line.number(),
                                    "text before the first title; ignored"));
                        } else {
                            warnings.add(new ParseWarning(u.line.number(), "text after the source line of '"
                                    + cur.title + "' has no title; kept in that article"));
                            cur.closed = false;
                            addBodyText(cur, u);
                        }
                    } else {
                        cur = start(pending);
                        cur.captions.addAll(held);
                        held.clear();
                        drafts.add(cur);
                        pending.clear();
                        addBodyText(cur, u);
                    }
                }
            }
        }
        if (!pending.isEmpty() && !drafts.isEmpty()) {
            warnings.add(new ParseWarning(pending.get(0).line.number(),
                    "title '" + pending.get(pending.size() - 1).line.text() + "' has no text; ignored"));
        }
        assignSections(drafts);
        sourcesFromPageInformation(drafts);
        for (Draft d : drafts) {
            if (d.source == null) {
                warnings.add(new ParseWarning(d.line, "article '" + d.title + "' has no source line"));
            }
        }
        List<ParsedArticle> out = new ArrayList<>();
        for (Draft d : drafts) {
            PageBreakMender.Mended m = mender.mend(d.body);
            if (m.blocks().isEmpty()) {
                warnings.add(new ParseWarning(d.line, "article '" + d.title + "' has no text; ignored"));
                continue;
            }
            mends += m.mends();
            captionsMoved += m.captions().size();
            warnings.addAll(m.warnings());
            List<String> captions = new ArrayList<>(m.captions());
            captions.addAll(d.captions);
            out.add(new ParsedArticle(reportId, out.size() + 1, d.line, d.title, d.kicker, d.section, d.source,
                    m.blocks(), captions));
        }
        warnings.sort(java.util.Comparator.comparingInt(ParseWarning::line));
        return out;
    }

    /**
     * Gives an article without a source line the outlet its web page's information line names: the first such line
     * between its title and the next article's.
     */
    private void sourcesFromPageInformation(List<Draft> drafts) {
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            int end = i + 1 < drafts.size() ? drafts.get(i + 1).line : Integer.MAX_VALUE;
            if (d.source == null) {
                d.source = pageSources.subMap(d.line, end).values().stream()
                        .findFirst().orElse(null);
            }
        }
    }

    /** Captions moved out of the text. */
    public int captionsMoved() { return captionsMoved; }

    /** Sentences joined across page breaks. */
    public int mends() { return mends; }

    /** Stray lines of lone punctuation dropped. */
    public int strayLines() { return strayLines; }

    /** Oddities worked around, by line. */
    public List<ParseWarning> warnings() { return List.copyOf(warnings); }

    private void addBodyText(Draft d, Unit u) {
        Optional<SourceLine> glued = SourceLine.glued(u.line.text());
        if (glued.isPresent()) {
            if (!glued.get().before().isEmpty()) {
                d.body.add(new BodyLine(u.line.number(), glued.get().before(), u.gap, false));
            }
            close(d, glued.get().outlet());
        } else {
            d.body.add(new BodyLine(u.line.number(), u.line.text(), u.gap, false));
        }
    }

    private static void close(Draft d, String outlet) {
        d.source = d.source == null ? outlet : d.source;
        d.closed = true;
    }

    private Draft start(List<Unit> pending) {
        int n = pending.size();
        Draft d = new Draft();
        int first;
        if (n >= 2 && Dashes.isSubtitle(pending.get(n - 1).line.text())) {
            // headline, then a subtitle opened by a dash: the subtitle is shown beside the title, without its dash
            Unit headline = pending.get(n - 2);
            d.title = WebTitleMark.strip(headline.line.text());
            d.kicker = Dashes.strip(pending.get(n - 1).line.text());
            d.line = headline.line.number();
            first = n - 2;
        } else {
            Unit headline = pending.get(n - 1);
            d.title = WebTitleMark.strip(Dashes.strip(headline.line.text()));
            d.line = headline.line.number();
            first = n - 1;
            if (n >= 2) {
                Unit before = pending.get(n - 2);
                String kicker = before.line.text();
                if (headline.gap == 0 || before.line.hardBreak() || Punctuation.endsWithColon(kicker)
                        || Dashes.endsWithDash(kicker)) {
                    d.kicker = Dashes.strip(kicker);
                    d.line = before.line.number();
                    first = n - 2;
                }
            }
        }
        if (first > 0 && statesNews(pending.get(first - 1).line.text())
                && pending.get(n - 1).line.kind() == LineKind.TEXT) {
            // a rubric names a column and never asks or counts: this is the headline, and the short lines after it
            // are its first subheadings
            Unit headline = pending.get(first - 1);
            for (Unit u : pending.subList(first, n)) {
                d.body.add(new BodyLine(u.line.number(), u.line.text(), u.gap, false));
            }
            d.title = WebTitleMark.strip(headline.line.text());
            d.kicker = null;
            d.line = headline.line.number();
            first--;
        }
        if (first > 0) {
            d.rubric = pending.get(first - 1).line.text();
            for (int i = 0; i < first - 1; i++) {
                warnings.add(new ParseWarning(pending.get(i).line.number(),
                        "heading '" + pending.get(i).line.text() + "' introduces no text; ignored"));
            }
        }
        return d;
    }

    /**
     * Gives each article the rubric it stands under. A rubric followed by a single article before the next rubric
     * or the end does not introduce several articles: it is that article's kicker.
     */
    private static void assignSections(List<Draft> drafts) {
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            if (d.rubric == null) continue;
            boolean alone = i + 1 == drafts.size() || drafts.get(i + 1).rubric != null;
            if (alone && d.kicker == null && drafts.size() > 1) {
                d.kicker = d.rubric;
                d.rubric = null;
            }
        }
        String section = null;
        for (Draft d : drafts) {
            if (d.rubric != null) section = d.rubric;
            d.section = section;
        }
    }

    /** A caption after a source line that repeats the article's title, as layouts print under a photo. */
    private static boolean repeatsTitle(Draft d, String text) {
        String c = Punctuation.lettersOnly(text);
        String t = Punctuation.lettersOnly(d.title);
        String kt = Punctuation.lettersOnly((d.kicker == null ? "" : d.kicker) + d.title);
        if (c.isEmpty()) return false;
        return c.equals(t) || c.equals(kt) || (c.length() >= 8 && (t.contains(c) || c.contains(t)));
    }

    /** A question, an exclamation or a count: words of a headline, never of a column rubric. */
    private static boolean statesNews(String text) {
        return text.matches(".*[?？!！][”\"」]?\\s*$") || text.matches(".*\\d\\s*[万亿]?\\s*[名个家人元所项%].*");
    }

    /**
     * Whether a line inside an article is the next article's title although no source line ended this one: a title
     * opened by a place and a colon, standing apart after a finished sentence.
     */
    private static boolean startsAnotherArticle(Draft d, Unit u) {
        if (u.line.kind() != LineKind.TEXT || u.gap == 0 || d.body.isEmpty()) {
            return false;
        }
        BodyLine last = d.body.get(d.body.size() - 1);
        return !last.marked() && Punctuation.endsParagraph(last.text()) && PlacePrefixedTitle.is(u.line.text());
    }

    /** Short, without a full stop, a glued source line or a reporter's name alone: may be a title. */
    static boolean isTitleLike(String text) {
        return text.length() <= MAX_TITLE && !Punctuation.endsWithFullStop(text) && !text.contains("。")
                && SourceLine.glued(text).isEmpty() && !Byline.is(text);
    }

    /** Non-blank, non-stray lines with the number of blank lines before each. */
    private List<Unit> units(List<Line> lines) {
        List<Unit> units = new ArrayList<>();
        int gap = 0;
        for (Line l : lines) {
            switch (l.kind()) {
                case BLANK -> gap++;
                case STRAY -> {
                    strayLines++;
                    warnings.add(new ParseWarning(l.number(), "stray line '" + l.text() + "' dropped"));
                }
                case PAGE_INFO -> {
                    String outlet = PageInfoLine.parse(l.text()).orElseThrow().source();
                    if (outlet != null) {
                        pageSources.put(l.number(), outlet);
                    }
                    warnings.add(new ParseWarning(l.number(), "web page information '" + l.text() + "' dropped"));
                }
                default -> {
                    units.add(new Unit(l, units.isEmpty() ? 0 : gap));
                    gap = 0;
                }
            }
        }
        return units;
    }

    /** The most common number of blank lines between paragraphs: the report's normal spacing. */
    private static int usualGap(List<Unit> units) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (Unit u : units) {
            counts.merge(u.gap, 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(1);
    }

    private record Unit(Line line, int gap) {}

    private static final class Draft {
        String title;
        String kicker;
        String rubric;
        String section;
        String source;
        int line;
        boolean closed;
        final List<BodyLine> body = new ArrayList<>();
        final List<String> captions = new ArrayList<>();
    }
}
