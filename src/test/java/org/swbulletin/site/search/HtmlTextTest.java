package org.swbulletin.site.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTextTest {
    @Test
    void theFirstBlockIsTheLeadAndTheOthersAreTheBodyOneALine() {
        HtmlText.LeadAndBody t = HtmlText.leadAndBody(
                "<p> 3月12日，甘肃召开会议。 </p>\n<h2>背景</h2><p>第一段<br>第二行</p><ul><li>一</li><li></li></ul>");
        assertEquals("3月12日，甘肃召开会议。", t.lead());
        assertEquals("背景\n第一段\n第二行\n一", t.body());
    }

    @Test
    void entitiesAreReadOnceEachAndAnEscapedAmpersandStaysEscapedText() {
        HtmlText.LeadAndBody t = HtmlText.leadAndBody("<p>a &lt;b&gt; &quot;c&quot; &#39;d&#39;&nbsp;e &amp;lt; f</p>");
        assertEquals("a <b> \"c\" 'd' e &lt; f", t.lead());
        assertEquals("", t.body());
    }

    @Test
    void aBodyWithNoTextHasAnEmptyLead() {
        assertEquals(new HtmlText.LeadAndBody("", ""), HtmlText.leadAndBody("<p>  </p><p></p>"));
    }
}
