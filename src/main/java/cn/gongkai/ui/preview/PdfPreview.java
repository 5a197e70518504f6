package cn.gongkai.ui.preview;

import cn.gongkai.domain.port.PageImage;
import cn.gongkai.service.ExportService;
import cn.gongkai.ui.tasks.Tasks;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The exported PDF's pages in a window, with 打印 (the system print dialog) and 打开所在文件夹. */
public final class PdfPreview {
    private static final float PREVIEW_DPI = 72f;
    private static final float PRINT_DPI = 150f;

    private final Stage stage = new Stage();
    private final VBox pages = new VBox(12);
    private final Label status = new Label("正在显示页面…");
    private final Path file;
    private final ExportService exports;
    private final Tasks tasks;
    private final List<Image> images = new ArrayList<>();

    private PdfPreview(Window owner, Path file, ExportService exports, Tasks tasks, String fontStyle) {
        this.file = file;
        this.exports = exports;
        this.tasks = tasks;
        stage.initOwner(owner);
        stage.setTitle("打印预览 — " + file.getFileName());
        Button print = new Button("打印(_P)…");
        print.setId("preview-print");
        print.setOnAction(e -> print());
        Button folder = new Button("打开所在文件夹(_O)");
        folder.setOnAction(e -> openFolder());
        Button close = new Button("关闭");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox bar = new HBox(8, print, folder, close, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        pages.setAlignment(Pos.TOP_CENTER);
        pages.setPadding(new Insets(12));
        pages.setId("preview-pages");
        pages.getChildren().add(new ProgressIndicator());
        ScrollPane scroll = new ScrollPane(pages);
        scroll.setFitToWidth(true);
        BorderPane root = new BorderPane(scroll, bar, null, null, null);
        root.setStyle(fontStyle);
        stage.setScene(new Scene(root, 720, 700));
    }

    /** Opens the preview of an exported file; the pages are rendered in the background. */
    public static PdfPreview show(Window owner, Path file, ExportService exports, Tasks tasks,
                                  String fontStyle) {
        PdfPreview p = new PdfPreview(owner, file, exports, tasks, fontStyle);
        p.stage.show();
        p.load();
        return p;
    }

    private void load() {
        tasks.run(() -> exports.pageImages(file, PREVIEW_DPI), list -> {
            pages.getChildren().clear();
            for (PageImage b : list) {
                ImageView v = new ImageView(image(b));
                v.setPreserveRatio(true);
                v.setStyle("-fx-effect: dropshadow(gaussian, #888, 6, 0, 0, 1);");
                pages.getChildren().add(v);
            }
            status.setText("共 " + list.size() + " 页 · " + file);
        }, e -> status.setText(e.getMessage()));
    }

    private static WritableImage image(PageImage page) {
        WritableImage img = new WritableImage(page.width(), page.height());
        img.getPixelWriter().setPixels(0, 0, page.width(), page.height(), PixelFormat.getIntArgbInstance(),
                page.argb(), 0, page.width());
        return img;
    }

    public int pageCount() {
        return (int) pages.getChildren().stream().filter(ImageView.class::isInstance).count();
    }

    public Stage stage() {
        return stage;
    }

    private void print() {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            status.setText("没有找到打印机：请在系统中添加打印机，或用 PDF 阅读器打印导出的文件");
            return;
        }
        if (!job.showPrintDialog(stage)) {
            return;
        }
        status.setText("正在准备打印…");
        tasks.run(() -> exports.pageImages(file, PRINT_DPI), list -> {
            PageLayout layout = job.getJobSettings().getPageLayout();
            boolean ok = true;
            for (PageImage b : list) {
                ImageView v = new ImageView(image(b));
                v.setPreserveRatio(true);
                v.setFitWidth(layout.getPrintableWidth());
                v.setFitHeight(layout.getPrintableHeight());
                ok &= job.printPage(layout, v);
            }
            status.setText(ok && job.endJob() ? "已送打印机" : "打印失败，请检查打印机");
        }, e -> status.setText(e.getMessage()));
    }

    private void openFolder() {
        Path dir = file.toAbsolutePath().getParent();
        String os = System.getProperty("os.name", "").toLowerCase();
        List<String> cmd = os.contains("win") ? List.of("explorer.exe", "/select,", file.toAbsolutePath().toString())
                : os.contains("mac") ? List.of("open", dir.toString()) : List.of("xdg-open", dir.toString());
        try {
            new ProcessBuilder(cmd).start();
        } catch (IOException e) {
            status.setText("无法打开文件夹 " + dir + "：" + e.getMessage());
        }
    }
}
