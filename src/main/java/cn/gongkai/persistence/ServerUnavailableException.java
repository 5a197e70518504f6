package cn.gongkai.persistence;

import cn.gongkai.domain.model.GongkaiException;
import cn.gongkai.domain.port.ServerAddress;

/**
 * The county's server cannot be reached (network cut, server restarting, wrong address) or refused the login.
 * What it acknowledged before is kept on the server; the message never carries a password.
 */
public class ServerUnavailableException extends GongkaiException {
    public ServerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    static ServerUnavailableException lost(ServerAddress a, Throwable cause) {
        return new ServerUnavailableException("与县级服务器 " + a.host() + ":" + a.port() + " 的连接中断（网络断开或服务器"
                + "重启）。之前保存的内容在服务器上完好；这次的修改还没有保存，仍在编辑器中，连接恢复后会自动重新保存。", cause);
    }
}
