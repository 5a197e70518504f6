package cn.gongkai.ui.dialogs;

import cn.gongkai.domain.imports.ImportResult;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.Optional;

/** The paste-to-import dialog and the report shown after an import. */
final class ImportDialogs {
    private ImportDialogs() {
    }

    /** Asks for the text of a published disclosure (copied from Word, WPS or a web page). */
    static Optional<String> askText(Window owner) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("粘贴公开文件导入");
        TextArea area = new TextArea();
        area.setId("import-text");
        area.setPromptText("在 Word、WPS 或网页中全选上年的部门预算公开文件并复制，然后在这里按 Ctrl+V 粘贴");
        area.setPrefSize(760, 420);
        area.setWrapText(true);
        d.getDialogPane().setContent(new VBox(6, new Label("上年公开文件的全文："), area));
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        ((javafx.scene.control.Button) d.getDialogPane().lookupButton(ButtonType.OK)).setText("导入");
        d.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(area.textProperty().isEmpty());
        javafx.application.Platform.runLater(area::requestFocus);
        return d.showAndWait().filter(b -> b == ButtonType.OK).map(b -> area.getText());
    }

    /** What was recognised, section by section, and every line that was not placed anywhere. */
    static void report(Window owner, ImportResult r) {
        StringBuilder sb = new StringBuilder();
        r.recognised().forEach(line -> sb.append(line).append('\n'));
        if (r.unplaced().isEmpty()) {
            sb.append("\n所有内容都已放入相应部分。");
        } else {
            sb.append("\n以下 ").append(r.unplaced().size()).append(" 行没有放入任何部分，请核对：\n");
            r.unplaced().forEach(line -> sb.append(line).append('\n'));
            sb.append("\n打开草稿后，可在“文件 › 导入报告”（Ctrl+Shift+M）中再次查看，并把这些内容逐行放入相应段落。");
        }
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("导入报告");
        TextArea area = new TextArea(sb.toString());
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefSize(760, 420);
        d.getDialogPane().setContent(area);
        d.getDialogPane().getButtonTypes().add(ButtonType.OK);
        d.show();
    }
}
