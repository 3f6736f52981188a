package org.swbulletin.render;

import java.util.List;

/**
 * An article in a list: computed once per language and shared by every list that shows it.
 *
 * @param url         root-relative URL of the article page
 * @param title       the title in the page's language (a composed one for an untranslated article in English)
 * @param titleLang   the title's language tag when it differs from the page's, else null
 * @param kicker      the kicker, or null
 * @param date        the date for display
 * @param dateIso     the date for {@code datetime}, or null when undated
 * @param places      province and city links (a city links to its province page)
 * @param themes      theme links
 * @param summary     the opening of the text
 * @param pending     true on an English page of an article not yet translated
 * @param minutes     reading time in minutes
 */
public record Card(String url, String title, String titleLang, String kicker, String date,
                   String dateIso, List<Link> places, List<Link> themes, String summary,
                   boolean pending, int minutes) {}
