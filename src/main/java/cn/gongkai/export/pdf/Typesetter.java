package cn.gongkai.export.pdf;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;

import java.util.ArrayList;
import java.util.List;

/**
 * Typesetting as Chinese official documents are set (GB/T 9704): A4, margins 37/35/28/26 mm, 3号 (16 pt) body with a
 * two-character first-line indent on a fixed 28.9 pt pitch, 2号 (22 pt) title, 3号 黑体 headings.
 */
final class Typesetter {
    static final float MM = 72f / 25.4f;
    static final float TOP = 37 * MM;
    static final float BOTTOM = 35 * MM;
    static final float LEFT = 28 * MM;
    static final float RIGHT = 26 * MM;
    /** Landscape table pages (attachments) keep the side margins and use a smaller top and bottom. */
    static final float LANDSCAPE_TOP = 25 * MM;
    static final float LANDSCAPE_BOTTOM = 25 * MM;
    static final float BODY_SIZE = 16f;
    static final float TITLE_SIZE = 22f;
    static final float PITCH = 28.9f;
    static final float TABLE_SIZE = 10.5f;

    private final Document doc;
    final PdfFonts.Set fonts;
    private final Anchors anchors;
    private final LineBreaker bodyLines;
    private boolean landscape;

    /** {@code bodyLines}: the body font's line breaker, its width cache shared with the tables' cells. */
    Typesetter(Document doc, PdfFonts.Set fonts, Anchors anchors, LineBreaker bodyLines) {
        this.doc = doc;
        this.fonts = fonts;
        this.anchors = anchors;
        this.bodyLines = bodyLines;
    }

    /** A paragraph that is the target of a 目录 entry (none: {@code entry} null). */
    private Paragraph anchored(String entry, Paragraph p) {
        return anchors.mark(entry, p);
    }

    /**
     * The title, centred. When it does not fit on one line it breaks after the unit's name if both lines then fit
     * ("廊坊市广阳区九州镇人民政府" / "2019年部门预算信息公开"), otherwise into lines of nearly equal length.
     */
    void title(String text, String unitName) {
        title(text, unitName, null);
    }

    void title(String text, String unitName, String entry) {
        float avail = PageSize.A4.getWidth() - LEFT - RIGHT;
        List<String> lines = balancedLines(text, fonts.title(), TITLE_SIZE, avail);
        if (lines.size() == 2 && text.startsWith(unitName) && unitName.length() < text.length()
                && fonts.title().getWidth(unitName, TITLE_SIZE) <= avail
                && fonts.title().getWidth(text.substring(unitName.length()), TITLE_SIZE) <= avail) {
            lines = List.of(unitName, text.substring(unitName.length()));
        }
        Paragraph p = new Paragraph(String.join("\n", lines))
                .setFont(fonts.title()).setFontSize(TITLE_SIZE).setTextAlignment(TextAlignment.CENTER)
                .setFixedLeading(TITLE_SIZE * 1.5f).setMarginTop(0).setMarginBottom(PITCH);
        if (fonts.titleIsStandIn()) {
            p.simulateBold();
        }
        doc.add(anchored(entry, p));
    }

    static List<String> balancedLines(String text, PdfFont font, float size, float avail) {
        float total = font.getWidth(text, size);
        int lines = (int) Math.ceil(total / (avail * 0.98f));
        List<String> out = new ArrayList<>();
        if (lines <= 1) {
            out.add(text);
            return out;
        }
        float target = total / lines;
        StringBuilder line = new StringBuilder();
        float width = 0;
        int[] cps = text.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            String ch = new String(Character.toChars(cps[i]));
            float w = font.getWidth(ch, size);
            boolean canBreak = !line.isEmpty() && out.size() < lines - 1
                    && ChineseSplitCharacters.NO_LINE_START.indexOf(cps[i]) < 0
                    && !(Character.isDigit(cps[i]) && Character.isDigit(cps[i - 1]));
            if (canBreak && width + w / 2 > target) {
                out.add(line.toString());
                line.setLength(0);
                width = 0;
            }
            line.append(ch);
            width += w;
        }
        out.add(line.toString());
        return out;
    }

    /** "一、部门职责及机构设置情况": 3号 黑体. */
    void heading(String text) {
        heading(text, null);
    }

    /** Where a part begins: its page is that of the next heading, table number or title set. */
    void mark(String entry) {
        anchors.defer(entry);
    }

    /** A section heading, recording the page it lands on under {@code entry} (null: not recorded). */
    void heading(String text, String entry) {
        doc.add(anchored(entry, new Paragraph(text).setFont(fonts.heading()).setFontSize(BODY_SIZE).setFixedLeading(PITCH)
                .setFirstLineIndent(2 * BODY_SIZE).setMargin(0).setKeepWithNext(true)));
    }

    /**
     * The cover: the title in 小初 (26 pt) a third down the page, the unit and the month of approval at its foot
     * (what follows starts with {@link #newPage}).
     */
    void cover(String title, String unitName, String date) {
        float avail = PageSize.A4.getWidth() - LEFT - RIGHT;
        List<String> lines = balancedLines(title, fonts.title(), 26f, avail);
        if (title.startsWith(unitName) && fonts.title().getWidth(unitName, 26f) <= avail
                && fonts.title().getWidth(title.substring(unitName.length()), 26f) <= avail) {
            lines = List.of(unitName, title.substring(unitName.length()));
        }
        Paragraph p = new Paragraph(String.join("\n", lines)).setFont(fonts.title()).setFontSize(26f)
                .setTextAlignment(TextAlignment.CENTER).setFixedLeading(26f * 1.6f).setMarginTop(150);
        if (fonts.titleIsStandIn()) {
            p.simulateBold();
        }
        doc.add(anchored(null, p));
        doc.add(new Paragraph(unitName + (date.isEmpty() ? "" : "\n" + date)).setFont(fonts.subheading())
                .setFontSize(BODY_SIZE).setTextAlignment(TextAlignment.CENTER).setFixedLeading(PITCH)
                .setMarginTop(260));
    }

    /** Starts a new page, landscape or portrait, whatever the current one is. */
    void newPage(boolean wantLandscape) {
        if (wantLandscape != landscape) {
            orientation(wantLandscape);
        } else {
            doc.add(new AreaBreak(wantLandscape ? PageSize.A4.rotate() : PageSize.A4));
        }
    }

    /** The 目录: its title and one line per entry with dot leaders to the page number, sub-entries indented. */
    void contents(List<String[]> entries) {
        Paragraph head = new Paragraph("目　　录").setFont(fonts.title()).setFontSize(TITLE_SIZE)
                .setTextAlignment(TextAlignment.CENTER).setFixedLeading(TITLE_SIZE * 1.5f).setMarginBottom(PITCH);
        if (fonts.titleIsStandIn()) {
            head.simulateBold();
        }
        doc.add(head);
        float width = PageSize.A4.getWidth() - LEFT - RIGHT;
        for (String[] e : entries) {
            boolean sub = e[0].startsWith(" ");
            Paragraph line = new Paragraph().setFont(sub ? fonts.body() : fonts.heading()).setFontSize(sub ? 14f : BODY_SIZE)
                    .setFixedLeading(PITCH).setMargin(0).setPaddingLeft(sub ? 2 * BODY_SIZE : 0)
                    .addTabStops(new com.itextpdf.layout.element.TabStop(width - (sub ? 2 * BODY_SIZE : 0),
                            com.itextpdf.layout.properties.TabAlignment.RIGHT,
                            new com.itextpdf.kernel.pdf.canvas.draw.DottedLine(1f, 4f)));
            line.add(e[0].strip()).add(new com.itextpdf.layout.element.Tab()).add(e[1]);
            doc.add(line);
        }
    }

    /** "1、收入说明", "部门职责：": 3号 楷体 (仿宋加粗 where no 楷体 is installed). */
    void subheading(String text) {
        Paragraph p = new Paragraph(text).setFont(fonts.subheading()).setFontSize(BODY_SIZE).setFixedLeading(PITCH)
                .setFirstLineIndent(2 * BODY_SIZE).setMargin(0).setKeepWithNext(true);
        if (fonts.subheadingIsStandIn()) {
            p.simulateBold();
        }
        doc.add(p);
    }

    /**
     * Body text; each line of {@code text} is a paragraph with a two-character first-line indent, justified as
     * Chinese text is: the lines are broken here (Chinese rules, {@link LineBreaker}) and each but the last filled to
     * the measure by spacing the gaps between hanzi — never the characters of a number or a Latin word, which iText's
     * own justification spreads apart ("1 5 9 9 . 2 2").
     */
    void body(String text) {
        float avail = (landscape ? PageSize.A4.rotate() : PageSize.A4).getWidth() - LEFT - RIGHT;
        float indent = 2 * BODY_SIZE;
        for (String para : text.split("\n")) {
            if (para.isBlank()) {
                continue;
            }
            List<LineBreaker.Line> lines = bodyLines.lines(para.strip(), BODY_SIZE, avail - indent, avail);
            for (int i = 0; i < lines.size(); i++) {
                float measure = i == 0 ? avail - indent : avail;
                boolean last = i == lines.size() - 1;
                Paragraph line = Justified.line(lines.get(i), last ? 0 : measure).setFont(fonts.body())
                        .setFontSize(BODY_SIZE).setFixedLeading(PITCH).setMargin(0).setPaddingLeft(i == 0 ? indent : 0);
                doc.add(line);
            }
        }
    }


    /** A table title, centred, above its table. */
    void tableTitle(String text) {
        tableTitle(text, null);
    }

    void tableTitle(String text, String entry) {
        Paragraph p = new Paragraph(text).setFont(fonts.title()).setFontSize(18f).setTextAlignment(TextAlignment.CENTER)
                .setFixedLeading(PITCH).setMarginTop(PITCH / 2).setMarginBottom(4).setKeepWithNext(true);
        if (fonts.titleIsStandIn()) {
            p.simulateBold();
        }
        doc.add(anchored(entry, p));
    }

    /** "表1" above a table's title, on the left. */
    void tableNumber(String text, String entry) {
        doc.add(anchored(entry, new Paragraph(text).setFont(fonts.heading()).setFontSize(12f).setMargin(0)
                .setKeepWithNext(true)));
    }

    /**
     * The line above a standard table: 编制单位 on the left, 预算年度 in the middle, 单位 on the right; when a long
     * unit name leaves no room on one line, 编制单位 has the first line to itself.
     */
    void caption(String left, String middle, String right) {
        float size = 12f;
        PageSize page = landscape ? PageSize.A4.rotate() : PageSize.A4;
        float avail = page.getWidth() - LEFT - RIGHT;
        float[] need = {width(left, size), width(middle, size), width(right, size)};
        boolean oneLine = need[0] + need[1] + need[2] + 3 * size <= avail;
        float middleWidth = need[1] + 2 * size;
        float rightWidth = need[2] + size;
        float[] widths = oneLine ? new float[] {avail - middleWidth - rightWidth, middleWidth, rightWidth}
                : new float[] {50, 50};
        Table t = new Table(UnitValue.createPercentArray(widths)).useAllAvailableWidth().setKeepWithNext(true);
        t.addCell(captionCell(left, oneLine ? 1 : 2, size, TextAlignment.LEFT));
        t.addCell(captionCell(middle, 1, size, oneLine ? TextAlignment.CENTER : TextAlignment.LEFT));
        t.addCell(captionCell(right, 1, size, TextAlignment.RIGHT));
        doc.add(t);
    }

    /** The line above a table: "编制单位：…" on the left, "单位：万元" on the right. */
    void caption(String left, String right) {
        Table t = new Table(UnitValue.createPercentArray(new float[] {60, 40})).useAllAvailableWidth()
                .setKeepWithNext(true);
        t.addCell(captionCell(left, 1, 12f, TextAlignment.LEFT));
        t.addCell(captionCell(right, 1, 12f, TextAlignment.RIGHT));
        doc.add(t);
    }

    private float width(String text, float size) {
        return fonts.body().getWidth(text, size);
    }

    private Cell captionCell(String text, int colspan, float size, TextAlignment align) {
        return new Cell(1, colspan).add(new Paragraph(text)).setBorder(Border.NO_BORDER).setPadding(0)
                .setFont(fonts.body()).setFontSize(size).setTextAlignment(align);
    }

    void add(com.itextpdf.layout.element.IBlockElement table) {
        doc.add(table);
    }

    /** A note printed under a table (空表说明, 备注), in table-sized text. */
    void note(String text) {
        doc.add(new Paragraph(text).setFont(fonts.body()).setFontSize(12f).setFixedLeading(20f).setMarginTop(4));
    }

    /** Turns to a landscape page for a wide table, or back to portrait. */
    void orientation(boolean wantLandscape) {
        if (wantLandscape != landscape) {
            PageSize size = wantLandscape ? PageSize.A4.rotate() : PageSize.A4;
            doc.getPdfDocument().setDefaultPageSize(size); // the pages a long table overflows onto
            doc.setTopMargin(wantLandscape ? LANDSCAPE_TOP : TOP);
            doc.setBottomMargin(wantLandscape ? LANDSCAPE_BOTTOM : BOTTOM);
            doc.add(new AreaBreak(size));
            landscape = wantLandscape;
        }
    }

    /** Where the text block ends on a page of this size (the page number goes 7 mm below it). */
    static float bottomMargin(com.itextpdf.kernel.geom.Rectangle page) {
        return page.getWidth() > page.getHeight() ? LANDSCAPE_BOTTOM : BOTTOM;
    }
}
