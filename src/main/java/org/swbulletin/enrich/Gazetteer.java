package org.swbulletin.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * China's provincial, prefecture and county-level divisions, with Chinese and English names.
 *
 * <p>Loaded from {@code gazetteer.tsv} beside this class (see {@code GAZETTEER.md} there for its origin). Columns:
 * code, parent code, level, full name, short name, English name, slug.
 */
public final class Gazetteer {
    private static volatile Gazetteer bundled;

    private final Map<String, Division> byCode = new LinkedHashMap<>();
    private final Map<String, List<Division>> byName = new HashMap<>();
    private final Map<Division.Level, Map<String, Division>> byShort = new HashMap<>();
    private final Map<Division.Level, Map<String, Division>> bySlug = new HashMap<>();

    private Gazetteer(List<Division> divisions) {
        for (Division.Level level : Division.Level.values()) {
            byShort.put(level, new HashMap<>());
            bySlug.put(level, new HashMap<>());
        }
        for (Division d : divisions) {
            byCode.put(d.code(), d);
            byName.computeIfAbsent(d.name(), k -> new ArrayList<>()).add(d);
            if (!d.shortName().equals(d.name())) {
                byName.computeIfAbsent(d.shortName(), k -> new ArrayList<>()).add(d);
            }
            byShort.get(d.level()).putIfAbsent(d.shortName(), d);
            bySlug.get(d.level()).putIfAbsent(d.slug(), d);
        }
    }

    /** The gazetteer bundled with the tool, loaded once. */
    public static Gazetteer bundled() {
        Gazetteer g = bundled;
        if (g == null) {
            synchronized (Gazetteer.class) {
                g = bundled;
                if (g == null) {
                    try (InputStream in = Gazetteer.class.getResourceAsStream("gazetteer.tsv")) {
                        if (in == null) {
                            throw new IllegalStateException("gazetteer.tsv missing from the classpath");
                        }
                        g = read(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read the bundled gazetteer", e);
                    }
                    bundled = g;
                }
            }
        }
        return g;
    }

    /**
     * Reads a gazetteer in the TSV form described above; lines starting with {@code #} are comments.
     *
     * @throws IllegalArgumentException naming the line of a malformed row
     */
    public static Gazetteer read(InputStream in) throws IOException {
        List<Division> list = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 7) {
                throw new IllegalArgumentException("gazetteer line " + n + ": expected 7 columns, found " + f.length);
            }
            list.add(new Division(f[0], f[1], Division.Level.valueOf(f[2].toUpperCase(java.util.Locale.ROOT)),
                    f[3], f[4], f[5], f[6]));
        }
        return new Gazetteer(list);
    }

    /** All divisions, in the file's order. */
    public Collection<Division> all() {
        return Collections.unmodifiableCollection(byCode.values());
    }

    /** The division with this code. */
    public Optional<Division> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Every division whose full or short name is exactly this. */
    public List<Division> named(String name) {
        return byName.getOrDefault(name, List.of());
    }

    /** The provincial-level division with this short name ({@code 甘肃}) or full name. */
    public Optional<Division> province(String name) {
        return level(Division.Level.PROVINCE, name);
    }

    /** The prefecture-level division with this short or full name. */
    public Optional<Division> prefecture(String name) {
        return level(Division.Level.PREFECTURE, name);
    }

    private Optional<Division> level(Division.Level level, String name) {
        Division d = byShort.get(level).get(name);
        if (d != null) {
            return Optional.of(d);
        }
        return named(name).stream().filter(x -> x.level() == level).findFirst();
    }

    /** The division of this level with this slug. */
    public Optional<Division> bySlug(Division.Level level, String slug) {
        return Optional.ofNullable(bySlug.get(level).get(slug));
    }

    /** The parent division, if any. */
    public Optional<Division> parent(Division d) {
        return d.parent().isEmpty() ? Optional.empty() : byCode(d.parent());
    }

    /** The provincial-level division a division lies in (itself for a province). */
    public Division provinceOf(Division d) {
        Division cur = d;
        while (cur.level() != Division.Level.PROVINCE) {
            Optional<Division> p = parent(cur);
            if (p.isEmpty()) {
                return cur;
            }
            cur = p.get();
        }
        return cur;
    }

    /** All provincial-level divisions, in code order. */
    public List<Division> provinces() {
        return byCode.values().stream().filter(d -> d.level() == Division.Level.PROVINCE).toList();
    }
}
