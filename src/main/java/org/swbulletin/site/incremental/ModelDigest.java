package org.swbulletin.site.incremental;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.swbulletin.content.Article;
import org.swbulletin.content.ArticleField;
import org.swbulletin.content.ArticleSchema;

/**
 * An MD5 fingerprint of a page's template model: exactly the data its template can read.
 *
 * <p>Two models with the same fingerprint render to the same bytes through the same templates, so an incremental build
 * can skip a page whose fingerprint did not change. Values shared by many pages (the sidebar, article cards, the
 * strings table) are fingerprinted once per build and then fed to each page as their digest. A value of a type
 * this class does not know makes {@link #of} throw, so an unknown model is re-rendered rather than wrongly skipped.
 * One instance per thread.
 */
final class ModelDigest {
    /**
     * Bytes in a fingerprint. MD5, not SHA-256: a rebuild after a new report fingerprints every page (29,000 at 10,000
     * articles, 200 MB of model), and the short-run JVM ({@code ShortRunJvm}) runs without C2, whose SHA-256
     * intrinsic is all that makes SHA-256 fast; compiled by C1, MD5 hashes three times as fast and cut that rebuild
     * by about 15 %. A fingerprint only has to tell a changed page from the same page: a collision would take two
     * versions of one page's text crafted together, and all it could buy is that page left stale until its next
     * change (bodies, which could hold markup, enter as SHA-256 digests of their cache key).
     */
    static final int LENGTH = 16;
    private static final Map<Class<?>, Method[]> RECORD_ACCESSORS = new ConcurrentHashMap<>();
    /** Lists and maps at least this large are digested once and memoised; smaller ones are fed inline. */
    private static final int SHARED_SIZE = 8;
    /**
     * The memo is emptied when it holds this many values: it also meets values made for one page only (its metadata,
     * its JSON-LD), and keeping those for the whole build would keep them from the garbage collector.
     */
    private static final int MEMO_LIMIT = 4096;

    /** Minimum length of a string worth looking up among the known texts. */
    private static final int KNOWN_LENGTH = 64;

    private final Map<Object, byte[]> memo = new IdentityHashMap<>();
    private final Map<String, byte[]> known;
    private final Lasting lasting;
    private final List<Sink> spare = new ArrayList<>();

    /** A digest that fingerprints every string in full. */
    ModelDigest() {
        this(Map.of());
    }

    /**
     * A digest that feeds the given texts (by identity) as their digests: article bodies and the HTML made from them,
     * which would otherwise be hashed in full for every page that shows them.
     *
     * @param known digests of strings, keyed by identity; each must stand for its string's content (the tool's
     *              identity is in every page's salt, so an HTML body may stand by the digest of its Markdown)
     */
    ModelDigest(Map<String, byte[]> known) {
        this(known, Lasting.NONE);
    }

    /**
     * A digest that also shares, with every other digest given the same {@code lasting}, the digests of values that
     * live as long as the build (an article's card), so that each is computed once per build rather than once per
     * thread and again whenever the per-page memo is emptied.
     */
    ModelDigest(Map<String, byte[]> known, Lasting lasting) {
        this.known = known;
        this.lasting = lasting;
    }

    /**
     * Digests shared by the threads of one build, of values of the given types: only types whose instances the build
     * makes once and keeps (memoised by identity, they would otherwise keep per-page values alive).
     */
    static final class Lasting {
        static final Lasting NONE = new Lasting(java.util.Set.of());

        private final java.util.Set<Class<?>> types;
        private final Map<Object, byte[]> digests = java.util.Collections.synchronizedMap(new IdentityHashMap<>());

        Lasting(java.util.Set<Class<?>> types) {
            this.types = types;
        }
    }

    /**
     * The fingerprint of a model together with a salt (template set, tool version, page path).
     *
     * @throws IllegalArgumentException for a value this class cannot fingerprint
     */
    byte[] of(byte[] salt, Object model) {
        Sink md = sink();
        md.put(salt);
        feed(md, model);
        byte[] out = md.digest();
        spare.add(md);
        return out;
    }

    // A sink that threw midway is dropped with what it held, never reused.
    private Sink sink() {
        return spare.isEmpty() ? new Sink() : spare.remove(spare.size() - 1);
    }

    private byte[] shared(Object value) {
        if (lasting.types.contains(value.getClass())) {
            byte[] d = lasting.digests.get(value);
            if (d == null) {
                d = composite(value);
                lasting.digests.put(value, d);
            }
            return d;
        }
        byte[] d = memo.get(value);
        if (d == null) {
            if (memo.size() >= MEMO_LIMIT) {
                memo.clear();
            }
            d = composite(value);
            memo.put(value, d);
        }
        return d;
    }

    private byte[] composite(Object value) {
        Sink md = sink();
        feedComposite(md, value);
        byte[] d = md.digest();
        spare.add(md);
        return d;
    }

    private void feed(Sink md, Object v) {
        if (v == null) {
            md.put((byte) 'N');
        } else if (v instanceof String s) {
            md.put((byte) 'S');
            string(md, s);
        } else if (v instanceof Integer || v instanceof Long || v instanceof Boolean || v instanceof Character
                || v instanceof BigDecimal || v instanceof Short || v instanceof Byte || v instanceof Double
                || v instanceof Float || v instanceof Enum<?> || v instanceof Path) {
            md.put((byte) 'V');
            string(md, v.getClass().getName());
            string(md, v.toString());
        } else if (v instanceof TemplateHTMLOutputModel || v instanceof Article || v.getClass().isRecord()
                || (v instanceof Collection<?> c && c.size() >= SHARED_SIZE)
                || (v instanceof Map<?, ?> m && m.size() >= SHARED_SIZE)) {
            md.put((byte) 'D');
            md.put(shared(v));
        } else {
            feedComposite(md, v);
        }
    }

    private void feedComposite(Sink md, Object v) {
        if (v instanceof TemplateHTMLOutputModel markup) {
            md.put((byte) 'H');
            try {
                string(md, HTMLOutputFormat.INSTANCE.getMarkupString(markup));
            } catch (TemplateModelException e) {
                throw new IllegalArgumentException("cannot read markup", e);
            }
        } else if (v instanceof Article a) {
            md.put((byte) 'A');
            for (ArticleField<?> field : ArticleSchema.ALL) {
                feed(md, field.get(a));
            }
            feed(md, a.extra());
            feed(md, a.file() == null ? null : a.file().toString());
            feed(md, a.bodyLine());
        } else if (v.getClass().isRecord()) {
            md.put((byte) 'R');
            string(md, v.getClass().getName());
            for (Method accessor : accessors(v.getClass())) {
                try {
                    feed(md, accessor.invoke(v));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalArgumentException("cannot read " + accessor, e);
                }
            }
        } else if (v instanceof List<?> list) {
            md.put((byte) 'L');
            intValue(md, list.size());
            for (Object o : list) {
                feed(md, o);
            }
        } else if (v instanceof Map<?, ?> map) {
            md.put((byte) 'M');
            intValue(md, map.size());
            // Hash maps iterate in an order that depends on their history, not only on their content.
            List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
            entries.sort((x, y) -> String.valueOf(x.getKey()).compareTo(String.valueOf(y.getKey())));
            for (Map.Entry<?, ?> e : entries) {
                feed(md, e.getKey());
                feed(md, e.getValue());
            }
        } else {
            throw new IllegalArgumentException("cannot fingerprint a model value of type " + v.getClass().getName());
        }
    }

    private static Method[] accessors(Class<?> type) {
        return RECORD_ACCESSORS.computeIfAbsent(type, t -> {
            RecordComponent[] components = t.getRecordComponents();
            Method[] out = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                out[i] = components[i].getAccessor();
                out[i].setAccessible(true);
            }
            return out;
        });
    }

    private static void intValue(Sink md, int n) {
        md.putInt(n);
    }

    /** Feeds the length, then each char as two bytes, unless the string is a known text. */
    private void string(Sink md, String s) {
        int n = s.length();
        byte[] digest = n >= KNOWN_LENGTH ? known.get(s) : null;
        if (digest != null) {
            // A length's first byte is below 'K' for any string that can exist, so this cannot read as a string.
            md.put((byte) 'K');
            md.put(digest);
            return;
        }
        intValue(md, n);
        md.putChars(s);
    }

    /**
     * An MD5 digest fed through a buffer. A page's model is thousands of tags, lengths and short strings: written
     * into an array and handed to the digest in blocks, they cost a store each instead of a call through
     * MessageDigest's layers (fed one by one, lengths alone took 0.5 s of the 4 s spent fingerprinting 29,000 pages).
     */
    private static final class Sink {
        private final MessageDigest md;
        private final byte[] buf = new byte[8192];
        private int n;

        Sink() {
            MessageDigest d;
            try {
                d = MessageDigest.getInstance("MD5");
            } catch (NoSuchAlgorithmException e) {
                // A JDK restricted to FIPS algorithms has no MD5: SHA-256 cut to the same length does the same job.
                try {
                    d = MessageDigest.getInstance("SHA-256");
                } catch (NoSuchAlgorithmException none) {
                    throw new IllegalStateException(none);
                }
            }
            md = d;
        }

        void put(byte b) {
            if (n == buf.length) {
                flush();
            }
            buf[n++] = b;
        }

        void putInt(int v) {
            if (n + 4 > buf.length) {
                flush();
            }
            buf[n++] = (byte) (v >>> 24);
            buf[n++] = (byte) (v >>> 16);
            buf[n++] = (byte) (v >>> 8);
            buf[n++] = (byte) v;
        }

        void put(byte[] b) {
            if (b.length > buf.length - n) {
                flush();
                md.update(b);
            } else {
                System.arraycopy(b, 0, buf, n, b.length);
                n += b.length;
            }
        }

        /** Each char as two bytes, high byte first. */
        void putChars(String s) {
            for (int i = 0, len = s.length(); i < len; i++) {
                if (n + 2 > buf.length) {
                    flush();
                }
                char c = s.charAt(i);
                buf[n++] = (byte) (c >>> 8);
                buf[n++] = (byte) c;
            }
        }

        byte[] digest() {
            flush();
            byte[] d = md.digest();
            return d.length == LENGTH ? d : java.util.Arrays.copyOf(d, LENGTH);
        }

        private void flush() {
            md.update(buf, 0, n);
            n = 0;
        }
    }
}
