package cn.gongkai.export;

import java.util.List;
import java.util.Objects;

/**
 * One block of a disclosure laid out for print, the same for every format: the PDF and the Word file are each a
 * rendering of one list of blocks ({@link DisclosureLayout}), so their content and order cannot drift apart. An
 * {@code anchor} names a block the 目录 points at (null: none).
 */
public sealed interface Block {
    /** What a renderer does with each kind of block (no defaults: a new kind fails to compile until handled). */
    interface Visitor {
        void cover(Cover b);

        void contents(Contents b);

        void page(Page b);

        void title(Title b);

        void heading(Heading b);

        void text(Text b);

        void note(Note b);

        void tableNumber(TableNumber b);

        void tableTitle(TableTitle b);

        void caption(Caption b);

        void table(Table b);

        /** Where a part the editor shows begins (nothing is printed). */
        void mark(Mark b);
    }

    void accept(Visitor v);

    /** The cover: the title a third down the page, the unit and the month of approval at its foot. */
    record Cover(String title, String unitName, String date) implements Block {
        @Override
        public void accept(Visitor v) {
            v.cover(this);
        }

    }

    /** The 目录: one line per entry (a sub-entry indented), each with the page of its anchor. */
    record Contents(List<Entry> entries) implements Block {
        @Override
        public void accept(Visitor v) {
            v.contents(this);
        }

        public record Entry(String text, String anchor, boolean sub) {
        }

        public Contents {
            entries = List.copyOf(entries);
        }
    }

    /**
     * A new page in the given orientation: always ({@code always}), or only when the orientation changes (a
     * landscape table within portrait text).
     */
    record Page(boolean landscape, boolean always) implements Block {
        @Override
        public void accept(Visitor v) {
            v.page(this);
        }

    }

    /** The document's or a part's title, centred; broken after the unit's name when it needs two lines. */
    record Title(String text, String unitName, String anchor) implements Block {
        @Override
        public void accept(Visitor v) {
            v.title(this);
        }

    }

    /** The start of a part of the disclosure: the live preview turns to its page. Prints nothing. */
    record Mark(cn.gongkai.domain.port.PagePart part) implements Block {
        @Override
        public void accept(Visitor v) {
            v.mark(this);
        }
    }

    /** A heading: level 1 "一、…" (黑体), level 2 "（一）…", "1、…" (楷体). */
    record Heading(String text, int level, String anchor) implements Block {
        @Override
        public void accept(Visitor v) {
            v.heading(this);
        }

    }

    /** Body text: each line a paragraph with a two-character first-line indent. */
    record Text(String text) implements Block {
        @Override
        public void accept(Visitor v) {
            v.text(this);
        }

        public Text {
            text = Objects.requireNonNullElse(text, "");
        }
    }

    /** A note under a table (空表说明, 备注), in table-sized text. */
    record Note(String text) implements Block {
        @Override
        public void accept(Visitor v) {
            v.note(this);
        }

    }

    /** "表1" above a table's title, on the left. */
    record TableNumber(String text, String anchor) implements Block {
        @Override
        public void accept(Visitor v) {
            v.tableNumber(this);
        }

    }

    /** A table's title, centred. */
    record TableTitle(String text, String anchor) implements Block {
        @Override
        public void accept(Visitor v) {
            v.tableTitle(this);
        }

    }

    /** The line above a table: 编制单位 on the left, then 预算年度 and 单位 (two or three parts). */
    record Caption(List<String> parts) implements Block {
        @Override
        public void accept(Visitor v) {
            v.caption(this);
        }

        public Caption {
            parts = List.copyOf(parts);
        }
    }

    /** A table. */
    record Table(GridTable grid) implements Block {
        @Override
        public void accept(Visitor v) {
            v.table(this);
        }

    }
}
