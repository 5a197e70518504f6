package cn.gongkai.domain.port;

import cn.gongkai.domain.budget.TableKind;
import cn.gongkai.domain.model.Section;

/**
 * A part of the printed disclosure that the editor shows one at a time: a section's text, one of the 公开表, the
 * 绩效目标表 — where the live preview turns to. The printed layout marks where each begins.
 */
public sealed interface PagePart {
    /** The cover and the title: where 基本信息 (unit, year, dates) is printed. */
    record Front() implements PagePart {
        @Override
        public String label() {
            return "封面";
        }
    }

    /** A section's printed text (in today's template, the paragraphs of the 情况说明 the section's form writes). */
    record Of(Section section) implements PagePart {
        @Override
        public String label() {
            return section.heading();
        }
    }

    /** One of the standard tables. */
    record Table(TableKind kind) implements PagePart {
        @Override
        public String label() {
            return "表" + kind.number() + " " + kind.title();
        }
    }

    /** The 绩效目标表 (the performance tree as printed). */
    record PerformanceTable() implements PagePart {
        @Override
        public String label() {
            return "绩效目标表";
        }
    }

    /** What the preview's status line calls the part. */
    String label();

    static PagePart of(Section s) {
        return new Of(s);
    }
}
