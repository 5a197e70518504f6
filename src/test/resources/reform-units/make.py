#!/usr/bin/env python3
"""Writes the post-reform corpus of ReformUnitsTest: disclosures in other units' habits (not derived from the
Gongkai sample), each with the figures, table cells and counts its import must give (NAME.expected).
Run from this folder: python3 make.py. The budgets are invented and consistent; the habits are real ones."""
from decimal import Decimal as D
import json

def q(x): return D(str(x)).quantize(D('0.01'))
def fmt(x, sep=False, blank_zero=False, places=2):
    x = D(str(x))
    if blank_zero and x == 0: return ''
    s = f"{x:,.{places}f}" if sep else f"{x:.{places}f}"
    return s
def norm(x):
    x = D(str(x)).normalize()
    return format(x, 'f')

CLASS_NAMES = {'201': '一般公共服务支出', '208': '社会保障和就业支出', '210': '卫生健康支出', '213': '农林水支出',
               '221': '住房保障支出', '212': '城乡社区支出', '229': '其他支出'}
NAMES = {'20103': '政府办公厅（室）及相关机构事务', '2010301': '行政运行', '2010302': '一般行政管理事务',
         '20805': '行政事业单位养老支出', '2080505': '机关事业单位基本养老保险缴费支出', '2080506': '机关事业单位职业年金缴费支出',
         '21011': '行政事业单位医疗', '2101101': '行政单位医疗', '2101102': '事业单位医疗',
         '21301': '农业农村', '2130101': '行政运行', '2130104': '事业运行', '2130122': '农业生产发展',
         '21307': '农村综合改革', '2130705': '对村民委员会和村党支部的补助',
         '22102': '住房改革支出', '2210201': '住房公积金',
         '21208': '国有土地使用权出让收入安排的支出', '2120803': '城市建设支出',
         '22960': '彩票公益金安排的支出', '2296002': '用于社会福利的彩票公益金支出'}
ECON = {'301': '工资福利支出', '302': '商品和服务支出', '303': '对个人和家庭的补助',
        '30101': '基本工资', '30102': '津贴补贴', '30103': '奖金', '30107': '绩效工资', '30108': '机关事业单位基本养老保险缴费',
        '30109': '职业年金缴费', '30110': '职工基本医疗保险缴费', '30113': '住房公积金',
        '30201': '办公费', '30205': '水费', '30206': '电费', '30211': '差旅费', '30217': '公务接待费', '30228': '工会经费',
        '30229': '福利费', '30231': '公务用车运行维护费', '30299': '其他商品和服务支出', '30302': '退休费'}

class Budget:
    def __init__(self, name, code, year, unit, gp, gf, econ, three_now, three_last, last_gp):
        self.name, self.code, self.year, self.unit = name, code, year, unit
        self.gp, self.gf, self.econ = gp, gf, econ  # gp: code -> (personnel, public, project, last); gf: code -> (basic, project)
        self.three_now, self.three_last, self.last_gp = three_now, three_last, last_gp
        self.k = D(1) if unit == '万元' else D(1)
    def gp_total(self, c=None):
        return sum((self.item_total(v) for k, v in self.gp.items() if c is None or k.startswith(c)), D(0))
    @staticmethod
    def item_total(v): return D(str(v[0])) + D(str(v[1])) + D(str(v[2]))
    def gf_total(self, c=None):
        return sum((D(str(v[0])) + D(str(v[1])) for k, v in self.gf.items() if c is None or k.startswith(c)), D(0))
    def col(self, items, c, idx):
        return sum((D(str(v[idx])) for k, v in items.items() if k.startswith(c)), D(0))
    def classes(self, items): return sorted({k[:3] for k in items})
    def sections(self, items): return sorted({k[:5] for k in items})
    def all_items(self):
        out = {}
        for k, v in self.gp.items(): out[k] = (D(str(v[0])) + D(str(v[1])), D(str(v[2])))
        for k, v in self.gf.items():
            b, p = out.get(k, (D(0), D(0)))
            out[k] = (b + D(str(v[0])), p + D(str(v[1])))
        return out
    def total(self): return self.gp_total() + self.gf_total()
    def basic(self): return sum((v[0] for v in self.all_items().values()), D(0))
    def project(self): return sum((v[1] for v in self.all_items().values()), D(0))
    def personnel(self): return self.col(self.gp, '', 0)
    def public(self): return self.col(self.gp, '', 1)

def subject_rows(items, value_fn, codes_in_three=False):
    """rows (code, name, values) for 合计, classes, sections and items of a subject table"""
    rows = []
    for cls in sorted({k[:3] for k in items}):
        rows.append((cls, CLASS_NAMES[cls], None))
        for sec in sorted({k[:5] for k in items if k.startswith(cls)}):
            rows.append((sec, NAMES[sec], None))
            for it in sorted(k for k in items if k.startswith(sec)):
                rows.append((it, NAMES[it], None))
    return rows

class Writer:
    """The text of a file in one of two shapes: 'cells' (Word's text export: a cell per tab-indented line, a blank
    line after each row) or 'rows' (copied from a web page: a row per line, cells between tabs)."""
    def __init__(self, shape):
        self.shape, self.out = shape, []
    def p(self, *lines):
        for l in lines: self.out.append(l)
    def table(self, rows):
        if self.shape == 'cells':
            for r in rows:
                for c in r: self.out.append('\t' + c)
                self.out.append('')
        else:
            for r in rows: self.out.append('\t'.join(r))
        self.out.append('' if self.shape == 'rows' else '')
    def text(self): return '\n'.join(self.out) + '\n'

class Expect:
    def __init__(self):
        self.lines = []
    def put(self, k, v): self.lines.append(f"{k}\t{v}")
    def cell(self, table, key, col, v): self.lines.append(f"cell {table} {key} {col}\t{norm(v)}")

PLAIN = ['部门收支预算总表', '部门收入预算总表', '部门支出预算总表', '财政拨款收支预算总表', '一般公共预算支出预算表',
         '一般公共预算基本支出预算表', '一般公共预算三公经费支出预算表', '政府性基金预算支出预算表', '国有资本经营预算支出表']

def tables(b, w, e, split_codes=False, count_row=False, sep=False, short_header=False, split_t5=False,
           prefix='表', page_break=None, plain_titles=False, three_change=False):
    """The nine tables, written and expected."""
    f = lambda x: fmt(x, sep)
    cap = lambda: ['编制单位：' + b.code + b.name, '预算年度：' + str(b.year) + '年', '单位：' + b.unit]
    def title(n, t):
        if plain_titles:
            w.p(f'{b.year}年{PLAIN[n - 1]}')
        else:
            w.p(prefix + str(n), t)
        if w.shape == 'cells':
            w.p('\t'.join(cap()))  # a caption with tab stops, as Word sets it
        else:
            w.p('  '.join(cap()))
    gp_rev = b.gp_total(); gf_rev = b.gf_total(); total = b.total()
    # 1 部门收支总表
    title(1, '部门收支总表')
    rows = [['收入', '收入', '支出', '支出'], ['项目', '预算数', '项目', '预算数']]
    if count_row: rows.append(['栏次', '1', '栏次', '2'])
    income = [('一般公共预算拨款收入', gp_rev, 'INCOME_GENERAL_PUBLIC'), ('政府性基金预算拨款收入', gf_rev, 'INCOME_GOV_FUND'),
              ('国有资本经营预算拨款收入', D(0), 'INCOME_STATE_CAPITAL'), ('财政专户管理资金收入', D(0), 'INCOME_FISCAL_SPECIAL'),
              ('单位资金收入', D(0), 'INCOME_UNIT_FUNDS')]
    classes = [(c, CLASS_NAMES[c], sum((v[0] + v[1] for k, v in b.all_items().items() if k.startswith(c)), D(0)))
               for c in sorted({k[:3] for k in b.all_items()})]
    left = [(n, v) for n, v, _ in income] + [('本年收入合计', total), ('上年结转结余', D(0)), ('收入总计', total)]
    right = [(n, v) for _, n, v in classes]
    while len(right) < len(income): right.append(('', None))
    right = right + [('本年支出合计', total), ('年终结转结余', D(0)), ('支出总计', total)]
    n = max(len(left), len(right))
    for i in range(n):
        l = left[i] if i < len(left) else ('', None)
        r = right[i] if i < len(right) else ('', None)
        rows.append([l[0], f(l[1]) if l[1] is not None else '', r[0], f(r[1]) if r[1] is not None else ''])
    w.table(rows)
    for name, v, key in income:
        e.cell('t1', 'L:' + key, 'AMOUNT', v)
    e.cell('t1', 'L:INCOME_YEAR_TOTAL', 'AMOUNT', total); e.cell('t1', 'L:CARRY_OVER_IN', 'AMOUNT', 0)
    e.cell('t1', 'L:INCOME_GRAND_TOTAL', 'AMOUNT', total)
    for c, name, v in classes: e.cell('t1', 'F' + c, 'AMOUNT', v)
    e.cell('t1', 'L:EXPENSE_YEAR_TOTAL', 'AMOUNT', total); e.cell('t1', 'L:CARRY_OVER_OUT', 'AMOUNT', 0)
    e.cell('t1', 'L:EXPENSE_GRAND_TOTAL', 'AMOUNT', total)
    if page_break: w.p(page_break(1))
    items = b.all_items()
    def code_cells(code):
        if not split_codes: return [code]
        return [code[:3], code[3:5] if len(code) > 3 else '', code[5:7] if len(code) > 5 else '']
    def code_heads(rows_):
        return ['类', '款', '项'] if split_codes else ['科目编码']
    def sub_value(items_, c, fn):
        return sum((fn(v) for k, v in items_.items() if k.startswith(c)), D(0))
    # 2 部门收入总表
    title(2, '部门收入总表')
    heads = code_heads(None)
    h1 = (['科目'] * len(heads) if split_codes else ['科目编码']) + ['科目名称', '合计', '上年结转'] + ['本年收入'] * 5
    h2 = heads + ['科目名称', '合计', '上年结转', '一般公共预算', '政府性基金预算', '国有资本经营预算', '财政专户管理资金', '单位资金']
    rows = [h1, h2]
    def inc(c): return (sub_value(b.gp, c, Budget.item_total), sub_value(b.gf, c, lambda v: D(str(v[0])) + D(str(v[1]))))
    rows.append([''] * len(heads) + ['合计', f(total), f(0), f(gp_rev), f(gf_rev), '', '', ''])
    e.cell('t2', 'L:TOTAL', 'TOTAL', total); e.cell('t2', 'L:TOTAL', 'CARRY_OVER', 0)
    e.cell('t2', 'L:TOTAL', 'GENERAL_PUBLIC', gp_rev); e.cell('t2', 'L:TOTAL', 'GOV_FUND', gf_rev)
    for code, name, _ in subject_rows(items, None):
        g, gfund = inc(code)
        rows.append(code_cells(code) + [name, f(g + gfund), f(0), f(g) if g else '', f(gfund) if gfund else '', '', '', ''])
        e.cell('t2', 'F' + code, 'TOTAL', g + gfund); e.cell('t2', 'F' + code, 'CARRY_OVER', 0)
        if g: e.cell('t2', 'F' + code, 'GENERAL_PUBLIC', g)
        if gfund: e.cell('t2', 'F' + code, 'GOV_FUND', gfund)
    w.table(rows)
    if page_break: w.p(page_break(2))
    # 3 部门支出总表
    title(3, '部门支出总表')
    rows = [code_heads(None) + ['科目名称', '合计', '基本支出', '项目支出']]
    rows.append([''] * len(code_heads(None)) + ['合计', f(total), f(b.basic()), f(b.project())])
    e.cell('t3', 'L:TOTAL', 'TOTAL', total); e.cell('t3', 'L:TOTAL', 'BASIC', b.basic()); e.cell('t3', 'L:TOTAL', 'PROJECT', b.project())
    for code, name, _ in subject_rows(items, None):
        bs = sub_value(items, code, lambda v: v[0]); pr = sub_value(items, code, lambda v: v[1])
        rows.append(code_cells(code) + [name, f(bs + pr), f(bs), f(pr)])
        e.cell('t3', 'F' + code, 'TOTAL', bs + pr); e.cell('t3', 'F' + code, 'BASIC', bs); e.cell('t3', 'F' + code, 'PROJECT', pr)
    w.table(rows)
    if page_break: w.p(page_break(3))
    # 4 财政拨款收支总表
    title(4, '财政拨款收支总表')
    rows = [['收入', '收入', '支出', '支出', '支出', '支出', '支出'],
            ['项目', '预算数', '项目', '合计', '一般公共预算', '政府性基金预算', '国有资本经营预算']]
    inc4 = [('一般公共预算拨款', gp_rev, 'INCOME_GENERAL_PUBLIC'), ('政府性基金预算拨款', gf_rev, 'INCOME_GOV_FUND'),
            ('国有资本经营预算拨款', D(0), 'INCOME_STATE_CAPITAL')]
    exp4 = [(CLASS_NAMES[c], c) for c in sorted({k[:3] for k in items})]
    left = [(n_, v) for n_, v, _ in inc4] + [('本年收入合计', total)]
    right = [(n_, c) for n_, c in exp4]
    while len(right) < 3: right.append(('', None))
    for i in range(max(len(left), len(right) + 1)):
        l = left[i] if i < len(left) else ('', None)
        if i < len(right):
            n_, c = right[i]
            if c is None:
                r = ['', '', '', '']
            else:
                g = b.gp_total(c); gfv = b.gf_total(c)
                r = [n_, f(g + gfv), f(g) if g else '', f(gfv) if gfv else '', '']
                e.cell('t4', 'F' + c, 'TOTAL', g + gfv)
                if g: e.cell('t4', 'F' + c, 'GENERAL_PUBLIC', g)
                if gfv: e.cell('t4', 'F' + c, 'GOV_FUND', gfv)
                rows.append([l[0], f(l[1]) if l[1] is not None else ''] + r)
                continue
        else:
            r = ['本年支出合计', f(total), f(gp_rev), f(gf_rev), '']
        rows.append([l[0], f(l[1]) if l[1] is not None else ''] + (r if len(r) == 5 else r + ['']))
    w.table(rows)
    for n_, v, key in inc4: e.cell('t4', 'L:' + key, 'AMOUNT', v)
    e.cell('t4', 'L:INCOME_YEAR_TOTAL', 'AMOUNT', total)
    e.cell('t4', 'L:EXPENSE_YEAR_TOTAL', 'TOTAL', total); e.cell('t4', 'L:EXPENSE_YEAR_TOTAL', 'GENERAL_PUBLIC', gp_rev)
    e.cell('t4', 'L:EXPENSE_YEAR_TOTAL', 'GOV_FUND', gf_rev)
    if page_break: w.p(page_break(4))
    # 5 一般公共预算支出表
    title(5, '一般公共预算支出表')
    ch = code_heads(None)
    if short_header:  # Word's text export of merged headings: 基本支出 once above its two columns
        rows = [ch + ['科目名称', '合计', '基本支出', '项目支出'],
                [''] * len(ch) + ['', '', '人员经费', '公用经费', '']]
    else:
        rows = [ch + ['科目名称', '合计', '基本支出', '基本支出', '项目支出'],
                ch + ['科目名称', '合计', '人员经费', '公用经费', '项目支出']]
    header = [r[:] for r in rows]
    body = [[''] * len(ch) + ['合计', f(gp_rev), f(b.personnel()), f(b.public()), f(b.col(b.gp, '', 2))]]
    e.cell('t5', 'L:TOTAL', 'TOTAL', gp_rev); e.cell('t5', 'L:TOTAL', 'PERSONNEL', b.personnel())
    e.cell('t5', 'L:TOTAL', 'PUBLIC_USE', b.public()); e.cell('t5', 'L:TOTAL', 'PROJECT', b.col(b.gp, '', 2))
    for code, name, _ in subject_rows(b.gp, None):
        pe, pu, pr = b.col(b.gp, code, 0), b.col(b.gp, code, 1), b.col(b.gp, code, 2)
        body.append(code_cells(code) + [name, f(pe + pu + pr), f(pe), f(pu), f(pr)])
        e.cell('t5', 'F' + code, 'TOTAL', pe + pu + pr); e.cell('t5', 'F' + code, 'PERSONNEL', pe)
        e.cell('t5', 'F' + code, 'PUBLIC_USE', pu); e.cell('t5', 'F' + code, 'PROJECT', pr)
    if split_t5:  # over two pages: the header printed again above the rest
        half = len(body) // 2
        w.table(rows + body[:half])
        w.p(page_break(5) if page_break else '— 6 —')
        w.table(header + body[half:])
    else:
        w.table(rows + body)
    if page_break: w.p(page_break(6))
    # 6 一般公共预算基本支出表
    title(6, '一般公共预算基本支出表')
    rows = [code_heads(None)[:2] if split_codes else ['科目编码'], ]
    rows = [(['类', '款'] if split_codes else ['科目编码']) + ['科目名称', '合计', '人员经费', '公用经费']]
    pe_t = sum((D(str(v[0])) for v in b.econ.values()), D(0)); pu_t = sum((D(str(v[1])) for v in b.econ.values()), D(0))
    rows.append([''] * (2 if split_codes else 1) + ['合计', f(pe_t + pu_t), f(pe_t), f(pu_t)])
    e.cell('t6', 'L:TOTAL', 'TOTAL', pe_t + pu_t); e.cell('t6', 'L:TOTAL', 'PERSONNEL', pe_t); e.cell('t6', 'L:TOTAL', 'PUBLIC_USE', pu_t)
    for cls in sorted({k[:3] for k in b.econ}):
        cp = sum((D(str(v[0])) for k, v in b.econ.items() if k.startswith(cls)), D(0))
        cu = sum((D(str(v[1])) for k, v in b.econ.items() if k.startswith(cls)), D(0))
        rows.append(([cls, ''] if split_codes else [cls]) + [ECON[cls], f(cp + cu), f(cp), f(cu)])
        e.cell('t6', 'E' + cls, 'TOTAL', cp + cu); e.cell('t6', 'E' + cls, 'PERSONNEL', cp); e.cell('t6', 'E' + cls, 'PUBLIC_USE', cu)
        for k in sorted(x for x in b.econ if x.startswith(cls)):
            p_, u_ = D(str(b.econ[k][0])), D(str(b.econ[k][1]))
            rows.append(([cls, k[3:]] if split_codes else [k]) + [ECON[k], f(p_ + u_), f(p_), f(u_)])
            e.cell('t6', 'E' + k, 'TOTAL', p_ + u_); e.cell('t6', 'E' + k, 'PERSONNEL', p_); e.cell('t6', 'E' + k, 'PUBLIC_USE', u_)
    w.table(rows)
    if page_break: w.p(page_break(7))
    # 7 “三公”
    title(7, '一般公共预算“三公”经费支出表')
    rows = [['项目', '合计', '因公出国（境）费', '公务用车购置及运行费', '公务用车购置及运行费', '公务用车购置及运行费', '公务接待费'],
            ['项目', '合计', '因公出国（境）费', '小计', '购置费', '运行费', '公务接待费']]
    for label, t, line in ((str(b.year) + '年预算数', b.three_now, 'CURRENT_YEAR'), (str(b.year - 1) + '年预算数', b.three_last, 'LAST_YEAR')):
        a, pu, op, rc = [D(str(x)) for x in t]
        rows.append([label, f(a + pu + op + rc), f(a), f(pu + op), f(pu), f(op), f(rc)])
        for col, v in (('TOTAL', a + pu + op + rc), ('ABROAD', a), ('VEHICLE', pu + op), ('VEHICLE_PURCHASE', pu),
                       ('VEHICLE_OPERATION', op), ('RECEPTION', rc)):
            e.cell('t7', 'L:' + line, col, v)
    if three_change:
        now, last = [D(str(x)) for x in b.three_now], [D(str(x)) for x in b.three_last]
        d4 = [n_ - l_ for n_, l_ in zip(now, last)]
        rows.append(['增减额', f(sum(d4)), f(d4[0]), f(d4[1] + d4[2]), f(d4[1]), f(d4[2]), f(d4[3])])
    w.table(rows)
    if page_break: w.p(page_break(8))
    # 8 政府性基金预算支出表
    title(8, '政府性基金预算支出表')
    rows = [code_heads(None) + ['科目名称', '合计', '基本支出', '项目支出']]
    if b.gf:
        rows.append([''] * len(code_heads(None)) + ['合计', f(gf_rev), f(b.col(b.gf, '', 0)), f(b.col(b.gf, '', 1))])
        e.cell('t8', 'L:TOTAL', 'TOTAL', gf_rev); e.cell('t8', 'L:TOTAL', 'BASIC', b.col(b.gf, '', 0)); e.cell('t8', 'L:TOTAL', 'PROJECT', b.col(b.gf, '', 1))
        for code, name, _ in subject_rows(b.gf, None):
            bs, pr = b.col(b.gf, code, 0), b.col(b.gf, code, 1)
            rows.append(code_cells(code) + [name, f(bs + pr), f(bs), f(pr)])
            e.cell('t8', 'F' + code, 'TOTAL', bs + pr); e.cell('t8', 'F' + code, 'BASIC', bs); e.cell('t8', 'F' + code, 'PROJECT', pr)
        w.table(rows)
    else:
        rows.append([''] * len(code_heads(None)) + ['合计', '', '', ''])
        w.table(rows)
        w.p('本单位' + str(b.year) + '年没有使用政府性基金预算拨款安排的支出，故本表为空表。')
        e.put('@empty.t8', '本单位' + str(b.year) + '年没有使用政府性基金预算拨款安排的支出，故本表为空表。')
    if page_break: w.p(page_break(9))
    # 9 国有资本经营预算支出表
    title(9, '国有资本经营预算支出表')
    w.table([code_heads(None) + ['科目名称', '合计', '基本支出', '项目支出'], [''] * len(code_heads(None)) + ['合计', '', '', '']])
    w.p('本单位' + str(b.year) + '年无国有资本经营预算支出，故本表为空表。')
    e.put('@empty.t9', '本单位' + str(b.year) + '年无国有资本经营预算支出，故本表为空表。')

def share(part, whole): return f"{(D(part) * 100 / D(whole)).quantize(D('0.01'))}%"

def figures(b, e, running, procurement=None, vehicles=None):
    total = b.total()
    for k, v in (('income.total', total), ('income.generalPublic', b.gp_total()), ('income.govFund', b.gf_total()),
                 ('income.stateCapital', 0), ('income.fiscalSpecial', 0), ('income.unitFunds', 0), ('income.carryOver', 0),
                 ('expense.total', total), ('expense.basic', b.basic()), ('expense.personnel', b.personnel()),
                 ('expense.publicUse', b.public()), ('expense.project', b.project()), ('expense.carryForward', 0),
                 ('generalPublic.total', b.gp_total()), ('last.generalPublic', b.last_gp), ('runningCost.total', running)):
        e.put(k, norm(v))
    names = ('abroad', 'vehiclePurchase', 'vehicleOperation', 'reception')
    for prefix, t in (('threePublic.', b.three_now), ('last.threePublic.', b.three_last)):
        e.put(prefix + 'total', norm(sum(D(str(x)) for x in t)))
        for n, x in zip(names, t): e.put(prefix + n, norm(x))
    if procurement is not None: e.put('procurement.total', norm(procurement))
    if vehicles is not None: e.put('asset.vehicleCount', str(vehicles))

def items_lines(b, f):
    """具体使用情况: a line per 项 with this year's, last year's change and the reason (as Hebei files word it)."""
    lines = []
    n = 1
    for code in sorted(b.gp):
        v = b.gp[code]
        now = Budget.item_total(v); last = D(str(v[3]))
        parents = CLASS_NAMES[code[:3]] + '（类）' + NAMES[code[:5]] + '（款）'
        s = f"{n}. {parents}{NAMES[code]}（项）{b.year}年预算数为{f(now)}{b.unit}"
        diff = now - last
        if diff == 0: s += '，与上年持平。'
        else:
            s += f"，比上年{'增加' if diff > 0 else '减少'}{f(abs(diff))}{b.unit}"
            s += f"（{'增长' if diff > 0 else '下降'}{share(abs(diff), last)}）" if last != 0 else '（上年未安排）'
            s += '，主要原因是' + ('人员工资正常调整' if diff > 0 else '压减一般性支出') + '。'
        lines.append(s); n += 1
    return lines

GLOSSARY = [('一般公共预算拨款收入', '指{lv}财政当年拨付的资金。'), ('政府性基金预算拨款收入', '指{lv}财政当年拨付的政府性基金预算资金。'),
            ('基本支出', '指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。'),
            ('项目支出', '指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。'),
            ('“三公”经费', '指用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。'),
            ('机关运行经费', '指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金。')]

def narrative_national(b, w, e, lv, sep=True, gp_subheadings=True):
    """第一部分 部门概况 … 第三部分 名词解释, the 情况说明 numbered as most provinces number it."""
    f = lambda x: fmt(x, sep)
    u = b.unit
    w.p('第一部分 部门概况', '一、主要职能',
        f'{b.name}是县政府工作部门，主要职责是：', '（一）贯彻落实党和国家关于“三农”工作的方针政策和决策部署，统筹研究和组织实施“三农”工作的发展战略、中长期规划、重大政策。',
        '（二）负责种植业、畜牧业、渔业、农垦、农业机械化等农业各产业的监督管理。',
        '二、部门构成', f'从预算单位构成看，{b.name}部门预算包括：局本级及所属事业单位2个，分别是县农业技术推广站、县动物疫病预防控制中心。')
    w.p(f'第二部分 {b.year}年部门预算情况说明', '一、收支预算总体情况',
        f'按照综合预算的原则，{b.name}所有收入和支出均纳入部门预算管理。{b.year}年收支总预算{f(b.total())}{u}。')
    w.p('二、收入预算情况',
        f'{b.year}年收入预算{f(b.total())}{u}，其中：一般公共预算拨款收入{f(b.gp_total())}{u}，占{share(b.gp_total(), b.total())}；'
        f'政府性基金预算拨款收入{f(b.gf_total())}{u}，占{share(b.gf_total(), b.total())}。')
    w.p('三、支出预算情况',
        f'{b.year}年支出预算{f(b.total())}{u}，其中：基本支出{f(b.basic())}{u}，占{share(b.basic(), b.total())}；'
        f'项目支出{f(b.project())}{u}，占{share(b.project(), b.total())}。')
    classes = sorted({k[:3] for k in b.all_items()})
    byclass = '；'.join(f"{CLASS_NAMES[c]}{f(sum((v[0] + v[1] for k, v in b.all_items().items() if k.startswith(c)), D(0)))}{u}" for c in classes)
    w.p('四、财政拨款收支预算总体情况',
        f'{b.year}年财政拨款收支总预算{f(b.total())}{u}。收入全部为当年财政拨款，其中：一般公共预算拨款{f(b.gp_total())}{u}，'
        f'政府性基金预算拨款{f(b.gf_total())}{u}；支出包括：{byclass}。')
    diff = b.gp_total() - D(str(b.last_gp))
    heads = (lambda *x: x) if gp_subheadings else (lambda *x: ())
    w.p('五、一般公共预算当年拨款支出情况', *heads('（一）一般公共预算当年拨款规模变化情况'))
    w.p(
        f'{b.year}年一般公共预算当年拨款{f(b.gp_total())}{u}，比上年{"增加" if diff > 0 else "减少"}{f(abs(diff))}{u}，'
        f'{"增长" if diff > 0 else "下降"}{share(abs(diff), b.last_gp)}，主要原因是高标准农田建设任务增加。')
    w.p(*heads('（二）一般公共预算当年拨款结构情况'))
    w.p(
        f'{b.year}年一般公共预算当年拨款{f(b.gp_total())}{u}，按支出功能分类：' + '；'.join(
            f"{CLASS_NAMES[c]}{f(b.gp_total(c))}{u}，占{share(b.gp_total(c), b.gp_total())}" for c in sorted({k[:3] for k in b.gp})) + '。')
    w.p(*heads('（三）一般公共预算当年拨款具体使用情况'))
    w.p(*items_lines(b, f))
    w.p('六、一般公共预算基本支出情况',
        f'{b.year}年一般公共预算基本支出{f(b.personnel() + b.public())}{u}，其中：人员经费{f(b.personnel())}{u}，主要包括：基本工资、津贴补贴、'
        f'奖金、绩效工资、机关事业单位基本养老保险缴费、住房公积金；公用经费{f(b.public())}{u}，主要包括：办公费、水费、电费、差旅费、公务用车运行维护费。')
    a, pu, op, rc = [D(str(x)) for x in b.three_now]
    la, lpu, lop, lrc = [D(str(x)) for x in b.three_last]
    now3, last3 = a + pu + op + rc, la + lpu + lop + lrc
    w.p('七、“三公”经费预算情况',
        f'{b.year}年“三公”经费预算{f(now3)}{u}，比上年减少{f(last3 - now3)}{u}。其中：因公出国（境）费用{f(a)}{u}，较上年无增减；'
        f'公务用车购置及运行维护费{f(pu + op)}{u}（购置费{f(pu)}{u}，运行维护费{f(op)}{u}），比上年减少{f(lpu + lop - pu - op)}{u}；'
        f'公务接待费{f(rc)}{u}，比上年减少{f(lrc - rc)}{u}。减少的主要原因是厉行节约，压减一般性支出。')
    w.p('八、政府性基金预算支出情况',
        f'{b.year}年政府性基金预算支出{f(b.gf_total())}{u}，全部为项目支出。')
    w.p('九、国有资本经营预算支出情况', f'本部门{b.year}年没有使用国有资本经营预算拨款安排的支出。')
    w.p('十、其他重要事项的情况说明', '（一）机关运行经费',
        f'{b.year}年本部门机关运行经费财政拨款预算{f(b.public())}{u}，比上年增加3.80{u}，增长2.53%。',
        '（二）政府采购情况', f'{b.year}年本部门政府采购预算总额56.00{u}，其中：政府采购货物预算36.00{u}、政府采购服务预算20.00{u}。',
        '（三）国有资产占有使用情况', f'截至{b.year - 1}年底，本部门共有车辆3辆，其中：一般公务用车2辆、执法执勤用车1辆；单位价值200万元以上大型设备0台（套）。',
        '（四）预算绩效情况', f'{b.year}年本部门开展绩效目标管理的项目5个，涉及一般公共预算当年拨款{f(b.col(b.gp, "", 2))}{u}。')
    w.p('第三部分 名词解释')
    for i, (t, d) in enumerate(GLOSSARY):
        w.p(f'{"一二三四五六七八九十"[i]}、{t}：{d.format(lv=lv)}')
    e.put('@glossary', str(len(GLOSSARY)))
    e.put('@orgUnits', '0')
    e.put('@orgText', f'从预算单位构成看，{b.name}部门预算包括')

def narrative_hebei(b, w, e, lv, level_word):
    """二、部门预算信息公开情况说明 as Hebei townships word it, numbered 一 … 十四."""
    f = lambda x: fmt(x)
    u = b.unit
    w.p(b.name, f'{b.year}年部门预算信息公开情况说明',
        f'根据《中华人民共和国预算法》和《地方预决算公开操作规程》的规定，现将{b.name}{b.year}年部门预算公开如下：',
        '一、部门职责及机构设置情况', '（一）部门职责',
        f'{b.name}负责全镇经济社会发展的统筹协调，宣传和执行党的路线方针政策，落实上级政府交办的各项工作。',
        '（二）机构设置', '部门机构设置情况')
    w.table([['单位名称', '单位性质', '单位规格', '经费保障形式'], [b.name, '行政', '正科级', '财政拨款'],
             [b.name.replace('人民政府', '') + '农业综合服务中心', '事业', '股级', '财政拨款']])
    e.put('@orgUnits', '2')
    w.p('二、部门预算安排的总体情况',
        f'按照预算管理有关规定，目前我{level_word}部门预算的编制实行综合预算制度，即全部收入和支出都反映在预算中。{b.name}的收支包含在部门预算中。',
        '（一）收入预算',
        f'{b.year}年收入预算{f(b.total())}{u}，其中：一般公共预算拨款收入{f(b.gp_total())}{u}，占{share(b.gp_total(), b.total())}。',
        '（二）支出预算',
        f'{b.year}年支出预算{f(b.total())}{u}，其中：基本支出{f(b.basic())}{u}，占{share(b.basic(), b.total())}；项目支出{f(b.project())}{u}，'
        f'占{share(b.project(), b.total())}。')
    w.p('三、财政拨款收支总体情况', f'{b.year}年财政拨款收入预算{f(b.total())}{u}，其中：一般公共预算拨款{f(b.gp_total())}{u}；财政拨款支出预算{f(b.total())}{u}。')
    diff = b.gp_total() - D(str(b.last_gp))
    w.p('四、一般公共预算当年拨款情况', '（一）一般公共预算当年拨款规模变化情况',
        f'{b.year}年一般公共预算当年拨款{f(b.gp_total())}{u}，比上年{"增加" if diff > 0 else "减少"}{f(abs(diff))}{u}，'
        f'{"增长" if diff > 0 else "下降"}{share(abs(diff), b.last_gp)}，主要原因是村级组织运转经费标准提高。',
        '（二）一般公共预算当年拨款结构情况',
        f'{b.year}年一般公共预算当年拨款{f(b.gp_total())}{u}，按支出功能分类：' + '；'.join(
            f"{CLASS_NAMES[c]}{f(b.gp_total(c))}{u}，占{share(b.gp_total(c), b.gp_total())}" for c in sorted({k[:3] for k in b.gp})) + '。',
        '（三）一般公共预算当年拨款具体使用情况')
    w.p(*items_lines(b, f))
    w.p('五、一般公共预算基本支出情况', f'{b.year}年一般公共预算基本支出{f(b.personnel() + b.public())}{u}，其中：人员经费{f(b.personnel())}{u}；公用经费{f(b.public())}{u}。')
    a, pu, op, rc = [D(str(x)) for x in b.three_now]
    la, lpu, lop, lrc = [D(str(x)) for x in b.three_last]
    w.p('六、“三公”经费预算情况', f'{b.year}年，我部门财政拨款“三公”经费预算安排{f(a + pu + op + rc)}{u}。其中，因公出国（境）费{f(a)}{u}；'
        f'公务用车购置及运维费{f(pu + op)}{u}（其中：公务用车购置费{f(pu)}{u}，公务用车运维费{f(op)}{u}）；公务接待费{f(rc)}{u}。')
    w.p('七、政府性基金预算支出情况', f'本部门{b.year}年没有使用政府性基金预算拨款安排的支出。')
    w.p('八、国有资本经营预算支出情况', f'本部门{b.year}年没有使用国有资本经营预算拨款安排的支出。')
    w.p('九、机关运行经费安排情况', f'{b.year}年，我部门机关运行经费共计安排{f(b.public())}{u}，主要用于办公、水电、差旅和公务用车运行维护。')
    w.p('十、政府采购预算情况', f'本部门{b.year}年未安排政府采购预算。')
    w.p('十一、国有资产占用情况', f'截至{b.year - 1}年12月31日，本部门固定资产总额1,286,400.00元，其中车辆1辆。')
    w.p('十二、预算绩效目标设置情况', f'{b.year}年本部门对2项部门职责、2项工作活动设置了绩效目标。')
    w.p('十三、名词解释')
    for i, (t, d) in enumerate(GLOSSARY[:4]):
        w.p(f'{i + 1}、{t}：{d.format(lv=lv)}')
    e.put('@glossary', '4')
    w.p('十四、其他需要说明的事项', '本部门无其他需要说明的事项。')

def performance_table(b, w, e):
    w.p('三、部门职责-工作活动绩效目标表', '部门职责-工作活动绩效目标')
    w.p('编制单位：' + b.code + b.name + '\t单位：' + b.unit)
    rows = [['职责活动', '年度预算数', '内容描述', '绩效目标', '绩效指标', '评价标准', '评价标准', '评价标准', '评价标准'],
            ['职责活动', '年度预算数', '内容描述', '绩效目标', '绩效指标', '优', '良', '中', '差'],
            ['一、村级组织运转', '', '保障村级组织正常运转', '村级组织运转经费及时足额拨付', '', '', '', '', ''],
            ['1、村干部报酬发放', fmt(b.col(b.gp, '21307', 2)), '按标准发放村干部报酬', '按时足额发放', '发放及时率', '100%', '≥95%', '≥90%', '<90%'],
            ['', '', '', '', '村干部满意度', '≥95%', '≥90%', '≥85%', '<85%'],
            ['二、机关综合事务', '', '保障机关日常运转', '机关运转平稳有序', '', '', '', '', ''],
            ['1、机关日常运转', fmt(b.col(b.gp, '20103', 2)), '办公、会议及后勤保障', '全年无重大差错', '公文办理及时率', '≥98%', '≥95%', '≥90%', '<90%']]
    w.table(rows)
    e.put('@duties', '2'); e.put('@activities', '2'); e.put('@indicators', '3')

def write(name, w, e, head):
    open(name + '.txt', 'w', encoding='utf-8').write(w.text())
    open(name + '.expected', 'w', encoding='utf-8').write('\n'.join(head + e.lines) + '\n')

def kuancheng():
    b = Budget('宽城满族自治县农业农村局', '327', 2024, '万元',
               {'2130101': (420.50, 86.30, 0, 480.00), '2130104': (310.20, 28.40, 0, 330.00),
                '2130122': (0, 0, 1280.00, 1100.00), '2080505': (96.40, 0, 0, 92.00), '2080506': (38.60, 0, 0, 36.00),
                '2101101': (42.10, 0, 0, 40.00), '2101102': (28.00, 0, 0, 27.00), '2210201': (62.90, 0, 0, 60.00)},
               {'2120803': (0, 120.00)},
               {'30101': (320.00, 0), '30102': (210.00, 0), '30107': (200.70, 0), '30108': (96.40, 0), '30109': (38.60, 0),
                '30110': (70.10, 0), '30113': (62.90, 0), '30201': (0, 30.00), '30205': (0, 4.20), '30206': (0, 12.50),
                '30211': (0, 18.00), '30217': (0, 3.50), '30228': (0, 12.00), '30231': (0, 15.00), '30299': (0, 19.50)},
               (0, 0, 15.00, 3.50), (0, 0, 16.00, 4.00), 0)
    b.last_gp = sum((D(str(v[3])) for v in b.gp.values()), D(0))
    w, e = Writer('cells'), Expect()
    w.p(f'{b.name}{b.year}年部门预算公开', '目  录', '第一部分 部门概况……………………1', f'第二部分 {b.year}年部门预算情况说明……………………3',
        '第三部分 名词解释……………………9', '第四部分 附件……………………11')
    narrative_national(b, w, e, '县级')
    w.p('第四部分 附件')
    tables(b, w, e, split_codes=True, count_row=True, sep=True)
    figures(b, e, b.public(), procurement=56, vehicles=3)
    write('kuancheng-agri-2024', w, e, [
        '# 宽城满族自治县农业农村局 2024（万元）: national order (第一部分 部门概况 … 第四部分 附件), tables last,',
        '# codes in three columns (类|款|项), a 栏次 row, thousands separators, a 目录 with leaders, 国有资本经营 table empty',
        '@unit\t万元', '@unitName\t' + b.name, '@unitCode\t327', '@year\t2024', '@level\t县级', '@assetsAsOf\t2023-12-31',
        '@duties\t0', '@activities\t0', '@indicators\t0', '@procurement\t0', '@unplaced\t0'])

def gushanzi():
    b = Budget('兴隆县孤山子镇人民政府', '603', 2025, '元',
               {'2010301': (1850000, 320000, 0, 2050000), '2010302': (0, 0, 260000, 240000),
                '2080505': (312400, 0, 0, 300000), '2101101': (146000, 0, 0, 140000),
                '2130705': (0, 0, 1080000, 960000), '2210201': (198600, 0, 0, 190000)},
               {},
               {'30101': (900000, 0), '30102': (640000, 0), '30107': (310000, 0), '30108': (312400, 0), '30110': (146000, 0),
                '30113': (198600, 0), '30201': (0, 120000), '30206': (0, 60000), '30211': (0, 40000), '30231': (0, 60000),
                '30299': (0, 40000)},
               (0, 0, 60000, 20000), (0, 0, 65000, 25000), 0)
    b.last_gp = sum((D(str(v[3])) for v in b.gp.values()), D(0))
    w, e = Writer('cells'), Expect()
    w.p(b.name, f'{b.year}年部门预算信息公开', b.name, '2025年3月', '目录', '一、部门预算公开表\t1', '二、部门预算信息公开情况说明\t14',
        '三、部门职责-工作活动绩效目标表\t22', '一、部门预算公开表')
    page = lambda n: f'— {n} —'
    tables(b, w, e, short_header=True, split_t5=True, page_break=page)
    narrative_hebei(b, w, e, '乡镇级', '镇')
    performance_table(b, w, e)
    figures(b, e, b.public())
    e.put('asset.total', '1286400')
    e.put('asset.vehicleCount', '1')
    write('gushanzi-town-2025', w, e, [
        '# 兴隆县孤山子镇人民政府 2025（元）: Hebei order as Gongkai prints it (公开表 → 情况说明 → 绩效目标表), everything in 元,',
        '# 一般公共预算支出表 over two pages with its header again and page numbers between, merged headings as Word exports',
        '# them (基本支出 once above its two columns), 政府性基金 and 国有资本经营 tables empty with their statements',
        '@unit\t元', '@unitName\t' + b.name, '@unitCode\t603', '@year\t2025', '@level\t乡镇', '@assetsAsOf\t2024-12-31',
        '@procurement\t0', '@unplaced\t0'])

def luanping():
    b = Budget('滦平县卫生健康局', '208', 2023, '万元',
               {'2101101': (386.40, 72.60, 0, 420.00), '2101102': (215.30, 18.20, 0, 230.00),
                '2080505': (64.80, 0, 0, 61.00), '2210201': (40.50, 0, 0, 38.00)},
               {'2296002': (0, 35.00)},
               {'30101': (260.00, 0), '30102': (190.00, 0), '30107': (151.70, 0), '30108': (64.80, 0), '30113': (40.50, 0),
                '30201': (0, 28.00), '30211': (0, 12.80), '30217': (0, 2.00), '30231': (0, 9.00), '30299': (0, 39.00)},
               (0, 0, 9.00, 2.00), (0, 0, 10.00, 2.00), 0)
    b.last_gp = sum((D(str(v[3])) for v in b.gp.values()), D(0))
    w, e = Writer('rows'), Expect()
    w.p(f'{b.year}年{b.name}部门预算')
    tables(b, w, e, count_row=True, plain_titles=True, three_change=True)
    narrative_national(b, w, e, '县级', sep=False, gp_subheadings=False)
    figures(b, e, b.public(), procurement=56, vehicles=3)
    write('luanping-health-2023', w, e, [
        '# 滦平县卫生健康局 2023（万元）: copied from a web page (a table row per line), the title with the year first,',
        '# the tables first under plain titles with the year ("2023年部门收支预算总表"), a 栏次 row, the “三公” table with an',
        '# 增减额 row, national order after them with 一般公共预算当年拨款 written without sub-headings',
        '@unit\t万元', '@unitName\t' + b.name, '@unitCode\t208', '@year\t2023', '@level\t县级', '@assetsAsOf\t2022-12-31',
        '@duties\t0', '@activities\t0', '@indicators\t0', '@procurement\t0', '@unplaced\t0'])

if __name__ == '__main__':
    kuancheng()
    gushanzi()
    luanping()
