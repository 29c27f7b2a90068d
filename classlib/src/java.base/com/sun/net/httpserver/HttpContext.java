package com.sun.net.httpserver;

import java.util.Map;

/** A path prefix of a server and the handler that serves it. */
public abstract class HttpContext {
    protected HttpContext() {}

    public abstract HttpHandler getHandler();

    public abstract void setHandler(HttpHandler handler);

    public abstract String getPath();

    public abstract HttpServer getServer();

    public abstract Map<String, Object> getAttributes();

    public abstract java.util.List<Filter> getFilters();
}
