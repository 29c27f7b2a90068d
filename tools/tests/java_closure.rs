//! The closed world of a Java service: `mote build` resolves every reference
//! of the service's classes (and fails on the unresolved ones, naming the call
//! site) and seals only the part of java.base the service and the VM reach.

mod common;
use common::{
    app_output, build_with_main, home, hosted_java_hello, hotspot_output, javac_against_java_base,
    mote, out_dir,
};

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Every `.class` file under `dir` except module-info, relative to `dir`.
fn classes(dir: &Path) -> BTreeSet<String> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeSet<String>) {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(root, &p, out);
            } else if p.extension().is_some_and(|x| x == "class")
                && p.file_name().unwrap() != "module-info.class"
            {
                let rel = p.strip_prefix(root).unwrap().to_str().unwrap();
                out.insert(rel.trim_end_matches(".class").to_string());
            }
        }
    }
    let mut out = BTreeSet::new();
    walk(dir, dir, &mut out);
    out
}

/// Class names the VM uses (`"java/..."` literals in jvm/src), except keys
/// of the native-method table, names it only compares a loaded class's name
/// with (`== "java/..."`) and names it only looks up among loaded classes
/// (`loaded("java/...")`).
fn vm_named_classes() -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for e in std::fs::read_dir(home().join("jvm/src")).unwrap().flatten() {
        let text = std::fs::read_to_string(e.path()).unwrap_or_default();
        for (i, _) in text.match_indices("\"java/") {
            let name: String = text[i + 1..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || matches!(c, '/' | '$' | '_'))
                .collect();
            // `("java/x/Y", "method", _)` keys the native table: the VM only
            // binds natives of a class something else loaded, it never loads it
            let native_key =
                text[..i].ends_with('(') && text[i + 1 + name.len()..].starts_with("\", ");
            let only_if_loaded = text[..i].ends_with("== ") || text[..i].ends_with("loaded(");
            if !native_key && !only_if_loaded {
                out.insert(name);
            }
        }
    }
    out
}

#[test]
fn java_hello_is_tree_shaken_and_still_runs_like_on_the_hosted_jvm() {
    let img = out_dir().join("closure-java-hello.mote");
    let r = mote()
        .arg("build")
        .arg(home().join("images/java-hello"))
        .arg("-o")
        .arg(&img)
        .output()
        .unwrap();
    let log = String::from_utf8_lossy(&r.stderr).into_owned();
    assert!(r.status.success(), "{log}");

    // fewer java.base classes in the image than in the library
    let full = classes(Path::new(jvm_glue::JAVA_BASE_DIR));
    let staged_dir: PathBuf = home().join("target/mote-build/java-hello/fsroot/java.base");
    let staged = classes(&staged_dir);
    assert!(
        !staged.is_empty() && staged.len() < full.len(),
        "{} of {}",
        staged.len(),
        full.len()
    );
    assert!(staged.is_subset(&full));
    assert!(staged_dir.join("module-info.class").exists());
    // the progress line tells the same numbers
    let line = format!(
        "tree shaking: kept {} of {} java.base classes",
        staged.len(),
        full.len()
    );
    assert!(log.contains(&line), "expected {line:?} in:\n{log}");
    // what Hello uses directly, and every class the VM names, is sealed
    for c in [
        "java/lang/Thread",
        "java/lang/StringBuilder",
        "java/lang/IllegalStateException",
        "java/lang/Runnable",
        "java/io/PrintStream",
    ] {
        assert!(staged.contains(c), "{c} missing from the image");
    }
    let vm = vm_named_classes();
    assert!(vm.contains("java/lang/Object") && vm.len() > 20, "{vm:?}");
    for c in vm.iter().filter(|c| full.contains(*c)) {
        assert!(
            staged.contains(c),
            "{c} (named by the VM) missing from the image"
        );
    }
    // something Hello never reaches is gone
    assert!(full.contains("java/util/TreeMap") && !staged.contains("java/util/TreeMap"));
    // shaking follows methods, not whole classes: String stays, but the regex
    // engine its split() would use does not, since Hello never splits
    assert!(staged.contains("java/lang/String"));
    assert!(
        full.contains("java/util/regex/Pattern") && !staged.contains("java/util/regex/Pattern")
    );

    // and the image still behaves like the hosted JVM with the whole library
    for (append, args, status) in [
        ("", vec!["world"], 0),
        ("-- world fail", vec!["world", "fail"], 1),
    ] {
        let r = mote()
            .arg("run")
            .arg(&img)
            .args(["--timeout", "120", "--append", append])
            .output()
            .unwrap();
        let console = String::from_utf8_lossy(&r.stdout).into_owned();
        assert_eq!(r.status.code(), Some(status), "{console}");
        let (expected, hosted_status) = hosted_java_hello("closure-hello-classes", &args);
        assert_eq!(hosted_status, status);
        assert_eq!(
            app_output(&console),
            expected,
            "image vs hosted for args {args:?}"
        );
    }
}

/// A service delivered as compiled classes that were built against a
/// library it does not ship (like a jar left off the build): the classes
/// compile, but their references cannot resolve in the image.
#[test]
fn unresolved_references_fail_the_build_with_their_call_sites() {
    let scratch = out_dir().join("closure-missing");
    let _ = std::fs::remove_dir_all(&scratch);
    let service = scratch.join("service");
    let sources = scratch.join("sources");
    let stubs = scratch.join("stubs");
    for d in [&service, &sources, &stubs] {
        std::fs::create_dir_all(d).unwrap();
    }
    std::fs::write(
        stubs.join("Base.java"),
        "public class Base { public static int twice(int x) { return 2 * x; } }\n",
    )
    .unwrap();
    std::fs::write(
        stubs.join("Gone.java"),
        "public class Gone { public static int count; public void run(String s) {} }\n",
    )
    .unwrap();
    std::fs::write(
        stubs.join("Counter.java"),
        "public class Counter { public static int count = 7; }\n",
    )
    .unwrap();
    // Helper is the service's own; its superclass Base is not
    std::fs::write(
        sources.join("Helper.java"),
        "class Helper extends Base {}\n",
    )
    .unwrap();
    std::fs::write(
        sources.join("Main.java"),
        "public class Main {\n\
         \x20   public static void main(String[] args) {\n\
         \x20       int x = Helper.twice(21);\n\
         \x20       System.out.println(x);\n\
         \x20       new Gone().run(\"a\");\n\
         \x20       Runnable r = () -> System.out.println(Counter.count);\n\
         \x20       r.run();\n\
         \x20   }\n\
         }\n",
    )
    .unwrap();
    // the service's classes, compiled against the stubs; only they are shipped
    let javac = Command::new("javac")
        .args([
            "--system=none",
            "--module-path",
            jvm_glue::JAVA_BASE_DIR,
            "-sourcepath",
        ])
        .arg(&stubs)
        .arg("-d")
        .arg(&stubs)
        .arg(stubs.join("Base.java"))
        .arg(stubs.join("Gone.java"))
        .arg(stubs.join("Counter.java"))
        .output()
        .unwrap();
    assert!(javac.status.success(), "{javac:?}");
    let javac = Command::new("javac")
        .args([
            "--system=none",
            "--module-path",
            jvm_glue::JAVA_BASE_DIR,
            "-cp",
        ])
        .arg(&stubs)
        .arg("-d")
        .arg(&service)
        .arg(sources.join("Helper.java"))
        .arg(sources.join("Main.java"))
        .output()
        .unwrap();
    assert!(javac.status.success(), "{javac:?}");
    std::fs::write(
        service.join("mote.toml"),
        "name = \"closure-missing\"\nkind = \"java\"\nmain = \"Main\"\n",
    )
    .unwrap();
    let img = scratch.join("out.mote");
    let r = mote()
        .arg("build")
        .arg(&service)
        .arg("-o")
        .arg(&img)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&r.stderr).into_owned();
    assert_eq!(r.status.code(), Some(2), "{err}");
    assert!(!img.exists());
    let lines: Vec<&str> = err.lines().filter(|l| l.starts_with("missing: ")).collect();
    for want in [
        "missing: Helper.twice(int) — used by Main.main (Main.java:3)",
        "missing: class Gone — used by Main.main (Main.java:5)",
        "missing: class Base — used by Helper",
        // only a static field of Counter is used, inside a lambda body
        "missing: class Counter — used by Main.lambda$main$0 (Main.java:6)",
    ] {
        assert!(
            lines.iter().any(|l| l.starts_with(want)),
            "no line starting with {want:?} in:\n{err}"
        );
    }
    // javac really compiled it: the same service builds with the stubs in it
    for (f, src) in [
        (
            "Base.java",
            "public class Base { public static int twice(int x) { return 2 * x; } }\n",
        ),
        (
            "Gone.java",
            "public class Gone { public static int count; public void run(String s) {} }\n",
        ),
        (
            "Counter.java",
            "public class Counter { public static int count = 7; }\n",
        ),
    ] {
        std::fs::write(service.join(f), src).unwrap();
    }
    let r = mote()
        .env_remove("CLASSPATH")
        .arg("build")
        .arg(&service)
        .arg("-o")
        .arg(&img)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(r.status.success(), "{err}");
    assert!(!err.contains("missing:"), "{err}");
}

/// Virtual calls reach only the methods of classes that can have objects
/// (rapid type analysis), and the code the VM makes for invokedynamic
/// sites keeps exactly the overloads it calls. A service that prints no
/// floating point has no float printing sealed; one that boxes doubles in
/// lambdas, concatenates floats, prints a record with float components,
/// runs a java.base thread subclass and sizes HashMaps prints what HotSpot
/// prints (a method dropped that can run would be a NoSuchMethodError or
/// AbstractMethodError in its output).
#[test]
fn virtual_calls_keep_only_methods_of_classes_with_objects() {
    let base = out_dir().join("rta");
    let _ = std::fs::remove_dir_all(&base);
    let (floats, ints) = (base.join("rta-floats"), base.join("rta-ints"));
    std::fs::create_dir_all(&floats).unwrap();
    std::fs::create_dir_all(&ints).unwrap();
    let src = floats.join("Floats.java");
    std::fs::write(
        &src,
        r#"import java.util.*;
import java.util.function.*;
public class Floats {
  record R(double d, float f, long l, char c, boolean b, byte y, Object o) {}
  interface Shape { default String kind() { return "shape"; } double area(); }
  public static void main(String[] a) throws Exception {
    double x = a.length + 0.25;
    float g = (float) x * 3;
    System.out.println("d=" + x + " f=" + g + " c=" + 'c' + " l=" + (long) a.length + " k=" + 1.5f + " " + 2.5);
    Supplier<Double> s = () -> x * 2;
    Object boxed = s.get();
    System.out.println(boxed + " " + boxed.hashCode() + " " + boxed.equals(x * 2) + " " + ((Double) boxed).compareTo(1.0));
    DoubleUnaryOperator neg = v -> -v;
    Function<Integer, Long> widen = i -> (long) i;
    ToIntFunction<Character> code = ch -> ch;
    Predicate<Boolean> not = b -> !b;
    System.out.println(neg.applyAsDouble(x) + " " + widen.apply(7) + " " + code.applyAsInt('A') + " " + not.test(false));
    // method references: the VM's adapter boxes and unboxes
    Function<Double, Double> abs = Math::abs;
    BiFunction<Float, Float, Float> max = Math::max;
    Function<Character, Boolean> digit = Character::isDigit;
    Function<Long, Long> inc = Math::incrementExact;
    System.out.println(abs.apply(-x) + " " + max.apply(g, 0.5f) + " " + digit.apply('7') + " " + inc.apply(41L));
    R r = new R(x, 1.5f, 3L, 'z', true, (byte) -2, null);
    R q = new R(x, 1.5f, 3L, 'z', true, (byte) -2, null);
    System.out.println(r + " " + r.equals(q) + " " + (r.hashCode() == q.hashCode()) + " " + r.equals(new R(-0.0, Float.NaN, 3L, 'z', true, (byte) -2, null)));
    Shape sq = () -> 4.0;
    System.out.println(sq.kind() + " " + sq.area());
    Map<String, Object> m = new HashMap<>(4);
    m.put("k", 1.25f);
    m.put("j", new ArrayList<>(List.of(1L, 'q')));
    System.out.println(new TreeMap<>(m) + " " + Arrays.toString(new double[] {x, -x}));
    try { new HashMap<String, String>(4, -1f); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
    try { new HashMap<String, String>(-1); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
    Thread t = new Thread() { public void run() { System.out.println("thread " + getName().startsWith("Thread-")); } };
    t.start();
    t.join();
    StringBuilder sb = new StringBuilder().append(x).append(g).append('!').append(7L);
    System.out.println(sb + " " + String.valueOf(g) + " " + Double.toString(x) + " " + Float.valueOf(g));
  }
}
"#,
    )
    .unwrap();
    std::fs::write(
        ints.join("Ints.java"),
        "import java.util.*;\npublic class Ints { public static void main(String[] a) {\n  \
         Map<String, Integer> m = new HashMap<>(8);\n  m.put(\"n\", a.length);\n  \
         Runnable r = () -> System.out.println(\"ints \" + m + \" \" + Integer.valueOf(3).hashCode());\n  r.run();\n} }\n",
    )
    .unwrap();
    // Boxing only the VM's adapters do (no boxing in the service's own code):
    // method references whose erased interface type differs from the method's.
    let adapt = base.join("rta-adapt");
    std::fs::create_dir_all(&adapt).unwrap();
    let adapt_src = adapt.join("Adapt.java");
    std::fs::write(
        &adapt_src,
        r#"import java.util.function.*;
public class Adapt {
  static double third() { return 1.0 / 3; }
  static float half() { return 0.5f; }
  static long big() { return 1L << 40; }
  static char letter() { return 'q'; }
  static boolean yes() { return true; }
  static byte small() { return (byte) -7; }
  static short mid() { return (short) 300; }
  static int neg(int i) { return -i; }
  static float twice(float f) { return f * 2; }
  public static void main(String[] a) {
    Supplier<Double> d = Adapt::third;
    Supplier<Float> f = Adapt::half;
    Supplier<Long> l = Adapt::big;
    Supplier<Character> c = Adapt::letter;
    Supplier<Boolean> b = Adapt::yes;
    Supplier<Byte> y = Adapt::small;
    Supplier<Short> s = Adapt::mid;
    Function<Byte, Integer> n = Adapt::neg;
    Function<Float, Float> t = Adapt::twice;
    System.out.println(d.get() + " " + f.get() + " " + l.get() + " " + c.get() + " " + b.get() + " " + y.get() + " " + s.get());
    System.out.println(n.apply(y.get()) + " " + t.apply(f.get()));
    // a constructor reference makes objects no `new` in the service makes
    Supplier<java.util.Map<String, Supplier<Double>>> mk = java.util.TreeMap::new;
    java.util.Map<String, Supplier<Double>> m = mk.get();
    m.put("third", d);
    System.out.println(m.size() + " " + m.keySet() + " " + m.entrySet().iterator().next().getValue().get());
  }
}
"#,
    )
    .unwrap();
    let build = |dir: &Path, main: &str| {
        let img = base.join(format!("{main}.mote"));
        build_with_main(dir, main, &img);
        let name = dir.file_name().unwrap();
        let staged = classes(
            &home()
                .join("target/mote-build")
                .join(name)
                .join("fsroot/java.base"),
        );
        (img, staged)
    };
    let run = |img: &Path| {
        let r = mote()
            .arg("run")
            .arg(img)
            .args(["--timeout", "120"])
            .output()
            .unwrap();
        let console = String::from_utf8_lossy(&r.stdout).into_owned();
        assert_eq!(r.status.code(), Some(0), "{console}");
        app_output(&console)
    };

    // no floating point printed: none of its code sealed
    let (img, staged) = build(&ints, "Ints");
    assert!(staged.contains("java/lang/Double") && staged.contains("java/util/HashMap"));
    for c in ["java/lang/DoubleDigits", "java/lang/DoubleDigits$Big"] {
        assert!(
            !staged.contains(c),
            "{c} sealed into a service printing no floats"
        );
    }
    assert_eq!(run(&img), "ints {n=0} 3\n");

    // floating point printed every way the VM and java.base can: as HotSpot
    let (img, staged) = build(&floats, "Floats");
    assert!(staged.contains("java/lang/DoubleDigits"));
    let classes_dir = base.join("classes");
    javac_against_java_base(&[src, adapt_src], &classes_dir);
    assert_eq!(run(&img), hotspot_output(&classes_dir, "Floats"));

    let (img, _) = build(&adapt, "Adapt");
    assert_eq!(run(&img), hotspot_output(&classes_dir, "Adapt"));
}

/// The service's own classes are sealed like java.base's (stack maps and
/// reflection-only attributes gone, line numbers compact, local names kept
/// only where NPE messages use them) without changing what they print:
/// classes compiled with `-g` (full local-variable tables) give the same
/// NullPointerException messages and stack-trace lines as on HotSpot.
#[test]
fn sealed_service_classes_print_the_same_npe_messages_and_lines() {
    let base = out_dir().join("seal-app");
    let _ = std::fs::remove_dir_all(&base);
    let (src_dir, classes_dir) = (base.join("src"), base.join("classes"));
    std::fs::create_dir_all(&src_dir).unwrap();
    let src = src_dir.join("Npe.java");
    std::fs::write(
        &src,
        r#"public class Npe {
  String name;
  static int len(String text, int[] counts) {
    int k = counts.length;
    return text.length() + k;
  }
  public static void main(String[] a) {
    String s = a.length > 5 ? "x" : null;
    Npe n = a.length > 5 ? new Npe() : null;
    int[] c = {1, 2};
    try { len(s, c); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
    try { len("ok", null); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
    try { System.out.println(n.name); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
    try { System.out.println(s.isEmpty()); } catch (NullPointerException e) {
      for (StackTraceElement f : e.getStackTrace()) System.out.println(f);
    }
  }
}
"#,
    )
    .unwrap();
    std::fs::create_dir_all(&classes_dir).unwrap();
    let javac = jvm_glue::javac(&classes_dir)
        .arg("-g")
        .arg(&src)
        .output()
        .unwrap();
    assert!(
        javac.status.success(),
        "{}",
        String::from_utf8_lossy(&javac.stderr)
    );
    let img = base.join("npe.mote");
    let log = build_with_main(&classes_dir, "Npe", &img);
    assert!(log.contains("sealed the service's 1 classes"), "{log}");
    let r = mote()
        .arg("run")
        .arg(&img)
        .args(["--timeout", "120"])
        .output()
        .unwrap();
    let console = String::from_utf8_lossy(&r.stdout).into_owned();
    assert_eq!(r.status.code(), Some(0), "{console}");
    let expected = hotspot_output(&classes_dir, "Npe");
    // names from the local-variable table, not <local1>
    assert!(expected.contains("because \"text\" is null"), "{expected}");
    assert_eq!(app_output(&console), expected);
}
