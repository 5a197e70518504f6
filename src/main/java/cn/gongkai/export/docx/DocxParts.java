package cn.gongkai.export.docx;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * The parts of the Word file written from resources next to this class: the styles part (styles.xml) and the font
 * table (fontTable.xml, which POI's lite schemas do not model, so it is copied as it is).
 */
final class DocxParts {
    private static final String FONT_TABLE = "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml";
    private static final String FONT_TABLE_REL =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable";

    private DocxParts() {
    }

    static void styles(XWPFDocument doc) {
        try (InputStream in = resource("styles.xml")) {
            doc.createStyles().setStyles(StylesDocument.Factory.parse(in).getStyles());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XmlException e) {
            throw new IllegalStateException("styles.xml is not a styles part", e);
        }
    }

    static void fontTable(XWPFDocument doc) {
        try (InputStream in = resource("fontTable.xml")) {
            PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
            PackagePart part = doc.getPackage().createPart(name, FONT_TABLE);
            try (OutputStream out = part.getOutputStream()) {
                in.transferTo(out);
            }
            doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL, FONT_TABLE_REL);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    static InputStream resource(String name) {
        InputStream in = DocxParts.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is missing from the program");
        }
        return in;
    }
}
