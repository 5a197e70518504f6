package cn.gongkai.cli;

import cn.gongkai.domain.model.BadInputException;
import cn.gongkai.domain.port.ServerAddress;
import cn.gongkai.service.StoreLocation;

import java.io.Console;

/**
 * The server and password of {@code --server}: the password from the address, else from {@code PGPASSWORD} (as
 * PostgreSQL's own tools take it), else asked for on the terminal without echo. Never printed.
 */
final class ServerLogin {
    private ServerLogin() {
    }

    static StoreLocation.Server of(String url, String pgPassword) {
        ServerAddress.Parsed p = ServerAddress.parse(url);
        String password = p.password().or(() -> java.util.Optional.ofNullable(pgPassword).filter(s -> !s.isEmpty()))
                .orElseGet(() -> ask(p.address()));
        return new StoreLocation.Server(p.address(), password);
    }

    private static String ask(ServerAddress a) {
        Console console = System.console();
        if (console == null) {
            throw new BadInputException("没有给出登录名 " + a.login() + " 的密码：请写在地址里（postgresql://" + a.login()
                    + ":密码@…），或放在环境变量 PGPASSWORD 中");
        }
        char[] pw = console.readPassword("县级服务器 %s:%d 登录名 %s 的密码：", a.host(), a.port(), a.login());
        if (pw == null || pw.length == 0) {
            throw new BadInputException("没有输入密码");
        }
        return new String(pw);
    }
}
