package org.swbulletin;

/** The two languages of the site: Chinese at the root, English under {@code /en/}. */
public enum Lang {
    /** Simplified Chinese, the original language of every article. */
    ZH("zh", "zh-CN", "", "zh_CN"),
    /** English: translations where editors wrote them, English metadata everywhere. */
    EN("en", "en", "en/", "en_US");

    private final String code;
    private final String htmlLang;
    private final String prefix;
    private final String ogLocale;

    Lang(String code, String htmlLang, String prefix, String ogLocale) {
        this.code = code;
        this.htmlLang = htmlLang;
        this.prefix = prefix;
        this.ogLocale = ogLocale;
    }

    /** Short code used in file names and front matter ({@code zh}, {@code en}). */
    public String code() { return code; }

    /** BCP 47 tag for {@code lang} and {@code hreflang} attributes. */
    public String htmlLang() { return htmlLang; }

    /** Path prefix of this language's tree inside the site, empty or ending with {@code /}. */
    public String prefix() { return prefix; }

    /** Locale in Open Graph form. */
    public String ogLocale() { return ogLocale; }

    /** The other language, for switchers and alternates. */
    public Lang other() { return this == ZH ? EN : ZH; }
}
