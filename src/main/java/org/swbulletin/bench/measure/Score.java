package org.swbulletin.bench.measure;

/**
 * Counts behind a precision and a recall: items the importer got right, items it produced, items the annotation holds.
 *
 * @param right    produced items that match the annotation
 * @param produced all items the importer produced
 * @param expected all items the annotation holds
 */
public record Score(int right, int produced, int expected) {
    /** Nothing counted yet. */
    public static final Score NONE = new Score(0, 0, 0);

    /** Both counts added up. */
    public Score plus(Score o) {
        return new Score(right + o.right, produced + o.produced, expected + o.expected);
    }

    /** Right over produced; 1 when nothing was produced. */
    public double precision() {
        return produced == 0 ? 1 : (double) right / produced;
    }

    /** Right over expected; 1 when nothing was expected. */
    public double recall() {
        return expected == 0 ? 1 : (double) right / expected;
    }
}
