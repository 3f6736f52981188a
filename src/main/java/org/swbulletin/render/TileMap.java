package org.swbulletin.render;

import org.swbulletin.Lang;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.swbulletin.enrich.Division;

/**
 * The province tile map: every provincial-level division a square in its rough geographic place, shaded by article
 * count and linked to its page, drawn as inline SVG at build time.
 */
public final class TileMap {
    /** Where a division's tile stands and how it is abbreviated. */
    public record Tile(int column, int row, String zh, String en) {}

    static final int SIZE = 44;
    /**
     * Font size of a tile's two lines, in the map's units. The map shrinks with its box, down to 288 px wide for 432
     * units at a 320 px screen: 18 units is 12 CSS px there, the least a reader should get.
     */
    static final int FONT = 18;
    /** Font size of an English tile's name where the map is drawn wide (see the stylesheet). */
    static final int NAME_FONT = 7;
    static final int GAP = 4;

    private final Map<String, Tile> tiles;

    /** A map over the given tiles, by division code. */
    public TileMap(Map<String, Tile> tiles) {
        this.tiles = Collections.unmodifiableMap(new LinkedHashMap<>(tiles));
    }

    /** The grid bundled with the tool ({@code province-tiles.tsv} beside this class). */
    public static TileMap bundled() {
        try (InputStream in = TileMap.class.getResourceAsStream("province-tiles.tsv")) {
            if (in == null) {
                throw new IllegalStateException("province-tiles.tsv missing from the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the province tile grid", e);
        }
    }

    /** Reads a grid: code, column, row, zh and en abbreviations, tab-separated; {@code #} starts a comment line. */
    public static TileMap read(InputStream in) throws IOException {
        Map<String, Tile> tiles = new LinkedHashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 5) {
                throw new IllegalArgumentException("province-tiles.tsv line " + n + ": expected 5 columns");
            }
            tiles.put(f[0], new Tile(Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[3], f[4]));
        }
        return new TileMap(tiles);
    }

    /** Tiles by division code. */
    public Map<String, Tile> tiles() {
        return tiles;
    }

    /**
     * The SVG markup.
     *
     * @param counts   article count per division, in the order to draw; divisions without a tile are skipped
     * @param links    URL of each division's page
     * @param names    each division's name in the page's language, for the tooltip
     * @param label    the map's accessible name
     */
    public String svg(Lang lang, Map<Division, Integer> counts, Map<Division, String> links,
                      Map<Division, String> names, String label) {
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        int cols = tiles.values().stream().mapToInt(Tile::column).max().orElse(0) + 1;
        int rows = tiles.values().stream().mapToInt(Tile::row).max().orElse(0) + 1;
        int step = SIZE + GAP;
        StringBuilder s = new StringBuilder(8192);
        s.append("<svg class=\"tilemap\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(cols * step).append(' ').append(rows * step).append("\" aria-label=\"")
                .append(XmlText.escape(label)).append("\">");
        for (Map.Entry<Division, Integer> e : counts.entrySet()) {
            Tile t = tiles.get(e.getKey().code());
            if (t == null) {
                continue;
            }
            int count = e.getValue();
            int x = t.column() * step;
            int y = t.row() * step;
            String fill = Svg.shade(count, max);
            String text = count * 2 > max && count > 0 ? "#ffffff" : "#1d2b36";
            s.append("<a href=\"").append(XmlText.escape(links.get(e.getKey()))).append("\"><title>")
                    .append(XmlText.escape(names.get(e.getKey()))).append(": ").append(count).append("</title>")
                    .append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(SIZE)
                    .append("\" height=\"").append(SIZE).append("\" rx=\"4\" fill=\"").append(fill).append("\"/>")
                    .append("<text class=\"code\" x=\"").append(x + SIZE / 2).append("\" y=\"").append(y + 19)
                    .append("\" text-anchor=\"middle\" font-size=\"").append(FONT)
                    .append("\" fill=\"").append(text).append("\">")
                    .append(XmlText.escape(lang == Lang.ZH ? t.zh() : t.en())).append("</text>");
            if (lang == Lang.EN) {
                name(s, names.get(e.getKey()), x + SIZE / 2, y, text);
            }
            s.append("<text class=\"count\" x=\"").append(x + SIZE / 2).append("\" y=\"").append(y + SIZE - 5)
                    .append("\" text-anchor=\"middle\" font-size=\"").append(FONT).append("\" fill=\"").append(text).append("\">")
                    .append(count).append("</text></a>");
        }
        return s.append("</svg>").toString();
    }

    /**
     * A tile's English name in small type, on two lines when long ({@code Inner / Mongolia}, {@code Heilong- / jiang}).
     * The stylesheet shows it instead of the two-letter code only where the map is drawn wide enough for
     * {@value #NAME_FONT} units to be 12 CSS px; two-letter codes like HA or SN mean little to most readers.
     */
    private static void name(StringBuilder s, String name, int cx, int y, String fill) {
        List<String> lines;
        int space = name.indexOf(' ');
        if (space > 0) {
            lines = List.of(name.substring(0, space), name.substring(space + 1));
        } else if (name.length() > 9) {
            lines = List.of(name.substring(0, 7) + "-", name.substring(7));
        } else {
            lines = List.of(name);
        }
        s.append("<text class=\"name\" text-anchor=\"middle\" font-size=\"").append(NAME_FONT)
                .append("\" fill=\"").append(fill).append("\">");
        int line = lines.size() == 1 ? y + 18 : y + 13;
        for (String l : lines) {
            s.append("<tspan x=\"").append(cx).append("\" y=\"").append(line).append("\">").append(XmlText.escape(l))
                    .append("</tspan>");
            line += 9;
        }
        s.append("</text>");
    }
}
