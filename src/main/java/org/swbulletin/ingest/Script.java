package org.swbulletin.ingest;

/** The script a report was written in: the site is Simplified, so a Traditional report is converted on import. */
public enum Script {
    /** Simplified characters, as on the mainland: imported as they are. */
    SIMPLIFIED,
    /** Traditional characters (Hong Kong, Taiwan, or a converted copy): converted to Simplified on import. */
    TRADITIONAL,
    /**
     * Simplified with passages in Traditional characters (an article copied from a Traditional page into a Simplified
     * digest): those lines are converted on import, the rest left as it is.
     */
    MIXED
}
