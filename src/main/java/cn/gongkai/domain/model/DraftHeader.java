package cn.gongkai.domain.model;

import cn.gongkai.domain.budget.TemplateProfile;
import cn.gongkai.domain.money.AmountStyle;
import cn.gongkai.domain.money.MoneyUnit;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who publishes and for which year: unit name and code (e.g. 912), budget year, finance level, status, the date
 * the budget was approved (the 20-day publication clock starts there), the money unit of the main figures, the
 * date the asset table is taken at (截止时间), the template the disclosure follows, what an import inferred that
 * the officer has not confirmed yet ({@link Guess}), and how the amounts are published ({@link AmountStyle}).
 */
public record DraftHeader(String unitName, String unitCode, int budgetYear, FinanceLevel financeLevel,
                          DraftStatus status, LocalDate approvalDate, MoneyUnit moneyUnit, LocalDate assetsAsOf,
                          TemplateProfile profile, Set<Guess> unconfirmed, AmountStyle amountStyle) {
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    public DraftHeader {
        unitName = Objects.requireNonNullElse(unitName, "").strip();
        unitCode = Objects.requireNonNullElse(unitCode, "").strip();
        if (budgetYear < MIN_YEAR || budgetYear > MAX_YEAR) {
            throw new IllegalArgumentException("预算年度应在" + MIN_YEAR + "至" + MAX_YEAR + "之间：" + budgetYear);
        }
        financeLevel = Objects.requireNonNullElse(financeLevel, FinanceLevel.COUNTY);
        status = Objects.requireNonNullElse(status, DraftStatus.DRAFT);
        moneyUnit = Objects.requireNonNullElse(moneyUnit, MoneyUnit.WAN_YUAN);
        profile = Objects.requireNonNullElse(profile, TemplateProfile.forYear(budgetYear));
        unconfirmed = unconfirmed == null || unconfirmed.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(unconfirmed));
        amountStyle = Objects.requireNonNullElse(amountStyle, AmountStyle.AS_ENTERED);
    }

    /** A header whose amounts are published as entered (a draft read from a file). */
    public DraftHeader(String unitName, String unitCode, int budgetYear, FinanceLevel financeLevel, DraftStatus status,
                       LocalDate approvalDate, MoneyUnit moneyUnit, LocalDate assetsAsOf, TemplateProfile profile,
                       Set<Guess> unconfirmed) {
        this(unitName, unitCode, budgetYear, financeLevel, status, approvalDate, moneyUnit, assetsAsOf, profile,
                unconfirmed, AmountStyle.AS_ENTERED);
    }

    /** A header with nothing left to confirm. */
    public DraftHeader(String unitName, String unitCode, int budgetYear, FinanceLevel financeLevel, DraftStatus status,
                       LocalDate approvalDate, MoneyUnit moneyUnit, LocalDate assetsAsOf, TemplateProfile profile) {
        this(unitName, unitCode, budgetYear, financeLevel, status, approvalDate, moneyUnit, assetsAsOf, profile,
                Set.of());
    }

    public boolean isGuess(Guess g) {
        return unconfirmed.contains(g);
    }

    /** The same header with {@code g} marked as inferred, awaiting the officer's confirmation. */
    public DraftHeader withGuess(Guess g) {
        EnumSet<Guess> s = EnumSet.of(g);
        s.addAll(unconfirmed);
        return new DraftHeader(unitName, unitCode, budgetYear, financeLevel, status, approvalDate, moneyUnit,
                assetsAsOf, profile, s, amountStyle);
    }

    /** The officer confirmed {@code g} as it stands. */
    public DraftHeader confirmed(Guess g) {
        EnumSet<Guess> s = EnumSet.noneOf(Guess.class);
        s.addAll(unconfirmed);
        s.remove(g);
        return new DraftHeader(unitName, unitCode, budgetYear, financeLevel, status, approvalDate, moneyUnit,
                assetsAsOf, profile, s, amountStyle);
    }

    public static DraftHeader newDraft(String unitName, int year, FinanceLevel level) {
        return new DraftHeader(unitName, "", year, level, DraftStatus.DRAFT, null, MoneyUnit.WAN_YUAN,
                LocalDate.of(year - 1, 12, 31), TemplateProfile.forYear(year), Set.of(), AmountStyle.DEFAULT);
    }

    public DraftHeader withStatus(DraftStatus s) {
        return new DraftHeader(unitName, unitCode, budgetYear, financeLevel, s, approvalDate, moneyUnit, assetsAsOf,
                profile, unconfirmed, amountStyle);
    }

    public DraftHeader withUnit(String name, String code) {
        return new DraftHeader(name, code, budgetYear, financeLevel, status, approvalDate, moneyUnit, assetsAsOf,
                profile, unconfirmed, amountStyle);
    }

    /** The level the officer chose: no longer a guess. */
    public DraftHeader withFinanceLevel(FinanceLevel level) {
        return new DraftHeader(unitName, unitCode, budgetYear, level, status, approvalDate, moneyUnit, assetsAsOf,
                profile, unconfirmed, amountStyle).confirmed(Guess.FINANCE_LEVEL);
    }

    public DraftHeader withDates(LocalDate approval, LocalDate asOf) {
        return new DraftHeader(unitName, unitCode, budgetYear, financeLevel, status, approval, moneyUnit, asOf,
                profile, unconfirmed, amountStyle);
    }

    public DraftHeader withAmountStyle(AmountStyle a) {
        return new DraftHeader(unitName, unitCode, budgetYear, financeLevel, status, approvalDate, moneyUnit,
                assetsAsOf, profile, unconfirmed, a);
    }

    public DraftHeader withProfile(TemplateProfile p) {
        return new DraftHeader(unitName, unitCode, budgetYear, financeLevel, status, approvalDate, moneyUnit,
                assetsAsOf, p, unconfirmed, amountStyle);
    }
}
