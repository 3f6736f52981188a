/**
 * The benchmark, a tool rather than a stage: generates a seeded synthetic corpus (articles and raw reports) and
 * measures builds and imports as child processes. It may use every stage; no stage but {@code cli}, which registers
 * the {@code bench} command, may use it, so the shipped pipeline never depends on it.
 */
package org.swbulletin.bench;
