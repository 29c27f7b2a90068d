package com.sun.net.httpserver;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/** Pre- and post-processing of exchanges on a context, in the order of its filter list. */
public abstract class Filter {
    protected Filter() {}

    /** The rest of a filter list, then the handler. */
    public static class Chain {
        private final List<Filter> filters;
        private final HttpHandler handler;
        private int next;

        public Chain(List<Filter> filters, HttpHandler handler) {
            this.filters = filters;
            this.handler = handler;
        }

        public void doFilter(HttpExchange exchange) throws IOException {
            if (next < filters.size()) {
                filters.get(next++).doFilter(exchange, this);
            } else {
                handler.handle(exchange);
            }
        }
    }

    public abstract void doFilter(HttpExchange exchange, Chain chain) throws IOException;

    public abstract String description();

    public static Filter beforeHandler(String description, Consumer<HttpExchange> operation) {
        Objects.requireNonNull(description);
        Objects.requireNonNull(operation);
        return new Filter() {
            @Override
            public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
                operation.accept(exchange);
                chain.doFilter(exchange);
            }

            @Override
            public String description() {
                return description;
            }
        };
    }

    public static Filter afterHandler(String description, Consumer<HttpExchange> operation) {
        Objects.requireNonNull(description);
        Objects.requireNonNull(operation);
        return new Filter() {
            @Override
            public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
                chain.doFilter(exchange);
                operation.accept(exchange);
            }

            @Override
            public String description() {
                return description;
            }
        };
    }
}
