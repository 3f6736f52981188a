/**
 * Render: turns articles into pages. It indexes the site (by date, province, theme and report), plans every page's
 * model in both languages, renders Markdown bodies, summaries and SVG charts, and runs the FreeMarker templates with
 * the UI strings of {@code templates/i18n/}. It may use {@code ingest}, {@code enrich} and {@code content}, and
 * leaves writing the site to {@code site}.
 */
package org.swbulletin.render;
