package cn.gongkai.ui.dialogs;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import java.util.Optional;

/** 文件 › 连接县级服务器…: the server's address, the unit's login and its password (asked every time). */
final class ServerDialog {
    private ServerDialog() {
    }

    static Optional<Dialogs.ServerLogin> ask(Window owner, String address, String login) {
        Dialog<Dialogs.ServerLogin> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("连接县级服务器");
        TextField where = new TextField(address);
        where.setPromptText("例如：192.168.1.10:5432/gongkai");
        where.setPrefColumnCount(28);
        TextField who = new TextField(login);
        who.setPromptText("例如：u912（u 加单位编码）");
        PasswordField password = new PasswordField();
        Label hint = new Label("服务器地址写成“主机:端口/数据库”，如 192.168.1.10:5432/gongkai。\n"
                + "地址和登录名由县财政局提供，程序会记住；密码每次输入，不保存。");
        hint.setWrapText(true);
        hint.setMaxWidth(520);
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.addRow(0, NewDraftDialog.labelFor("服务器地址(_S)：", where), where);
        g.addRow(1, NewDraftDialog.labelFor("登录名(_L)：", who), who);
        g.addRow(2, NewDraftDialog.labelFor("密码(_P)：", password), password);
        g.add(hint, 0, 3, 2, 1);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(where.textProperty().isEmpty()
                .or(who.textProperty().isEmpty()).or(password.textProperty().isEmpty()));
        d.setResultConverter(b -> b == ButtonType.OK
                ? new Dialogs.ServerLogin(where.getText(), who.getText(), password.getText()) : null);
        TextField first = address.isEmpty() ? where : login.isEmpty() ? who : password;
        d.setOnShown(e -> first.requestFocus());
        return d.showAndWait();
    }
}
