package cn.gongkai.ui.editor.shared;

import cn.gongkai.domain.targets.LibraryEntry;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * 常用指标…: type words of the indicator, its duty category or its 二级 ("低保", "安全 次数"); the list follows each
 * key; ↓ goes into the list, Enter takes the selected indicator, Esc closes. The officer's own come first.
 */
public final class LibraryDialog {
    private LibraryDialog() {
    }

    public static Optional<LibraryEntry> pick(Window owner, Function<String, List<LibraryEntry>> search) {
        Dialog<LibraryEntry> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("常用指标");
        d.setResizable(true);
        TextField query = new TextField();
        query.setId("library-query");
        query.setPromptText("输入指标名称、类别或二级指标中的字词，如“低保”“安全 次数”");
        ListView<LibraryEntry> list = new ListView<>();
        list.setId("library-list");
        list.setPrefSize(620, 360);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(LibraryEntry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : (e.own() ? "★ " : "") + e.name() + "　" + e.value() + "　（"
                        + e.category() + " · " + e.level1().label() + " · " + e.level2() + "）");
            }
        });
        Runnable refresh = () -> {
            list.getItems().setAll(search.apply(query.getText()));
            list.getSelectionModel().selectFirst();
        };
        query.textProperty().addListener((o, a, b) -> refresh.run());
        query.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                list.requestFocus();
            }
        });
        refresh.run();
        Label hint = new Label("★ 为本机自己添加的指标。选中后按 Enter 插入；指标值是常见写法，请按本单位实际修改。");
        hint.setWrapText(true);
        d.getDialogPane().setContent(new VBox(6, query, list, hint));
        d.getDialogPane().getButtonTypes().addAll(new ButtonType("插入", ButtonType.OK.getButtonData()),
                ButtonType.CANCEL);
        d.setResultConverter(b -> b.getButtonData() == ButtonType.OK.getButtonData()
                ? list.getSelectionModel().getSelectedItem() : null);
        d.setOnShown(e -> query.requestFocus());
        return d.showAndWait();
    }
}
