package org.swbulletin.site;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** The W3C Nu HTML Checker, set up once and run over many pages in one JVM; collects errors, ignores warnings. */
final class HtmlChecker {
    private final SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
    private final List<String> errors = new ArrayList<>();
    private String current = "";

    HtmlChecker() throws Exception {
        ErrorHandler handler = new ErrorHandler() {
            @Override public void warning(SAXParseException e) {}
            @Override public void error(SAXParseException e) { errors.add(current + ":" + e.getLineNumber() + ": " + e.getMessage()); }
            @Override public void fatalError(SAXParseException e) { error(e); }
        };
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
        validator.setUpValidatorAndParsers(handler, true, false);
    }

    /** Errors in a page given as text. */
    List<String> check(String name, String html) throws Exception {
        errors.clear();
        current = name;
        validator.checkHtmlInputSource(new InputSource(new StringReader(withoutSearchElement(html))));
        return List.copyOf(errors);
    }

    /**
     * The page with each {@code <search>} element checked as the {@code <div>} it behaves as: the checker on Maven
     * Central (20.7.2) predates the element (HTML, 2023), rejects it and skips what it holds; a div has the same
     * content model, so what the search landmark holds is still checked.
     */
    static String withoutSearchElement(String html) {
        return html.replace("<search ", "<div data-search ").replace("<search>", "<div data-search>")
                .replace("</search>", "</div>");
    }

    /** Errors in every page, named relative to the site. */
    List<String> check(Path site, List<Path> pages) throws Exception {
        List<String> all = new ArrayList<>();
        for (Path page : pages) {
            errors.clear();
            current = site.relativize(page).toString();
            InputSource source = new InputSource(new StringReader(withoutSearchElement(Files.readString(page))));
            validator.checkHtmlInputSource(source);
            all.addAll(errors);
        }
        return all;
    }
}
