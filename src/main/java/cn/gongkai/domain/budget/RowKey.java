package cn.gongkai.domain.budget;

import java.util.Objects;
import java.util.function.Function;

/** What a row of a budget table is: a subject (科目, by classification and code) or one of the fixed lines. */
public sealed interface RowKey permits RowKey.Subject, RowKey.Line {
    <R> R fold(Function<Subject, R> subject, Function<Line, R> line);

    /** A stable text for the store and the exchange file: "F2010101", "E30101", "L:TOTAL". */
    String id();

    static RowKey parse(String id) {
        if (id.startsWith("L:")) {
            return new Line(BudgetLine.valueOf(id.substring(2)));
        }
        Classification c = switch (id.isEmpty() ? ' ' : id.charAt(0)) {
            case 'F' -> Classification.FUNCTION;
            case 'E' -> Classification.ECONOMIC;
            default -> throw new IllegalArgumentException("未知的表格行：" + id);
        };
        return new Subject(c, id.substring(1));
    }

    /** A subject row: 2010101 行政运行. */
    record Subject(Classification classification, String code) implements RowKey {
        public Subject {
            Objects.requireNonNull(classification, "classification");
            if (!classification.isCode(code)) {
                throw new IllegalArgumentException("“" + code + "”不是" + classification.label() + "的科目编码");
            }
        }

        public int level() {
            return classification.level(code);
        }

        @Override
        public <R> R fold(Function<Subject, R> subject, Function<Line, R> line) {
            return subject.apply(this);
        }

        @Override
        public String id() {
            return (classification == Classification.FUNCTION ? "F" : "E") + code;
        }
    }

    /** A fixed line: 本年收入合计, 合计, 本年预算数 … */
    record Line(BudgetLine line) implements RowKey {
        public Line {
            Objects.requireNonNull(line, "line");
        }

        @Override
        public <R> R fold(Function<Subject, R> subject, Function<Line, R> line) {
            return line.apply(this);
        }

        @Override
        public String id() {
            return "L:" + line.name();
        }
    }
}
