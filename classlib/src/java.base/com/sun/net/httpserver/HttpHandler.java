package com.sun.net.httpserver;

import java.io.IOException;

/** Handles one HTTP exchange. */
public interface HttpHandler {
    void handle(HttpExchange exchange) throws IOException;
}
