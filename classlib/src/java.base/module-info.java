/** Mote's own java.base: only what the VM and its programs need so far. */
module java.base {
    exports java.io;
    exports java.lang;
    exports java.lang.annotation;
    exports java.lang.invoke;
    exports java.lang.runtime;
    exports java.util;
    exports java.util.concurrent.atomic;
    exports java.util.function;
    exports mote.net;
}
