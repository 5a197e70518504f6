package cn.gongkai.exchange;

import cn.gongkai.domain.budget.TemplateProfile;
import cn.gongkai.domain.model.BadInputException;
import cn.gongkai.domain.model.CostItem;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.DraftHeader;
import cn.gongkai.domain.model.DraftStatus;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.FigureKind;
import cn.gongkai.domain.model.Figures;
import cn.gongkai.domain.model.FinanceLevel;
import cn.gongkai.domain.model.GlossaryEntry;
import cn.gongkai.domain.model.Guess;
import cn.gongkai.domain.model.NamedAmount;
import cn.gongkai.domain.model.Narrative;
import cn.gongkai.domain.model.OrgUnit;
import cn.gongkai.domain.model.ProcurementRow;
import cn.gongkai.domain.model.Staffing;
import cn.gongkai.domain.model.TextKey;
import cn.gongkai.domain.model.Texts;
import cn.gongkai.domain.money.AmountStyle;
import cn.gongkai.domain.money.MoneyUnit;
import cn.gongkai.domain.performance.Activity;
import cn.gongkai.domain.performance.Duty;
import cn.gongkai.domain.performance.DutyTarget;
import cn.gongkai.domain.performance.GradeScale;
import cn.gongkai.domain.performance.Indicator;
import cn.gongkai.domain.performance.Performance;
import cn.gongkai.domain.performance.WorkFields;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an exchange file into a complete draft, or refuses it with a message naming what is wrong and where.
 * Nothing is stored here: the caller stores the finished draft in one transaction, so a refused file leaves no
 * trace.
 */
public final class ExchangeReader {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    public Draft read(byte[] bytes) {
        return draft(root(bytes));
    }

    /** The draft and the officer's own library entries the file carries (since version 7; none before). */
    public record Contents(Draft draft, List<cn.gongkai.domain.targets.LibraryEntry> library) {
    }

    public Contents readWithLibrary(byte[] bytes) {
        Field r = root(bytes);
        return new Contents(draft(r), r.child("library").list(ExchangeTargets::libraryEntry));
    }

    public Contents readWithLibrary(java.nio.file.Path file) {
        byte[] bytes = bytesOf(file);
        try {
            return readWithLibrary(bytes);
        } catch (BadInputException e) {
            throw new BadInputException(file.getFileName() + "：" + e.getMessage());
        }
    }

    private Field root(byte[] bytes) {
        if (bytes.length == 0) {
            throw new BadInputException("交换文件是空的");
        }
        if (bytes.length > ExchangeFormat.MAX_BYTES) {
            throw new BadInputException("交换文件过大（" + bytes.length / (1024 * 1024) + " MB），不是 Gongkai 草稿文件");
        }
        String text = decode(bytes);
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonParseException e) {
            throw new BadInputException("交换文件不完整或不是有效的 JSON：第 " + e.getLocation().getLineNr() + " 行第 "
                    + e.getLocation().getColumnNr() + " 列附近有误（文件可能被截断或改坏）");
        } catch (JsonProcessingException e) {
            throw new BadInputException("交换文件不是有效的 JSON：" + e.getOriginalMessage());
        }
        if (root == null || root.isMissingNode()) {
            throw new BadInputException("交换文件是空的");
        }
        Field r = new Field(root, "").object();
        String format = r.child("format").optString();
        if (!ExchangeFormat.FORMAT.equals(format)) {
            throw new BadInputException("这不是 Gongkai 草稿交换文件（缺少 \"format\": \"" + ExchangeFormat.FORMAT + "\"）");
        }
        int version = r.child("version").integer(ExchangeFormat.OLDEST, Integer.MAX_VALUE);
        if (version > ExchangeFormat.VERSION) {
            throw new BadInputException("交换文件版本为 " + version + "，本程序只能读取到版本 " + ExchangeFormat.VERSION
                    + "。请升级 Gongkai 后再导入。");
        }
        return r;
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BadInputException("交换文件不是 UTF-8 文本（可能是其他格式的文件）");
        }
    }

    private Draft draft(Field r) {
        DraftHeader header = header(r.child("header").object());
        MoneyUnit unit = header.moneyUnit();
        Figures figures = figures(r.child("figures"), unit);
        Texts texts = texts(r.child("texts"));
        List<OrgUnit> units = r.child("orgUnits").list(ExchangeReader::orgUnit);
        List<CostItem> costs = r.child("runningCostItems").list(f -> {
            MoneyUnit u = f.object().child("unit").missing() ? unit : f.child("unit").choice(MoneyUnit::fromLabel);
            return new CostItem(f.text("name"), f.child("amount").amount(u), u);
        });
        List<NamedAmount> projects = r.child("majorProjects").list(
                f -> new NamedAmount(f.object().text("name"), f.child("amount").amount(unit)));
        List<DutyTarget> targets = r.child("dutyTargets").list(
                f -> new DutyTarget(f.object().text("name"), f.text("text")));
        Performance performance = performance(r.child("performance"));
        List<ProcurementRow> procurement = r.child("procurement").list(f -> procurementRow(f, unit));
        List<GlossaryEntry> glossary = r.child("glossary").list(
                f -> new GlossaryEntry(f.object().text("term"), f.text("definition")));
        List<cn.gongkai.domain.model.ReviewMark> marks = r.child("reviewMarks").missing() ? List.of()
                : r.child("reviewMarks").list(f -> new cn.gongkai.domain.model.ReviewMark(nonBlank(f.object()
                .child("item")), f.text("note"), instant(f.child("at"))));
        return new Draft(header, figures, texts, units, r.child("showStaffing").optBool(false), costs, projects,
                targets, performance, procurement, glossary, ExchangeTables.read(r.child("tables")), marks);
    }

    private static String nonBlank(Field f) {
        String s = f.string();
        if (s.isBlank()) {
            throw new BadInputException("交换文件中 " + f.path() + " 是空的：已核对的标记应写明核对的是什么");
        }
        return s;
    }

    private static java.time.Instant instant(Field f) {
        String s = f.string();
        try {
            return java.time.Instant.parse(s);
        } catch (java.time.format.DateTimeParseException e) {
            throw new BadInputException("交换文件中 " + f.path() + " 的时间“" + s + "”无法识别（应如 2026-12-03T08:30:00Z）");
        }
    }

    private static DraftHeader header(Field h) {
        String unitName = h.child("unitName").string();
        if (unitName.isBlank()) {
            throw h.child("unitName").error("单位名称不能为空");
        }
        int year = h.child("budgetYear").integer(DraftHeader.MIN_YEAR, DraftHeader.MAX_YEAR);
        FinanceLevel level = h.child("financeLevel").choice(FinanceLevel::fromLabel);
        DraftStatus status = h.child("status").missing() ? DraftStatus.DRAFT
                : h.child("status").choice(DraftStatus::fromLabel);
        MoneyUnit unit = h.child("moneyUnit").missing() ? MoneyUnit.WAN_YUAN
                : h.child("moneyUnit").choice(MoneyUnit::fromLabel);
        TemplateProfile profile = h.child("templateProfile").missing() ? TemplateProfile.forYear(year)
                : h.child("templateProfile").choice(ExchangeTables::profile);
        Set<Guess> unconfirmed = EnumSet.noneOf(Guess.class); // since version 4
        unconfirmed.addAll(h.child("unconfirmed").list(f -> f.choice(Guess::fromLabel)));
        Field amounts = h.child("amounts"); // since version 5; before, each amount as entered
        AmountStyle style = amounts.missing() ? AmountStyle.AS_ENTERED : new AmountStyle(
                amounts.child("decimals").missing() ? new AmountStyle.AsEntered()
                        : new AmountStyle.Fixed(amounts.child("decimals").integer(0, 6)),
                amounts.child("blankZero").optBool(false));
        return new DraftHeader(unitName, h.text("unitCode"), year, level, status, h.child("approvalDate").optDate(),
                unit, h.child("assetsAsOf").optDate(), profile, unconfirmed, style);
    }

    private static Figures figures(Field f, MoneyUnit unit) {
        Map<FigureKey, BigDecimal> map = new EnumMap<>(FigureKey.class);
        for (Map.Entry<String, Field> e : f.members()) {
            FigureKey key;
            try {
                key = FigureKey.fromCode(e.getKey());
            } catch (IllegalArgumentException ex) {
                throw e.getValue().error("未知的数字项");
            }
            // areas and counts are plain numbers; allow the same precision as money for them
            BigDecimal v = e.getValue().amount(key.kind() == FigureKind.MONEY ? unit : MoneyUnit.WAN_YUAN);
            if (v != null) {
                map.put(key, v);
            }
        }
        return Figures.of(map);
    }

    private static Texts texts(Field f) {
        Map<TextKey, Narrative> map = new EnumMap<>(TextKey.class);
        for (Map.Entry<String, Field> e : f.members()) {
            TextKey key;
            try {
                key = TextKey.fromCode(e.getKey());
            } catch (IllegalArgumentException ex) {
                throw e.getValue().error("未知的段落");
            }
            Field t = e.getValue().object();
            map.put(key, new Narrative(t.child("custom").bool(), t.text("text")));
        }
        return Texts.of(map);
    }

    private static OrgUnit orgUnit(Field f) {
        f.object();
        Field staffing = f.child("staffing");
        Integer[] counts = new Integer[8];
        if (!staffing.missing()) {
            List<Integer> list = staffing.list(Field::optCount);
            if (list.size() != 8) {
                throw staffing.error("应有 8 个人数栏（车辆编制数、编制人数行政/事业、在职人数行政/事业、离休/退休/退职），实际 "
                        + list.size() + " 个");
            }
            counts = list.toArray(counts);
        }
        return new OrgUnit(f.text("name"), f.text("nature"), f.text("rank"), f.text("fundingForm"),
                Staffing.ofColumns(counts));
    }

    private static Performance performance(Field p) {
        if (p.missing()) {
            return Performance.EMPTY;
        }
        p.object();
        MoneyUnit unit = p.child("unit").missing() ? MoneyUnit.WAN_YUAN : p.child("unit").choice(MoneyUnit::fromLabel);
        List<Duty> duties = p.child("duties").list(d -> new Duty(work(d, unit),
                d.child("activities").list(a -> new Activity(work(a, unit),
                        a.child("indicators").list(ExchangeReader::indicator)))));
        return new Performance(unit, duties, ExchangeTargets.read(p.child("targets"), unit));
    }

    /** A duty's or activity's own fields. */
    private static WorkFields work(Field f, MoneyUnit unit) {
        return new WorkFields(f.object().text("name"), f.child("amount").amount(unit), f.text("description"),
                f.text("target"));
    }

    private static Indicator indicator(Field f) {
        f.object();
        GradeScale scale = f.child("scale").missing() ? GradeScale.FOUR : f.child("scale").choice(s -> switch (s) {
            case "four" -> GradeScale.FOUR;
            case "two" -> GradeScale.TWO;
            default -> throw new IllegalArgumentException("评价等级数应为 \"four\" 或 \"two\"，实际是 \"" + s + "\"");
        });
        Field grades = f.child("grades");
        List<String> g = grades.list(Field::string);
        if (g.size() != 4) {
            throw grades.error("应有 4 个评价标准（优、良、中、差），实际 " + g.size() + " 个");
        }
        return new Indicator(f.text("name"), g.get(0), g.get(1), g.get(2), g.get(3), scale);
    }

    private static ProcurementRow procurementRow(Field f, MoneyUnit unit) {
        f.object();
        return new ProcurementRow(f.text("projectName"), f.child("projectBudget").amount(unit), f.text("itemName"),
                f.text("catalogCode"), f.text("quantityUnit"), f.child("quantity").amount(MoneyUnit.WAN_YUAN),
                f.child("unitPrice").amount(unit), f.child("amount").amount(unit),
                f.child("fundGeneral").amount(unit), f.child("fundGovFund").amount(unit),
                f.child("fundSpecial").amount(unit), f.child("fundOtherIncome").amount(unit),
                f.child("otherChannel").amount(unit));
    }

    /** Reads a file from disk; I/O problems become a clear refusal. */
    public Draft read(java.nio.file.Path file) {
        return readWithLibrary(file).draft();
    }

    private static byte[] bytesOf(java.nio.file.Path file) {
        try {
            if (java.nio.file.Files.size(file) > ExchangeFormat.MAX_BYTES) {
                throw new BadInputException("文件 " + file.getFileName() + " 过大，不是 Gongkai 草稿文件");
            }
            return java.nio.file.Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadInputException("无法读取文件 " + file + "：" + e.getMessage());
        }
    }
}
