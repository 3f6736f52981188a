/**
 * The vocabulary every stage shares: {@link org.swbulletin.Lang}, {@link org.swbulletin.InvalidInputException} (the
 * base of each stage's input errors) and {@link org.swbulletin.Diagnostic} (one finding, printed as
 * {@code file:line: message}). It uses no stage, and every stage may use it.
 *
 * <p>The stages are packages through which data flows one way: {@code ingest → enrich → content → render → site},
 * wired by {@code cli}; a stage may use only the stages to its left. {@code bench} is a tool, not a stage.
 */
package org.swbulletin;
