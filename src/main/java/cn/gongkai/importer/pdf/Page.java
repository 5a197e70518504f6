package cn.gongkai.importer.pdf;

import java.util.List;

/** A page read: its size as read (a landscape page wide), its characters and its ruling lines. */
record Page(int number, float width, float height, List<Glyph> glyphs, List<Rule> rules) {
    Page {
        glyphs = List.copyOf(glyphs);
        rules = List.copyOf(rules);
    }
}
