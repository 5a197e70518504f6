package cn.gongkai.cli;

import cn.gongkai.app.Composition;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

/** The command line run in-process on a data folder (never opening the editor): its exit code and what it printed. */
record CliRun(int code, String out, String err) {
    static CliRun in(Path data, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return of(all);
    }

    /** On the county's server at {@code url} (with its login and password). */
    static CliRun on(String url, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--server";
        all[1] = url;
        System.arraycopy(args, 0, all, 2, args.length);
        return of(all);
    }

    /** With {@code stdin} as standard input (e.g. a unit's password for server add-unit). */
    static CliRun withInput(String stdin, String... all) {
        java.io.InputStream was = System.in;
        System.setIn(new java.io.ByteArrayInputStream(stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        try {
            return of(all);
        } finally {
            System.setIn(was);
        }
    }

    static CliRun of(String... all) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(all, new PrintWriter(out), new PrintWriter(err), new Composition(), (folder, probe) -> {
            throw new AssertionError("the editor must not open for a subcommand");
        });
        return new CliRun(code, out.toString(), err.toString());
    }

    /** The lines printed on standard output. */
    List<String> lines() {
        return out.isEmpty() ? List.of() : List.of(out.replace("\r\n", "\n").split("\n"));
    }
}
