package cn.gongkai.ui.editor;

import cn.gongkai.domain.budget.BudgetColumn;
import cn.gongkai.domain.budget.RowKey;
import cn.gongkai.domain.budget.TableKind;
import cn.gongkai.domain.budget.TemplateProfile;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.HeaderField;
import cn.gongkai.domain.model.ListTable;
import cn.gongkai.domain.model.Location;
import cn.gongkai.domain.model.Place;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.model.Section;
import cn.gongkai.domain.model.TextKey;
import cn.gongkai.domain.performance.PerfPath;
import cn.gongkai.domain.port.PagePart;
import cn.gongkai.ui.editor.forms.SectionForm;
import cn.gongkai.ui.editor.forms.SectionForms;
import cn.gongkai.ui.editor.performance.PerformanceTreeView;
import cn.gongkai.ui.editor.performance.PerformanceTreeViewModel;
import cn.gongkai.ui.editor.tables.TableGrid;
import cn.gongkai.ui.editor.tables.TablesOverview;
import cn.gongkai.ui.preview.PreviewPane;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The editor of one draft: the sections on the left (with the performance tree inside 五), the form in the middle,
 * the problems below. Forms are built when first shown and kept in step with the draft.
 */
public final class EditorView {
    /** An entry of the navigation: a section's form, the performance tree, or one of the 公开表. */
    record Entry(Section section, boolean tree, TableKind table, boolean header) {
        /** 基本信息, kept with 一 in the draft, its own place on the screen. */
        static final Entry HEADER = new Entry(Section.DUTIES, false, null, true);

        Entry(Section section, boolean tree) {
            this(section, tree, null, false);
        }

        static Entry of(TableKind table) {
            return new Entry(Section.TABLES, false, table, false);
        }

        /** The printed part the entry edits: where the live preview turns. */
        PagePart part() {
            if (header) {
                return new PagePart.Front();
            }
            return table != null ? new PagePart.Table(table) : tree ? new PagePart.PerformanceTable()
                    : PagePart.of(section);
        }

        @Override
        public String toString() {
            if (header) {
                return SectionForms.HEADER_TITLE;
            }
            if (table != null) {
                return "　　表" + table.number() + " " + table.title();
            }
            return tree ? "　　绩效目标表" : section.numeral().isEmpty() ? shortTitle(section)
                    : section.numeral() + "、" + shortTitle(section);
        }
    }

    /** The narrowest the form gets beside the live preview (fits the widest tool bar at 1366×768, 125 %). */
    static final double FORM_MIN_WIDTH = 640;
    /** The left list's least width. */
    static final double NAV_WIDTH = 245;
    private final EditorViewModel vm;
    private final PerformanceTreeViewModel treeVm;
    private final SectionForms builder;
    private final Map<Section, SectionForm> forms = new EnumMap<>(Section.class);
    private final Map<TableKind, TableGrid> grids = new EnumMap<>(TableKind.class);
    private final TablesOverview overview;
    private final ListView<Entry> nav = new ListView<>();
    private final BorderPane center = new BorderPane();
    private final ProblemsPane problems;
    private final SplitPane root;
    private PreviewPane previewPane;
    private PerformanceTreeView treeView;
    private SectionForm headerForm;
    private boolean staffingShown;
    private TemplateProfile profileShown;

    public EditorView(EditorViewModel vm) {
        this(vm, 0.78, position -> { });
    }

    /**
     * With the problems pane's divider where the user left it ({@code divider}), each move of it handed to
     * {@code dividerMoved} to be remembered.
     */
    public EditorView(EditorViewModel vm, double divider, java.util.function.DoubleConsumer dividerMoved) {
        this.vm = vm;
        this.treeVm = new PerformanceTreeViewModel(vm);
        treeVm.useLibrary(vm.forms().library());
        this.builder = new SectionForms(vm.forms());
        this.problems = new ProblemsPane(vm);
        this.staffingShown = vm.draft().showStaffing();
        this.profileShown = vm.draft().header().profile();
        this.overview = new TablesOverview(vm.tables(), k -> nav.getSelectionModel().select(Entry.of(k)));
        overview.show(vm.draft());
        nav.setId("section-nav");
        nav.getItems().add(Entry.HEADER);
        for (Section s : Section.values()) {
            nav.getItems().add(new Entry(s, false));
            if (s == Section.PERFORMANCE) {
                nav.getItems().add(new Entry(s, true));
            }
            if (s == Section.TABLES) {
                for (TableKind k : TableKind.values()) {
                    nav.getItems().add(Entry.of(k));
                }
            }
        }
        // every entry whole ("表7 一般公共预算“三公”经费支出表"): the list is as wide as its longest entry
        double widest = nav.getItems().stream().mapToDouble(e -> cn.gongkai.ui.widgets.TextWidth.of(e.toString()))
                .max().orElse(200);
        nav.setMinWidth(Math.max(NAV_WIDTH, Math.ceil(widest) + 40));
        nav.setPrefWidth(nav.getMinWidth());
        nav.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Entry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.toString());
            }
        });
        nav.getSelectionModel().selectedItemProperty().addListener((o, a, e) -> {
            if (e != null) {
                showEntry(e);
            }
        });
        SplitPane work = new SplitPane(center, problems.root());
        work.setOrientation(javafx.geometry.Orientation.VERTICAL);
        work.setDividerPositions(divider);
        work.getDividers().get(0).positionProperty().addListener((o, a, p) -> dividerMoved.accept(p.doubleValue()));
        // beside the preview the form keeps the width its fields and tool bars need; the preview takes the rest
        work.setMinWidth(FORM_MIN_WIDTH);
        root = new SplitPane(nav, work);
        root.setDividerPositions(0.22);
        SplitPane.setResizableWithParent(nav, false);
        vm.preview().onProperty().addListener((o, was, on) -> {
            if (on) {
                if (previewPane == null) {
                    previewPane = new PreviewPane(vm.preview());
                }
                root.getItems().add(previewPane.root());
                root.setDividerPositions(0.22, 0.7);
            } else if (previewPane != null) {
                root.getItems().remove(previewPane.root());
                root.setDividerPositions(0.22);
            }
        });
        cn.gongkai.ui.editor.review.ReviewPane review = new cn.gongkai.ui.editor.review.ReviewPane(vm.review());
        vm.review().shownProperty().addListener((o, was, on) -> {
            if (on && !root.getItems().contains(review.root())) {
                root.getItems().add(2, review.root()); // beside the form, before the preview
                root.setDividerPositions(0.22, 0.68);
                review.list().requestFocus();
                review.list().getSelectionModel().selectFirst();
            } else if (!on) {
                root.getItems().remove(review.root());
            }
        });
        vm.draftProperty().addListener((o, a, d) -> refresh(d));
        vm.problems().addListener((ListChangeListener<Problem>) c -> mark());
        vm.jumpProperty().addListener((o, a, at) -> {
            if (at != null) {
                jump(at);
            }
        });
        nav.getSelectionModel().select(1); // the first section, as before: 基本信息 is one step up
    }

    static String shortTitle(Section s) {
        return switch (s) {
            case TABLES -> "部门预算公开表";
            case DUTIES -> "部门职责及机构设置";
            case BUDGET -> "预算安排总体情况";
            case RUNNING_COSTS -> "机关运行经费";
            case THREE_PUBLIC -> "“三公”经费";
            case PERFORMANCE -> "绩效预算信息";
            case PROCUREMENT -> "政府采购预算";
            case ASSETS -> "国有资产信息";
            case GLOSSARY -> "名词解释";
            case OTHER -> "其他需要说明的事项";
        };
    }

    public Node root() {
        return root;
    }

    public ListView<Entry> nav() {
        return nav;
    }

    public PerformanceTreeViewModel treeViewModel() {
        return treeVm;
    }

    private PerformanceTreeView tree() {
        if (treeView == null) {
            treeView = new PerformanceTreeView(treeVm, vm);
            treeView.show(vm.draft());
            treeView.mark(vm.problems());
        }
        return treeView;
    }

    private SectionForm form(Section s) {
        return forms.computeIfAbsent(s, k -> {
            SectionForm f = builder.build(k);
            f.show(vm.draft(), vm.readOnlyProperty().get());
            f.mark(vm.problems());
            return f;
        });
    }

    private SectionForm headerForm() {
        if (headerForm == null) {
            headerForm = builder.header();
            headerForm.show(vm.draft(), vm.readOnlyProperty().get());
            headerForm.mark(vm.problems());
        }
        return headerForm;
    }

    private TableGrid grid(TableKind k) {
        return grids.computeIfAbsent(k, kind -> {
            TableGrid g = new TableGrid(kind, vm.tables(), vm);
            g.show(vm.draft(), vm.readOnlyProperty().get());
            g.mark(vm.problems());
            return g;
        });
    }

    private void showEntry(Entry e) {
        vm.showing(e.section(), e.part());
        if (e.header()) {
            center.setCenter(headerForm().root());
        } else if (e.table() != null) {
            center.setCenter(grid(e.table()).root());
        } else if (e.section() == Section.TABLES) {
            center.setCenter(overview.root());
        } else {
            center.setCenter(e.tree() ? tree().root() : form(e.section()).root());
        }
    }

    /** Switches the live preview beside the form on or off (F9). */
    public void togglePreview() {
        vm.preview().onProperty().set(!vm.preview().onProperty().get());
    }

    /** Shows the grid of one of the 公开表. */
    public void showTable(TableKind k) {
        nav.getSelectionModel().select(Entry.of(k));
    }

    /** Selects the entry of a section (the tree for 五 when {@code tree}). */
    public void showSection(Section s, boolean tree) {
        nav.getSelectionModel().select(new Entry(s, tree));
    }

    private void refresh(Draft d) {
        if (d.showStaffing() != staffingShown) {
            staffingShown = d.showStaffing();
            forms.remove(Section.DUTIES); // the units table gains or loses its staffing columns
            reshow(Section.DUTIES);
        }
        if (d.header().profile() != profileShown) {
            profileShown = d.header().profile();
            forms.remove(Section.BUDGET); // the post-reform 情况说明 has other paragraphs
            forms.remove(Section.PERFORMANCE);
            reshow(Section.BUDGET);
            reshow(Section.PERFORMANCE);
        }
        for (SectionForm f : forms.values()) {
            f.show(d, vm.readOnlyProperty().get());
        }
        if (headerForm != null) {
            headerForm.show(d, vm.readOnlyProperty().get());
        }
        for (TableGrid g : grids.values()) {
            g.show(d, vm.readOnlyProperty().get());
        }
        overview.show(d);
        if (treeView != null) {
            treeView.show(d);
        }
    }

    /** Shows the current entry again when it is a form of the section (after the form was dropped). */
    private void reshow(Section s) {
        Entry current = nav.getSelectionModel().getSelectedItem();
        if (current != null && current.section() == s && current.table() == null && !current.tree()
                && !current.header()) {
            showEntry(current);
        }
    }

    private void mark() {
        List<Problem> list = vm.problems();
        for (SectionForm f : forms.values()) {
            f.mark(list);
        }
        if (headerForm != null) {
            headerForm.mark(list);
        }
        for (TableGrid g : grids.values()) {
            g.mark(list);
        }
        overview.mark(list);
        if (treeView != null) {
            treeView.mark(list);
        }
    }

    /** Shows the form or the tree a problem's place is in, then puts the caret on the place. */
    private void jump(Location at) {
        at.place().accept(new Place.Visitor<Void>() {
            @Override
            public Void figure(FigureKey key) {
                return inForm(at);
            }

            @Override
            public Void text(TextKey key) {
                return inForm(at);
            }

            @Override
            public Void row(ListTable table, int row) {
                return inForm(at);
            }

            @Override
            public Void header(HeaderField field) {
                if (field.section() != Section.DUTIES) {
                    return inForm(at); // the asset table's 截止时间, in 七
                }
                nav.getSelectionModel().select(Entry.HEADER);
                afterLayout(() -> headerForm().focus(at));
                return null;
            }

            @Override
            public Void node(PerfPath path) {
                return inTree(path);
            }

            @Override
            public Void perfTable() {
                return inTree(null);
            }

            @Override
            public Void table(TableKind table) {
                return inGrid(table, at);
            }

            @Override
            public Void cell(TableKind table, RowKey row, BudgetColumn column) {
                return inGrid(table, at);
            }

            @Override
            public Void target(int form, int indicator) {
                return inForm(at); // the three-level forms are in the 绩效 section's form
            }
        });
    }

    private Void inForm(Location at) {
        showSection(at.section(), false);
        afterLayout(() -> form(at.section()).focus(at));
        return null;
    }

    private Void inGrid(TableKind table, Location at) {
        showTable(table);
        afterLayout(() -> grid(table).focus(at.place()));
        return null;
    }

    private Void inTree(PerfPath path) {
        showSection(Section.PERFORMANCE, true);
        afterLayout(() -> {
            tree().select(path);
            tree().tree().requestFocus();
        });
        return null;
    }

    /**
     * A form or the tree shown for the first time has no skins yet: its fields are not in the scene and cannot take
     * the caret until CSS and layout have run.
     */
    private void afterLayout(Runnable focus) {
        Platform.runLater(() -> {
            center.applyCss();
            center.layout();
            focus.run();
        });
    }
}
