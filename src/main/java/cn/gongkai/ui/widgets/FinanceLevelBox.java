package cn.gongkai.ui.widgets;

import cn.gongkai.domain.model.FinanceLevel;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/** A choice of finance level shown by its Chinese name (省级/市级/县级/区级/乡镇). */
public final class FinanceLevelBox {
    private FinanceLevelBox() {
    }

    public static ComboBox<FinanceLevel> create() {
        ComboBox<FinanceLevel> box = new ComboBox<>();
        box.getItems().setAll(FinanceLevel.values());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(FinanceLevel l) {
                return l == null ? "" : l.label();
            }

            @Override
            public FinanceLevel fromString(String s) {
                return FinanceLevel.fromLabel(s);
            }
        });
        return box;
    }
}
