/**
 * The command line: picocli commands ({@code import}, {@code retag}, {@code build}, {@code check},
 * {@code translate}, {@code serve}, {@code bench}) that wire the stages together, their shared options, the exit codes
 * and the short-run child JVM. It is the last stage and may use every other one, and the {@code bench} tool.
 */
package org.swbulletin.cli;
