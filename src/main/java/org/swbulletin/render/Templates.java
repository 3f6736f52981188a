package org.swbulletin.render;

import freemarker.cache.FileTemplateLoader;
import freemarker.cache.StrongCacheStorage;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.core.TemplateMarkupOutputModel;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The FreeMarker templates of a {@code templates/} directory, parsed once when the build starts and shared by all
 * threads.
 *
 * <p>{@code .ftlh} files use the HTML output format, so every {@code ${...}} is escaped; markup made by the build
 * (sanitised bodies, SVG charts, the shared sidebar) is passed as {@link #markup} values. Templates cannot create
 * Java objects or reach the Java API, and errors stop the build instead of leaving half-rendered pages.
 */
public final class Templates {
    private final Path dir;
    private final Configuration cfg;
    private final Map<String, Template> parsed = new ConcurrentHashMap<>();

    /**
     * Loads and parses every template of the directory.
     *
     * @throws TemplateLoadException naming the template and line of the first that does not parse
     */
    public Templates(Path dir) {
        this.dir = dir;
        cfg = new Configuration(Configuration.VERSION_2_3_33);
        try {
            cfg.setTemplateLoader(new FileTemplateLoader(dir.toFile()));
        } catch (IOException e) {
            throw new TemplateLoadException("cannot open templates directory " + dir + ": " + e.getMessage(), e);
        }
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setLocale(Locale.ROOT);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setLocalizedLookup(false);
        cfg.setCacheStorage(new StrongCacheStorage());
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setObjectWrapper(new RecordObjectWrapper());
        for (String name : names()) {
            parsed.put(name, load(name));
        }
    }

    private List<String> names() {
        if (!Files.isDirectory(dir)) {
            throw new TemplateLoadException("templates directory not found: " + dir, null);
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".ftlh") || p.toString().endsWith(".ftl"))
                    .map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private Template load(String name) {
        try {
            return cfg.getTemplate(name);
        } catch (freemarker.core.ParseException e) {
            throw new TemplateLoadException(dir.resolve(name) + ":" + e.getLineNumber() + ": " + e.getEditorMessage(), e);
        } catch (IOException e) {
            throw new TemplateLoadException(dir.resolve(name) + ": " + e.getMessage(), e);
        }
    }

    /** The templates directory. */
    public Path dir() {
        return dir;
    }

    /** True when the directory has this template. */
    public boolean has(String name) {
        return parsed.containsKey(name);
    }

    /**
     * Renders a template into a writer.
     *
     * @throws TemplateLoadException naming the template and line where rendering failed
     */
    public void render(String name, Object model, Writer out) {
        Template t = parsed.get(name);
        if (t == null) {
            throw new TemplateLoadException("template not found: " + dir.resolve(name), null);
        }
        try {
            t.process(model, out);
        } catch (TemplateException e) {
            String where = e.getTemplateSourceName() == null ? name : e.getTemplateSourceName();
            throw new TemplateLoadException(dir.resolve(where) + (e.getLineNumber() == null ? "" : ":"
                    + e.getLineNumber()) + ": " + firstLine(e.getMessageWithoutStackTop()), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Renders a template into a string. */
    public String render(String name, Object model) {
        StringWriter w = new StringWriter(16384);
        render(name, model, w);
        return w.toString();
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Markup made by the build, inserted into pages without escaping. */
    public static TemplateMarkupOutputModel<?> markup(String html) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(html);
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A template that does not parse or fails while rendering: the message names the file and line. */
    public static final class TemplateLoadException extends RuntimeException {
        TemplateLoadException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
