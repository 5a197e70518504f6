package cn.gongkai.export.docx;

import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.model.TextKey;
import cn.gongkai.domain.port.WordRenderer;
import cn.gongkai.domain.writing.Narratives;
import cn.gongkai.export.DisclosureLayout;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * The editable Word file of a draft (Apache POI XWPF): the same blocks as the PDF ({@link DisclosureLayout}), in
 * named styles, real tables, A4 sections with GB/T 9704 margins, page numbers, an updatable 目录, the 草稿 mark
 * until 定稿. Fonts are named, not embedded, with the names they go by on other systems.
 */
public final class DocxDisclosureRenderer implements WordRenderer {
    @Override
    public void render(Draft d, List<Problem> problems, Map<String, Integer> contentsPages, OutputStream out)
            throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            DocxParts.styles(doc);
            DocxParts.fontTable(doc);
            POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
            core.setTitle(Narratives.text(d, TextKey.TITLE));
            core.setCreator(d.header().unitName());
            core.setSubjectProperty(d.header().budgetYear() + "年部门预算信息公开");
            doc.getProperties().getExtendedProperties().setApplication("Gongkai 预算公开编制助手");
            DocxSections sections = new DocxSections(doc, DisclosureLayout.draftMark(d, problems));
            new DocxBlocks(doc, sections, contentsPages).write(DisclosureLayout.of(d));
            doc.write(out);
        }
    }
}
