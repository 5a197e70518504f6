package cn.gongkai.ui.editor.forms;

import cn.gongkai.domain.budget.TemplateProfile;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.DraftHeader;
import cn.gongkai.domain.model.FinanceLevel;
import cn.gongkai.domain.model.Guess;
import cn.gongkai.domain.money.AmountStyle;
import cn.gongkai.domain.model.HeaderField;
import cn.gongkai.domain.model.Place;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.ui.widgets.Dates;
import cn.gongkai.ui.widgets.Marks;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * 基本信息: unit name and code, budget year (fixed), finance level, approval date, the template the disclosure
 * follows, asset 截止时间.
 */
final class HeaderPart implements FormPart {
    private final FormsViewModel vm;
    private final TextField unitName = new TextField();
    private final TextField unitCode = new TextField();
    private final Label year = new Label();
    private final ComboBox<FinanceLevel> level = cn.gongkai.ui.widgets.FinanceLevelBox.create();
    private final ComboBox<TemplateProfile> profile = new ComboBox<>();
    private final DatePicker approval = new DatePicker();
    private final DatePicker assetsAsOf = new DatePicker();
    private final ComboBox<AmountStyle.Decimals> decimals = new ComboBox<>();
    private final javafx.scene.control.CheckBox blankZero = new javafx.scene.control.CheckBox("零显示为空白(_Z)");
    private final Label levelPending = new Label("待确认：导入时由单位名称推断");
    private final Button confirmLevel = new Button("确认(_Q)");
    private final GridPane root = new GridPane();
    private final boolean assetsOnly;
    private boolean showing;

    /** The unit's details for section 一; with {@code assetsOnly}, just the asset table's 截止时间 for section 七. */
    HeaderPart(FormsViewModel vm, boolean assetsOnly) {
        this.vm = vm;
        this.assetsOnly = assetsOnly;
        unitName.setId("header-unit");
        unitCode.setId("header-code");
        approval.setId("header-approval");
        assetsAsOf.setId("header-assets-as-of");
        Dates.iso(approval);
        Dates.iso(assetsAsOf);
        root.setHgap(8);
        root.setVgap(6);
        root.setPadding(new Insets(0, 0, 8, 0));
        if (assetsOnly) {
            add(0, "固定资产截止时间", assetsAsOf);
        } else {
            add(0, "单位名称", unitName);
            add(1, "单位编码", unitCode);
            add(2, "预算年度", year);
            HBox levelRow = new HBox(8, level, levelPending, confirmLevel);
            levelRow.setAlignment(Pos.CENTER_LEFT);
            add(3, "财政级次", levelRow, level);
            add(4, "预算批复日期", approval);
            add(5, "公开模板", profile);
            HBox amounts = new HBox(12, decimals, blankZero);
            amounts.setAlignment(Pos.CENTER_LEFT);
            add(6, "金额的小数位", amounts, decimals);
        }
        decimals.setId("header-decimals");
        decimals.getItems().setAll(new AmountStyle.Fixed(2), new AmountStyle.Fixed(0), new AmountStyle.AsEntered());
        decimals.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(AmountStyle.Decimals d) {
                return d == null ? "" : new AmountStyle(d, false).label();
            }

            @Override
            public AmountStyle.Decimals fromString(String s) {
                return null;
            }
        });
        decimals.setTooltip(new javafx.scene.control.Tooltip("打印的表格和文字中金额保留几位小数（四舍五入）；数字本身不变，检查按原数进行"));
        blankZero.setId("header-blank-zero");
        blankZero.setMnemonicParsing(true);
        decimals.setOnAction(e -> amountStyle());
        blankZero.setOnAction(e -> amountStyle());
        profile.setId("header-profile");
        profile.getItems().setAll(TemplateProfile.values());
        profile.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(TemplateProfile p) {
                return p == null ? "" : p.label();
            }

            @Override
            public TemplateProfile fromString(String s) {
                return null;
            }
        });
        profile.setOnAction(e -> {
            if (!showing && profile.getValue() != null) {
                vm.apply("公开模板", d -> d.withHeader(d.header().withProfile(profile.getValue())));
            }
        });
        unitName.setPrefColumnCount(28);
        unitCode.setPrefColumnCount(8);
        unitName.setOnAction(e -> commitText());
        unitCode.setOnAction(e -> commitText());
        unitName.focusedProperty().addListener((o, a, now) -> commitText());
        unitCode.focusedProperty().addListener((o, a, now) -> commitText());
        level.setOnAction(e -> {
            if (!showing && level.getValue() != null) {
                vm.apply("财政级次", d -> d.withHeader(d.header().withFinanceLevel(level.getValue())));
            }
        });
        levelPending.setId("header-level-pending");
        levelPending.getStyleClass().add("pending");
        confirmLevel.setId("header-level-confirm");
        confirmLevel.setMnemonicParsing(true);
        confirmLevel.setOnAction(e -> vm.apply("确认财政级次",
                d -> d.withHeader(d.header().confirmed(Guess.FINANCE_LEVEL))));
        approval.valueProperty().addListener((o, a, v) -> setDates(v, assetsAsOf.getValue()));
        assetsAsOf.valueProperty().addListener((o, a, v) -> setDates(approval.getValue(), v));
    }

    private void amountStyle() {
        if (!showing && decimals.getValue() != null) {
            AmountStyle a = new AmountStyle(decimals.getValue(), blankZero.isSelected());
            if (!a.equals(vm.draft().header().amountStyle())) {
                vm.apply("金额的小数位", d -> d.withHeader(d.header().withAmountStyle(a)));
            }
        }
    }

    private void add(int row, String label, Node field) {
        add(row, label, field, field);
    }

    private void add(int row, String label, Node field, Node labelled) {
        Label l = new Label(label);
        l.setLabelFor(labelled);
        root.add(l, 0, row);
        root.add(field, 1, row);
    }

    private void commitText() {
        DraftHeader h = vm.draft().header();
        if (showing || (h.unitName().equals(unitName.getText().strip())
                && h.unitCode().equals(unitCode.getText().strip()))) {
            return;
        }
        vm.apply("单位信息", d -> d.withHeader(d.header().withUnit(unitName.getText(), unitCode.getText())));
    }

    private void setDates(LocalDate approvalDate, LocalDate asOf) {
        if (showing) {
            return;
        }
        vm.apply("日期", d -> d.withHeader(d.header().withDates(approvalDate, asOf)));
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void show(Draft d, boolean readOnly) {
        showing = true;
        DraftHeader h = d.header();
        if (!unitName.isFocused()) {
            unitName.setText(h.unitName());
        }
        if (!unitCode.isFocused()) {
            unitCode.setText(h.unitCode());
        }
        year.setText(h.budgetYear() + " 年");
        level.setValue(h.financeLevel());
        boolean pending = h.isGuess(Guess.FINANCE_LEVEL) && !readOnly;
        for (Node n : List.of(levelPending, confirmLevel)) {
            n.setVisible(pending);
            n.setManaged(pending);
        }
        profile.setValue(h.profile());
        decimals.setValue(h.amountStyle().decimals());
        blankZero.setSelected(h.amountStyle().blankZero());
        approval.setValue(h.approvalDate());
        assetsAsOf.setValue(h.assetsAsOf());
        for (Node n : List.of(unitName, unitCode, level, profile, approval, assetsAsOf, decimals, blankZero)) {
            n.setDisable(readOnly);
        }
        showing = false;
    }

    /** The control of each header field this part shows. */
    private Map<HeaderField, Control> controls() {
        Map<HeaderField, Control> m = new EnumMap<>(HeaderField.class);
        if (assetsOnly) {
            m.put(HeaderField.ASSETS_AS_OF, assetsAsOf);
        } else {
            m.put(HeaderField.UNIT_NAME, unitName);
            m.put(HeaderField.UNIT_CODE, unitCode);
            m.put(HeaderField.FINANCE_LEVEL, level);
            m.put(HeaderField.APPROVAL_DATE, approval);
        }
        return m;
    }

    @Override
    public boolean holds(Place place) {
        return place instanceof Place.Header h && controls().containsKey(h.field());
    }

    @Override
    public void mark(List<Problem> problems) {
        controls().forEach((field, control) -> Marks.apply(control, problems.stream()
                .filter(p -> p.location().place().equals(new Place.Header(field))).toList()));
    }

    @Override
    public void focus(Place place) {
        controls().entrySet().stream().filter(e -> place.equals(new Place.Header(e.getKey()))).findFirst()
                .ifPresent(e -> e.getValue().requestFocus());
    }
}
