package cn.gongkai.cli;

import picocli.CommandLine.MaxValuesExceededException;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

import java.util.List;
import java.util.stream.Collectors;

/** picocli's usage errors said in Chinese: what was wrong with which argument, never picocli's English sentence. */
final class UsageErrors {
    private UsageErrors() {
    }

    static String chinese(ParameterException ex) {
        if (ex instanceof UnmatchedArgumentException u) {
            List<String> unmatched = u.getUnmatched();
            List<String> like = u.getSuggestions();
            return (unmatched.stream().anyMatch(a -> a.startsWith("-")) ? "不认识的选项：" : "多余或不认识的参数：")
                    + String.join(" ", unmatched) + (like.isEmpty() ? "" : "（是不是要写 " + String.join(" 或 ", like) + "？）");
        }
        if (ex instanceof MissingParameterException m) {
            if (String.valueOf(m.getMessage()).startsWith("Missing required parameter for option")) {
                return m.getMissing().stream().map(UsageErrors::name).collect(Collectors.joining("、")) + " 后面缺少值";
            }
            return "缺少" + m.getMissing().stream().map(UsageErrors::name).collect(Collectors.joining("、"));
        }
        if (ex instanceof OverwrittenOptionException o) {
            return name(o.getOverwritten()) + " 只能给一次";
        }
        if (ex instanceof MaxValuesExceededException) {
            return "参数太多";
        }
        ArgSpec arg = ex.getArgSpec();
        if (arg != null && ex.getValue() != null) {
            Class<?> type = arg.type();
            String want = type == int.class || type == Integer.class || type == long.class || type == Long.class
                    ? "应当是整数" : type.isEnum() ? "应当是以下之一：" + java.util.Arrays.stream(type.getEnumConstants())
                    .map(String::valueOf).collect(Collectors.joining("、")) : "不能用";
            return name(arg) + " 的值“" + ex.getValue() + "”" + want;
        }
        return "参数不对";
    }

    private static String name(ArgSpec a) {
        if (a instanceof OptionSpec o) {
            return "选项 " + o.longestName();
        }
        return "参数“" + a.paramLabel().replaceAll("^<|>$", "") + "”";
    }
}
