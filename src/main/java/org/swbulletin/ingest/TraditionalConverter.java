package org.swbulletin.ingest;

import com.github.houbb.opencc4j.core.impl.ZhConvertBootstrap;

/**
 * Converts Traditional Chinese text to Simplified with OpenCC's dictionaries, phrase by phrase: {@code 瞭解} becomes
 * {@code 了解} while {@code 乾隆} stays, which a character table cannot do.
 *
 * <p>Building the phrase dictionary takes about a second, so it happens only when the first Traditional report is met
 * (class initialisation is lazy and thread-safe), never for a Simplified one.
 */
public final class TraditionalConverter {
    private TraditionalConverter() {}

    /** The text in Simplified characters; punctuation, Latin letters, digits and line ends are kept as they are. */
    public static String toSimplified(String text) {
        return Holder.convert(text);
    }

    private static final class Holder {
        private static final ZhConvertBootstrap OPENCC = ZhConvertBootstrap.newInstance().init();

        // The library's segmenter is not documented as thread-safe, and reports parse in parallel: one at a time.
        static synchronized String convert(String text) {
            return OPENCC.toSimple(text);
        }
    }
}
