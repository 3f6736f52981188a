package org.swbulletin.bench;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.swbulletin.enrich.Figure;

/** Chinese and English sentences in the register of the bulletin's reports, for synthetic benchmark corpora. */
final class SyntheticText {
    private static final String[] ORGS = {"民政局", "委社会工作部", "社会工作联合会", "社会工作协会", "社工服务中心",
        "团委", "妇联", "司法局", "残联", "卫生健康委"};
    private static final String[] ACTIONS = {"召开社会工作推进会", "举办社工人才培训班", "开展专题调研", "启动社工宣传周活动",
        "组织专业督导", "签署战略合作协议", "发布工作方案", "开展志愿服务活动", "建立五社联动机制", "推进社工站建设"};
    private static final String[] OBJECTS = {"社会工作人才队伍建设", "基层治理能力", "困境儿童关爱服务", "老年人照护服务",
        "禁毒社会工作", "五社联动机制", "乡村振兴", "社会心理服务体系", "医务社会工作", "学校社会工作", "志愿服务体系"};
    private static final String[] OPENERS = {"近日,", "据了解,", "会上,", "与此同时,", "下一步,", "据悉,", "今年以来,", ""};
    private static final String[] GOALS = {"进行深入交流", "作出全面部署", "凝聚各方力量", "提升专业服务水平",
        "探索本土化路径", "推动资源共享与协同育人"};
    private static final String[] QUALITIES = {"推进基层治理现代化", "保障和改善民生", "促进社会和谐稳定", "服务群众"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "马", "彭"};
    private static final String[] GIVEN = {"东", "涛", "伟", "芳", "娟", "雄雄", "俊山", "红亮", "小霞", "建国", "丽"};
    private static final String[][] FIGURES = {{"社工站", "个"}, {"持证社工", "人"}, {"社会工作服务机构", "家"},
        {"志愿者", "名"}, {"专职督导人员", "名"}, {"服务对象", "人次"}, {"专项资金", "万元"}};
    private static final String[] QUALIFIERS = {"余", "近", "超过", null, null};
    private static final String[] SECTIONS = {"聚焦社会工作人才队伍建设", "地方动态", "基层实践", "交流合作"};
    private static final String[] EN = {"The meeting reviewed progress on %s and set out the work for the coming year.",
        "Officials said that %s is an important step in improving services for residents.",
        "Social workers, volunteers and community representatives took part in the activities.",
        "The programme will train local staff and share experience across the region.",
        "Participants discussed how to make %s more professional and closer to people's needs."};

    private final Random random;

    SyntheticText(Random random) {
        this.random = random;
    }

    String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    String person() {
        return pick(SURNAMES) + pick(GIVEN);
    }

    String title(String place) {
        return switch (random.nextInt(3)) {
            case 0 -> place + pick(ACTIONS);
            case 1 -> place + ":" + "创新" + pick(OBJECTS) + " 推进社会工作高质量发展";
            default -> "聚焦" + pick(OBJECTS) + " " + place + pick(ACTIONS);
        };
    }

    String kicker() {
        return pick(OBJECTS) + "迈出新步伐";
    }

    String section() {
        return pick(SECTIONS);
    }

    String subheading() {
        return "坚持" + pick(new String[] {"创新机制", "夯实基础", "多措并举", "党建引领"}) + ",全面提升" + pick(OBJECTS)
                + "质效";
    }

    String sentence(String place, List<String> cues) {
        return switch (random.nextInt(4)) {
            case 0 -> pick(OPENERS) + place + pick(ORGS) + pick(ACTIONS) + ",围绕" + pick(OBJECTS) + pick(GOALS) + "。";
            case 1 -> person() + "表示," + pick(OBJECTS) + "是" + pick(QUALITIES) + "的重要举措,要持续深化"
                    + (cues.isEmpty() ? pick(OBJECTS) : pick(cues)) + "工作。";
            case 2 -> pick(OPENERS) + "活动现场,社区居民、社工、志愿者及社会组织代表等积极参与,"
                    + (cues.isEmpty() ? "" : pick(cues)) + "工作取得新进展。";
            default -> "各地将围绕" + pick(OBJECTS) + ",通过定向培养、实习实践、岗位对接等方式," + pick(GOALS) + "。";
        };
    }

    /** A sentence stating a figure, and the figure as enrich would extract it. */
    Figure figure(String place) {
        String[] f = FIGURES[random.nextInt(FIGURES.length)];
        String qualifier = pick(QUALIFIERS);
        String written;
        BigDecimal value;
        if (random.nextInt(4) == 0) {
            int tenths = 11 + random.nextInt(90);
            written = (tenths / 10) + "." + (tenths % 10) + "万";
            value = BigDecimal.valueOf(tenths * 1000L);
        } else {
            int n = 12 + random.nextInt(3000);
            written = String.valueOf(n);
            value = BigDecimal.valueOf(n);
        }
        String text = (qualifier == null || qualifier.equals("余") ? "" : qualifier) + written
                + ("余".equals(qualifier) ? "余" : "") + f[1];
        String phrase = "全市已建成" + f[0] + text;
        if (f[0].equals("持证社工") || f[0].equals("志愿者")) {
            phrase = place + f[0] + "总数达" + text;
        }
        return new Figure(f[0], value, f[1], qualifier, phrase);
    }

    String caption(String place) {
        return "图为" + place + pick(ACTIONS) + "现场";
    }

    String englishSentence(String topic) {
        return String.format(pick(EN), topic);
    }
}
