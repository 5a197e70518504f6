package cn.gongkai.importer.pdf;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a page's characters (PDFBox's text positions, in the page's reading direction) and its ruling lines (the
 * lines and thin rectangles its content stream strokes or fills), in one coordinate frame: points, y from the top
 * of the page as it is read. Text drawn at an angle — a 草稿 or 内部资料 watermark — is left out here.
 */
final class PageReader {
    private PageReader() {
    }

    static Page read(PDDocument doc, int index, ContentBudget budget) throws IOException {
        PDPage page = doc.getPage(index);
        budget.page(page, index + 1);
        PDRectangle box = page.getCropBox();
        int rotation = ((page.getRotation() % 360) + 360) % 360;
        boolean turned = rotation == 90 || rotation == 270;
        float width = turned ? box.getHeight() : box.getWidth();
        float height = turned ? box.getWidth() : box.getHeight();
        List<Glyph> glyphs = glyphs(doc, index, budget);
        Lines lines = new Lines(page, box, rotation, () -> budget.tooManyLines(index + 1));
        lines.processPage(page);
        return new Page(index + 1, width, height, glyphs, lines.rules);
    }

    private static List<Glyph> glyphs(PDDocument doc, int index, ContentBudget budget) throws IOException {
        List<Glyph> out = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition t) {
                Matrix m = t.getTextMatrix();
                float scale = Math.max(Math.abs(m.getScaleX()), Math.abs(m.getScaleY()));
                boolean angled = scale > 0 && (Math.abs(m.getShearX()) > 0.02f * scale
                        || Math.abs(m.getShearY()) > 0.02f * scale);
                String text = t.getUnicode();
                if (angled || text == null || text.isEmpty()) {
                    return;
                }
                if (out.size() >= ContentBudget.PAGE_GLYPHS) {
                    throw budget.tooManyGlyphs(index + 1);
                }
                text = Radicals.ideographs(text);
                if (text.equals("\u3000") && t.getWidthDirAdj() < 0.7f * t.getFontSizeInPt()) {
                    text = " "; // a Chinese font's narrow space mapped to the ideographic one
                }
                out.add(new Glyph(text, t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(),
                        Math.max(t.getHeightDir(), 1f), t.getFontSizeInPt()));
            }
        };
        stripper.setStartPage(index + 1);
        stripper.setEndPage(index + 1);
        stripper.getText(doc);
        return out;
    }

    /** Collects the page's horizontal and vertical strokes and thin filled rectangles as ruling lines. */
    private static final class Lines extends PDFGraphicsStreamEngine {
        private final PDRectangle box;
        private final int rotation;
        private final java.util.function.Supplier<RuntimeException> tooMany;
        final List<Rule> rules = new ArrayList<>();
        private final List<float[]> path = new ArrayList<>();
        private Point2D current = new Point2D.Float();

        Lines(PDPage page, PDRectangle box, int rotation, java.util.function.Supplier<RuntimeException> tooMany) {
            super(page);
            this.box = box;
            this.rotation = rotation;
            this.tooMany = tooMany;
        }

        /** A point of user space in the page's reading frame. */
        private float[] frame(double x, double y) {
            float px = (float) (x - box.getLowerLeftX());
            float py = (float) (y - box.getLowerLeftY());
            float w = box.getWidth();
            float h = box.getHeight();
            return switch (rotation) {
                case 90 -> new float[]{py, px};
                case 180 -> new float[]{w - px, py};
                case 270 -> new float[]{h - py, w - px};
                default -> new float[]{px, h - py};
            };
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            add(new float[]{1, (float) p0.getX(), (float) p0.getY(), (float) p2.getX(), (float) p2.getY()});
        }

        private void add(float[] part) {
            if (path.size() >= ContentBudget.PAGE_LINES) {
                throw tooMany.get();
            }
            path.add(part);
        }

        @Override
        public void moveTo(float x, float y) {
            current = new Point2D.Float(x, y);
        }

        @Override
        public void lineTo(float x, float y) {
            add(new float[]{0, (float) current.getX(), (float) current.getY(), x, y});
            current = new Point2D.Float(x, y);
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            current = new Point2D.Float(x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void closePath() {
        }

        @Override
        public void endPath() {
            path.clear();
        }

        @Override
        public void strokePath() {
            for (float[] s : path) {
                if (s[0] == 1) { // a rectangle stroked: its four sides
                    segment(s[1], s[2], s[3], s[2]);
                    segment(s[1], s[4], s[3], s[4]);
                    segment(s[1], s[2], s[1], s[4]);
                    segment(s[3], s[2], s[3], s[4]);
                } else {
                    segment(s[1], s[2], s[3], s[4]);
                }
            }
            path.clear();
        }

        @Override
        public void fillPath(int windingRule) {
            for (float[] s : path) {
                if (s[0] == 1) { // a thin filled rectangle is a line
                    float w = Math.abs(s[3] - s[1]);
                    float h = Math.abs(s[4] - s[2]);
                    if (h <= Rule.THIN && w > h) {
                        float y = (s[2] + s[4]) / 2;
                        segment(s[1], y, s[3], y);
                    } else if (w <= Rule.THIN && h > w) {
                        float x = (s[1] + s[3]) / 2;
                        segment(x, s[2], x, s[4]);
                    }
                }
            }
            path.clear();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            strokePath();
        }

        private void segment(float x0, float y0, float x1, float y1) {
            if (rules.size() >= ContentBudget.PAGE_LINES) {
                throw tooMany.get();
            }
            float[] a = frame(x0, y0);
            float[] b = frame(x1, y1);
            if (Math.abs(a[1] - b[1]) < 0.8f && Math.abs(a[0] - b[0]) > 1f) {
                rules.add(new Rule(true, (a[1] + b[1]) / 2, a[0], b[0]));
            } else if (Math.abs(a[0] - b[0]) < 0.8f && Math.abs(a[1] - b[1]) > 1f) {
                rules.add(new Rule(false, (a[0] + b[0]) / 2, a[1], b[1]));
            }
        }

        @Override
        public void drawImage(PDImage pdImage) {
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }
    }
}
