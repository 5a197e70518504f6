package cn.gongkai.ui.preview;

import cn.gongkai.domain.port.PageImage;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/** The live preview beside the form: the section's printed pages, fitted to the pane's width. */
public final class PreviewPane {
    private final VBox pages = new VBox(8);
    private final ScrollPane scroll = new ScrollPane(pages);
    private final BorderPane root = new BorderPane();

    public PreviewPane(PreviewViewModel vm) {
        root.setId("live-preview");
        pages.setPadding(new Insets(6));
        pages.setStyle("-fx-background-color: #9a9a9a;");
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(false);
        Label status = new Label();
        status.setId("live-preview-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        status.setPadding(new Insets(2, 6, 2, 6));
        root.setTop(new Label("  页面预览（F9 关闭）"));
        root.setCenter(scroll);
        root.setBottom(status);
        root.setMinWidth(220);
        vm.pages().addListener((ListChangeListener<PageImage>) c -> show(vm));
        show(vm);
    }

    private void show(PreviewViewModel vm) {
        pages.getChildren().clear();
        for (PageImage p : vm.pages()) {
            WritableImage img = new WritableImage(p.width(), p.height());
            img.getPixelWriter().setPixels(0, 0, p.width(), p.height(), PixelFormat.getIntArgbInstance(), p.argb(), 0,
                    p.width());
            ImageView view = new ImageView(img);
            view.setPreserveRatio(true);
            view.setSmooth(true);
            view.fitWidthProperty().bind(scroll.widthProperty().subtract(30));
            pages.getChildren().add(view);
        }
    }

    public Node root() {
        return root;
    }
}
