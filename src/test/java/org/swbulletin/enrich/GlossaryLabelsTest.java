package org.swbulletin.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled glossary keeps labels apart that mean different things, and gives synonyms one label, so that statistics
 * count a thing once and never merge two things.
 */
class GlossaryLabelsTest {
    private static final Glossary GLOSSARY = EditorDataDefaults.glossary(java.nio.file.Path.of("target/no-content"));

    @Test
    void termsThatMeanDifferentThingsKeepDifferentEnglishLabels() {
        List<List<String>> distinct = List.of(
                List.of("社工站", "社工室", "社工点", "社工服务中心", "社工指导中心"),
                List.of("社工", "助理社会工作者", "高级社会工作者", "社区工作者", "持证社工", "专职社会工作者"),
                List.of("专职人员", "专职社会工作者", "专职督导人员", "督导人员", "管理人员"),
                List.of("志愿者", "志愿服务项目", "志愿者服务队", "社区志愿者分会"),
                List.of("社会工作专业硕士点", "社会工作专业博士点", "社会工作专业人才基地", "高等院校"));
        for (List<String> group : distinct) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    assertNotEquals(GLOSSARY.term(group.get(i)).orElseThrow(), GLOSSARY.term(group.get(j)).orElseThrow(),
                            group.get(i) + " and " + group.get(j));
                }
            }
        }
    }

    @Test
    void synonymsShareOneLabel() {
        List<List<String>> synonyms = List.of(List.of("社工", "社会工作者"), List.of("社工服务机构", "社会工作服务机构"),
                List.of("社工人才", "社会工作人才"));
        for (List<String> s : synonyms) {
            assertEquals(GLOSSARY.term(s.get(0)), GLOSSARY.term(s.get(1)), s.toString());
        }
    }

    @Test
    void aLabelWithoutATermIsComposedFromTheGlossarysWords() {
        TermEnglish labels = new TermEnglish(GLOSSARY);
        assertEquals("county-level social work stations", labels.of("县级社工站"));
        assertEquals("full-time social work supervisors", labels.of("专职社工督导"));
        assertEquals("outstanding volunteer teams", labels.of("优秀志愿服务队"));
    }

    @Test
    void aListLabelIsPutIntoEnglishItemByItem() {
        TermEnglish labels = new TermEnglish(GLOSSARY);
        assertEquals("social workers, volunteers and well-wishers", labels.of("社工、志愿者、爱心人士"));
    }
}
