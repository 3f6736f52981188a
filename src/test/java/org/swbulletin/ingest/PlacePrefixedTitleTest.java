package org.swbulletin.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlacePrefixedTitleTest {

    @Test
    void aTitleOpenedByAPlaceAndAColonIsRecognised() {
        assertTrue(PlacePrefixedTitle.is("西藏拉萨:首批社工机构成立"));
        assertTrue(PlacePrefixedTitle.is("湖北石首：首家乡镇社工站揭牌"));
        assertTrue(PlacePrefixedTitle.is("海淀区：社工进社区"));
        assertTrue(PlacePrefixedTitle.is("内蒙古：首届社会工作论坛举办"));
    }

    @Test
    void subheadingsAndSentencesAreNot() {
        assertFalse(PlacePrefixedTitle.is("一是加强组织领导"));
        assertFalse(PlacePrefixedTitle.is("工作目标：全覆盖"));
        assertFalse(PlacePrefixedTitle.is("西宁市：社工站建成,服务群众"));
        assertFalse(PlacePrefixedTitle.is("北京：好"));
    }
}
