import mote.net.Udp;

// mote.net.Udp for tests/net_hosted.rs, two ports in one listen():
// args[0] takes an in-place handler (the request upper-cased, then "!";
// "drop" gets no reply, "quit" ends the program), args[1] an array handler
// ("B:" + request; "drop" gets no reply). Prints "PORT <args[0]>" once bound.
public class NetMoteUdp {
    static int answered;

    public static void main(String[] args) {
        int a = Integer.parseInt(args[0]), b = Integer.parseInt(args[1]);
        Udp.bindInPlace(a, (buf, len) -> {
            if (len == 4 && buf[0] == 'd' && buf[1] == 'r' && buf[2] == 'o' && buf[3] == 'p') return -1;
            if (len == 4 && buf[0] == 'q' && buf[1] == 'u' && buf[2] == 'i' && buf[3] == 't') {
                System.out.println("answered " + answered);
                System.exit(0);
            }
            for (int i = 0; i < len; i++) {
                if (buf[i] >= 'a' && buf[i] <= 'z') buf[i] -= 32;
            }
            buf[len] = '!';
            answered++;
            return len + 1;
        });
        Udp.bind(b, data -> {
            if (new String(data).equals("drop")) return null;
            byte[] r = new byte[data.length + 2];
            r[0] = 'B';
            r[1] = ':';
            System.arraycopy(data, 0, r, 2, data.length);
            answered++;
            return r;
        });
        System.out.println("PORT " + a);
        Udp.listen();
    }
}
