package org.swbulletin.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swbulletin.enrich.Glossary;
import org.swbulletin.enrich.ThemeTaxonomy;

class TranslationDraftTest {
    @TempDir
    Path tmp;
    Path content;
    TranslationDraft drafter;
    Article wuwei;

    @BeforeEach
    void load() throws IOException {
        content = Fixtures.validContent(tmp);
        drafter = new TranslationDraft(Fixtures.gazetteer(), ThemeTaxonomy.load(content), Glossary.load(content));
        Path file = content.resolve("000_r1/wuwei-stations.md");
        wuwei = FrontMatter.parse(Files.readString(file), Path.of("000_r1/wuwei-stations.md"));
    }

    @Test
    void composesAWorkingTitleFromPlaceAndThemes() {
        assertEquals("Wuwei, Gansu: Social work stations and volunteering", drafter.workingTitle(wuwei));
        assertEquals("China: Social work stations and volunteering",
                drafter.workingTitle(wuwei.toBuilder().provinces(List.of()).cities(List.of()).build()));
        assertEquals("Social work news from Gansu",
                drafter.workingTitle(wuwei.toBuilder().cities(List.of()).themes(List.of()).build()));
    }

    @Test
    void prefersTheEditorsEnglishTitle() {
        assertEquals("Every town in Wuwei has a station",
                drafter.workingTitle(wuwei.toBuilder().titleEn("Every town in Wuwei has a station").build()));
    }

    @Test
    void prefillsTheEnglishKickerAndRubricFromTheArticleAndTheRubricGlossary() {
        TranslationDraft withRubrics = new TranslationDraft(Fixtures.gazetteer(), ThemeTaxonomy.load(content),
                new Glossary(java.util.Map.of(), java.util.Map.of(), java.util.Map.of("工作动态", "News in brief"),
                        java.util.Map.of()));
        Article zh = wuwei.toBuilder().kicker("甘肃武威:").set(ArticleSchema.KICKER_EN, "Wuwei, Gansu:")
                .section("工作动态").build();
        Article draft = withRubrics.draft(zh);
        assertEquals("Wuwei, Gansu:", draft.kicker());
        assertEquals("News in brief", draft.sectionEn());
        assertEquals("Own rubric", withRubrics.draft(zh.toBuilder().set(ArticleSchema.SECTION_EN, "Own rubric")
                .build()).sectionEn());
    }

    @Test
    void listsTheTermsFoundInTheArticleThenItsPlacesThemesAndOutlet() {
        assertEquals(List.of("社工站", "持证社工", "志愿服务", "甘肃", "武威", "社工站建设", "甘肃日报"),
                List.copyOf(drafter.glossaryFor(wuwei).keySet()));
        assertEquals("Gansu Daily", drafter.glossaryFor(wuwei).get("甘肃日报"));
        assertEquals("Wuwei", drafter.glossaryFor(wuwei).get("武威"));
    }

    @Test
    void fallsBackToPinyinForAnOutletNotInTheGlossary() {
        String outlet = drafter.glossaryFor(wuwei.toBuilder().source("武威日报").build()).get("武威日报");
        assertTrue(outlet.startsWith("Wu Wei Ri Bao"), outlet);
    }

    @Test
    void draftsAnEnglishFileWithFingerprintNotesAndTheChineseToTranslate() {
        Article en = drafter.draft(wuwei);
        assertEquals("wuwei-stations", en.id());
        assertEquals("en", en.lang());
        assertEquals(List.of("000_r1"), en.reports());
        assertEquals(Fingerprint.of(wuwei), en.sourceFingerprint());
        assertFalse(Fingerprint.isStale(wuwei, en));
        String body = en.body();
        assertTrue(body.startsWith(TranslationDraft.NOTES_HEADING + "\n\nChinese title: 武威市社工站实现全覆盖\n\n"
                + "Chinese kicker: 夯实基层服务 (its English goes in kicker:)\n\nTerms in this article:\n\n- 社工站: social work stations\n"), body);
        assertTrue(body.contains(TranslationDraft.SOURCE_HEADING + "\n\n全市建成社工站98个"), body);
        assertTrue(body.indexOf(TranslationDraft.NOTES_HEADING) < body.indexOf(TranslationDraft.SOURCE_HEADING));
    }

    @Test
    void draftReadsBackThroughFrontMatterAsTheSameTranslation() {
        Article en = drafter.draft(wuwei);
        String text = FrontMatter.write(en);
        Article back = FrontMatter.parse(text, Path.of("000_r1/wuwei-stations.en.md"));
        assertEquals(en.sourceFingerprint(), back.sourceFingerprint());
        assertEquals(en.title(), back.title());
        assertTrue(back.isTranslation());
        assertTrue(text.contains("\nsource_fingerprint: " + Fingerprint.of(wuwei) + "\n"), text);
    }

    @Test
    void listsTheCaptionsForTheTranslatorBecauseTheyLiveOutsideTheBody() {
        String body = drafter.draft(wuwei.toBuilder().captions(List.of("揭牌仪式现场")).build()).body();
        assertTrue(body.contains("Chinese captions (translate each into a 'captions:' list in the front matter):\n\n"
                + "- 揭牌仪式现场\n"), body);
        assertFalse(drafter.draft(wuwei).body().contains("Chinese captions"));
    }
}
