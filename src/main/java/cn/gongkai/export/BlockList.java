package cn.gongkai.export;

import java.util.ArrayList;
import java.util.List;

/** Collects the blocks of a disclosure in order, with the words of a typesetter. */
final class BlockList {
    private final List<Block> blocks = new ArrayList<>();

    List<Block> blocks() {
        return List.copyOf(blocks);
    }

    void add(Block b) {
        blocks.add(b);
    }

    void cover(String title, String unitName, String date) {
        add(new Block.Cover(title, unitName, date));
    }

    void title(String text, String unitName, String anchor) {
        add(new Block.Title(text, unitName, anchor));
    }

    /** Where a part the editor shows begins. */
    void mark(cn.gongkai.domain.port.PagePart part) {
        add(new Block.Mark(part));
    }

    void heading(String text) {
        add(new Block.Heading(text, 1, null));
    }

    void subheading(String text) {
        add(new Block.Heading(text, 2, null));
    }

    void body(String text) {
        add(new Block.Text(text));
    }

    void note(String text) {
        add(new Block.Note(text));
    }

    void tableNumber(String text, String anchor) {
        add(new Block.TableNumber(text, anchor));
    }

    void tableTitle(String text, String anchor) {
        add(new Block.TableTitle(text, anchor));
    }

    void caption(String... parts) {
        add(new Block.Caption(List.of(parts)));
    }

    void table(GridTable grid) {
        add(new Block.Table(grid));
    }

    /** A new page only when the orientation changes. */
    void orientation(boolean landscape) {
        add(new Block.Page(landscape, false));
    }

    /** A new page, in the given orientation. */
    void newPage(boolean landscape) {
        add(new Block.Page(landscape, true));
    }
}
