package org.swbulletin.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProductionCreditTest {

    @Test
    void aLineOfAPagesProductionCreditsIsRecognised() {
        assertTrue(ProductionCredit.is("责任编辑：王芳"));
        assertTrue(ProductionCredit.is("（责编：李四）"));
        assertTrue(ProductionCredit.is("编辑：张三 审核：李四"));
        assertTrue(ProductionCredit.is("[责任编辑:王芳 张伟]"));
        assertTrue(ProductionCredit.is("一审：张三  二审：李四  三审：王五"));
    }

    @Test
    void aBylineAndRunningTextAreNotCredits() {
        assertFalse(ProductionCredit.is("编辑 张三"));
        assertFalse(ProductionCredit.is("记者 张三"));
        assertFalse(ProductionCredit.is("审核通过的社工站共12个。"));
        assertFalse(ProductionCredit.is("校对工作由社工站负责,确保数据准确"));
    }

    @Test
    void aCreditLineIsDroppedFromTheArticle() {
        assertTrue(LineClassifier.classify(1, "责任编辑：王芳").kind() == LineKind.STRAY);
    }
}
