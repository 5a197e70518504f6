package cn.gongkai.ui.editor.report;

import cn.gongkai.domain.model.TextKey;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * 导入报告 reopened from the draft: what was recognised above, the lines not yet placed below, each put into a
 * paragraph with "放入" (Alt+P) after choosing the paragraph; all from the keyboard.
 */
public final class ImportReportDialog {
    private ImportReportDialog() {
    }

    public static Dialog<ButtonType> show(Window owner, ImportReportViewModel vm) {
        TextArea recognised = new TextArea();
        recognised.setId("report-recognised");
        recognised.setEditable(false);
        recognised.setWrapText(true);
        recognised.setPrefRowCount(12);
        vm.recognised().addListener((javafx.collections.ListChangeListener<String>) c ->
                recognised.setText(String.join("\n", vm.recognised())));
        ListView<String> unplaced = new ListView<>(vm.unplaced());
        unplaced.setId("report-unplaced");
        vm.unplaced().addListener((javafx.collections.ListChangeListener<String>) c -> {
            if (unplaced.getSelectionModel().isEmpty() && !vm.unplaced().isEmpty()) {
                unplaced.getSelectionModel().selectFirst(); // ready for 放入 at once
            }
        });
        unplaced.setPrefHeight(200);
        ComboBox<TextKey> target = new ComboBox<>();
        target.setId("report-target");
        target.getItems().setAll(vm.targets());
        target.setConverter(new StringConverter<>() {
            @Override
            public String toString(TextKey k) {
                return k == null ? "" : (k.section() == null ? "" : k.section().numeral() + "、") + k.label();
            }

            @Override
            public TextKey fromString(String s) {
                return null;
            }
        });
        target.getSelectionModel().selectFirst();
        Button place = new Button("放入(_P)");
        place.setId("report-place");
        place.disableProperty().bind(unplaced.getSelectionModel().selectedItemProperty().isNull());
        place.setOnAction(e -> {
            int i = unplaced.getSelectionModel().getSelectedIndex();
            vm.place(i, target.getValue());
            unplaced.requestFocus();
        });
        Label toLabel = new Label("放入段落(_G)：");
        toLabel.setMnemonicParsing(true);
        toLabel.setLabelFor(target);
        Label status = new Label();
        status.setId("report-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        Label unplacedLabel = new Label("未放入的内容(_U)：");
        unplacedLabel.setMnemonicParsing(true);
        unplacedLabel.setLabelFor(unplaced);
        HBox actions = new HBox(8, toLabel, target, place);
        VBox content = new VBox(6, new Label("识别结果："), recognised, status, unplacedLabel, unplaced, actions);
        VBox.setVgrow(recognised, Priority.ALWAYS);
        content.setPadding(new Insets(4));
        content.setPrefSize(820, 560);
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("导入报告");
        d.setResizable(true);
        d.getDialogPane().setContent(content);
        d.getDialogPane().getButtonTypes().add(new ButtonType("关闭", ButtonBar.ButtonData.CANCEL_CLOSE));
        vm.load();
        d.show();
        javafx.application.Platform.runLater(unplaced::requestFocus);
        return d;
    }
}
