package cn.gongkai.ui.editor.forms;

import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.ListTable;
import cn.gongkai.domain.model.Place;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.ui.widgets.Marks;
import javafx.scene.Node;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/** One of the draft's tables in a form, kept in step with the draft. */
final class TablePart<T> implements FormPart {
    private final ListTable table;
    private final RowTable<T> rows;
    private final Function<Draft, List<T>> get;

    TablePart(ListTable table, List<Column<T>> columns, T blank, FormsViewModel vm,
              Function<Draft, List<T>> get, BiFunction<Draft, List<T>, Draft> set) {
        this.table = table;
        this.get = get;
        this.rows = new RowTable<>("table-" + table.code(), table.label(), columns, blank,
                list -> vm.apply(table.label(), d -> set.apply(d, list)));
    }

    @Override
    public Node root() {
        return rows.root();
    }

    @Override
    public void show(Draft draft, boolean readOnly) {
        rows.show(get.apply(draft), readOnly);
    }

    @Override
    public boolean holds(Place place) {
        return place instanceof Place.Row r && r.table() == table;
    }

    @Override
    public void mark(List<Problem> problems) {
        Marks.apply(rows.table(), problems);
    }

    @Override
    public void focus(Place place) {
        rows.focusRow(place instanceof Place.Row r ? r.row() : 0);
        rows.table().requestFocus();
    }
}
