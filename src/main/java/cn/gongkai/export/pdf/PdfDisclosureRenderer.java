package cn.gongkai.export;

import cn.gongkai.domain.Activity;
import cn.gongkai.domain.DisclosureRenderer;
import cn.gongkai.domain.Draft;
import cn.gongkai.domain.DraftStatus;
import cn.gongkai.domain.DutyTarget;
import cn.gongkai.domain.GlossaryEntry;
import cn.gongkai.domain.Narratives;
import cn.gongkai.domain.Problem;
import cn.gongkai.domain.Section;
import cn.gongkai.domain.TextKey;
import cn.gongkai.domain.rules.Validator;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.layout.Document;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The print-ready PDF in the draft's template: after the reform, cover, 目录, the standard tables, the 情况说明 and
 * the 绩效 table; in the 2018–2020 template, the nine sections in order with every table of the seeds.
 */
public final class PdfDisclosureRenderer implements DisclosureRenderer {
    static final String EMPTY_TABLE = Blocks.EMPTY_TABLE;
    static final String AMOUNT_NOTE = Blocks.AMOUNT_NOTE;

    /** Lets the fonts load in the background before the first export needs them. */
    @Override
    public void warmUp() {
        PdfFonts.preload();
    }

    @Override
    public void render(Draft d, List<Problem> problems, OutputStream out) throws IOException {
        boolean draftMark = d.header().status() != DraftStatus.FINAL || Validator.hasErrors(problems);
        PdfWriter writer = new PdfWriter(out, new WriterProperties().setFullCompressionMode(true));
        writer.setCloseStream(false);
        try (PdfDocument pdf = new PdfDocument(writer);
             Document doc = new Document(pdf, PageSize.A4, false)) {
            String title = Narratives.text(d, TextKey.TITLE);
            PdfDocumentInfo info = pdf.getDocumentInfo();
            info.setTitle(title);
            info.setAuthor(d.header().unitName());
            info.setSubject(d.header().budgetYear() + "年部门预算信息公开");
            info.setCreator("Gongkai 预算公开编制助手");
            doc.setMargins(Typesetter.TOP, Typesetter.RIGHT, Typesetter.BOTTOM, Typesetter.LEFT);
            doc.setSplitCharacters(new ChineseSplitCharacters());
            PdfFonts.Set fonts = PdfFonts.forDocument();
            Anchors anchors = new Anchors();
            doc.setFont(fonts.body());
            Typesetter ts = new Typesetter(doc, fonts, anchors);
            Blocks blocks = new Blocks(new DisclosureTables(fonts));
            int front = 0;
            if (d.header().profile().tablesFirst()) {
                front = new ReformDisclosure(blocks, new BudgetTablePrinter(fonts), anchors).write(d, ts, doc);
            } else {
                new LegacyDisclosure(blocks).write(d, ts);
            }
            new PageDecorations(fonts, draftMark, front).apply(pdf, doc);
        }
    }
}
