public class TextBlocks {
    public static void main(String[] args) {
        String json = """
            {
              "name": "mote",
              "tabs":\t"yes",
              "quote": "\\"x\\""
            }
            """;
        System.out.print(json);
        var list = new java.util.ArrayList<String>();
        list.add("var works");
        for (var s : list) System.out.println(s);
        String joined = """
            one \
            line""";
        System.out.println(joined);
        Object o = 3.5;
        if (o instanceof Double d && d > 3) System.out.println("double " + (d * 2));
        if (!(o instanceof String s)) System.out.println("not a string");
        else System.out.println(s.length());
    }
}
