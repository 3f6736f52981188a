package org.swbulletin.render;

import org.swbulletin.Lang;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One HTML page to write: where, with which template and model.
 *
 * @param lang     its language
 * @param rel      its path inside the language's tree ({@code articles/x/}, {@code 404.html})
 * @param template the template name relative to {@code templates/}
 * @param plan     makes the template's data; article pages make theirs only when rendered, so that memory never holds
 *                 every page's model at once and a model dies young, cheap for the garbage collector
 * @param listed   false for pages kept out of the sitemap (404)
 */
public record Page(Lang lang, String rel, String template, Supplier<Map<String, Object>> plan, boolean listed) {
    /** The template's data, made now; call once per rendering. */
    public Map<String, Object> model() {
        return plan.get();
    }

    /** The output file relative to the site directory. */
    public String file() {
        return Urls.file(lang, rel);
    }
}
