//! Expands primitive-variant class templates (`classlib/templates/**/*.java.tmpl`).
//!
//! Included by `build.rs` (which expands every template into `$OUT_DIR`
//! before javac) and by `tests/template.rs` (which runs the unit tests at the
//! end of this file). The syntax is documented in `classlib/README.md`
//! ("Templates"); in short:
//!
//! * `//#types int long double` — the primitive types to expand for (once);
//!   without it the template makes one file, and only `//#each` blocks
//!   have a type;
//! * `//#file @{Type}Buffer.java` — the generated file's name (once; with
//!   `//#types` it must differ per type, so it names a placeholder);
//! * `//#each TYPES` / `//#end` — the lines between, once per listed type
//!   (placeholders and conditions inside refer to that type; not nested);
//! * `//#if COND...` / `//#else` / `//#end` — lines kept only for some types;
//!   a condition is a type name, `integral` or `floating`, optionally negated
//!   with `!`; the line is kept when any listed condition holds;
//! * `@{name}` anywhere in a line — replaced per type (see [`PLACEHOLDERS`]).
//!
//! The output keeps the template's line numbers up to the first `//#each`
//! (directive lines and lines left out become blank lines), so javac errors
//! and stack traces point at the template's line. Errors name the template
//! and line: `path:line: what`.

/// One primitive type's substitution values.
#[derive(Debug)]
pub struct Prim {
    /// `int`
    pub name: &'static str,
    /// `Int`
    pub cap: &'static str,
    /// `Integer`
    pub boxed: &'static str,
    /// Size in bytes: `4`.
    pub bytes: u32,
    /// Literal suffix: `L` for long, `f` for float, `d` for double, else empty.
    pub suffix: &'static str,
    /// The integral type of the same width (`int` for float, `long` for double).
    pub raw: &'static str,
    /// byte, short, char, int, long.
    pub integral: bool,
    /// float, double.
    pub floating: bool,
}

const fn p(
    name: &'static str,
    cap: &'static str,
    boxed: &'static str,
    bytes: u32,
    suffix: &'static str,
    raw: &'static str,
    integral: bool,
) -> Prim {
    Prim {
        name,
        cap,
        boxed,
        bytes,
        suffix,
        raw,
        integral,
        floating: !integral && bytes > 1,
    }
}

/// Every type a template may be expanded for.
pub const PRIMS: &[Prim] = &[
    p("byte", "Byte", "Byte", 1, "", "byte", true),
    p("short", "Short", "Short", 2, "", "short", true),
    p("char", "Char", "Character", 2, "", "char", true),
    p("int", "Int", "Integer", 4, "", "int", true),
    p("long", "Long", "Long", 8, "L", "long", true),
    p("float", "Float", "Float", 4, "f", "int", false),
    p("double", "Double", "Double", 8, "d", "long", false),
    p("boolean", "Boolean", "Boolean", 1, "", "boolean", false),
];

/// Placeholder names with what they give for `int`.
pub const PLACEHOLDERS: &[(&str, &str)] = &[
    ("type", "int"),
    ("Type", "Int"),
    ("TYPE", "INT"),
    ("Boxed", "Integer"),
    ("bytes", "4"),
    ("bits", "32"),
    ("suffix", "empty (L for long, f for float, d for double)"),
    (
        "raw",
        "int (the integral type of the same width: int for float, long for double)",
    ),
    ("Raw", "Int"),
];

fn prim(name: &str) -> Option<&'static Prim> {
    PRIMS.iter().find(|p| p.name == name)
}

fn value(var: &str, t: &Prim) -> String {
    match var {
        "type" => t.name.into(),
        "Type" => t.cap.into(),
        "TYPE" => t.name.to_ascii_uppercase(),
        "Boxed" => t.boxed.into(),
        "bytes" => t.bytes.to_string(),
        "bits" => (t.bytes * 8).to_string(),
        "suffix" => t.suffix.into(),
        "raw" => t.raw.into(),
        "Raw" => prim(t.raw).expect("raw is a primitive").cap.into(),
        _ => unreachable!("placeholders are checked while parsing"),
    }
}

/// A piece of a text line: literal text or a placeholder name.
#[derive(Debug)]
enum Piece {
    Lit(String),
    Var(&'static str),
}

/// One condition of `//#if`: negated?, and which types it names.
#[derive(Debug)]
struct Cond {
    negated: bool,
    what: String,
}

impl Cond {
    fn holds(&self, t: &Prim) -> bool {
        let hit = match self.what.as_str() {
            "integral" => t.integral,
            "floating" => t.floating,
            name => name == t.name,
        };
        hit != self.negated
    }
}

#[derive(Debug)]
enum Line {
    Text(Vec<Piece>),
    If(Vec<Cond>),
    Else,
    End,
    /// `//#each`, with the index of its `//#end` in the line list.
    Each(Vec<&'static Prim>, usize),
    Types,
    File,
}

/// One generated file.
#[derive(Debug, PartialEq, Eq)]
pub struct Expanded {
    pub file_name: String,
    pub text: String,
}

fn pieces(text: &str, err: &dyn Fn(String) -> String) -> Result<Vec<Piece>, String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find("@{") {
        if at > 0 {
            out.push(Piece::Lit(rest[..at].into()));
        }
        let after = &rest[at + 2..];
        let close = after
            .find('}')
            .ok_or_else(|| err("`@{` without a closing `}`".into()))?;
        let name = &after[..close];
        let known = PLACEHOLDERS
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(n, _)| *n);
        let known = known.ok_or_else(|| {
            let names: Vec<&str> = PLACEHOLDERS.iter().map(|(n, _)| *n).collect();
            err(format!(
                "unknown placeholder `@{{{name}}}` (known: {})",
                names.join(", ")
            ))
        })?;
        out.push(Piece::Var(known));
        rest = &after[close + 1..];
    }
    if !rest.is_empty() {
        out.push(Piece::Lit(rest.into()));
    }
    Ok(out)
}

/// `t` is None only where parsing made sure there is no placeholder.
fn render(pieces: &[Piece], t: Option<&Prim>) -> String {
    let mut s = String::new();
    for piece in pieces {
        match piece {
            Piece::Lit(l) => s.push_str(l),
            Piece::Var(v) => s.push_str(&value(v, t.expect("placeholder has a type"))),
        }
    }
    s
}

fn has_var(pieces: &[Piece]) -> bool {
    pieces.iter().any(|p| matches!(p, Piece::Var(_)))
}

/// A list of type names (`//#types`, `//#each`).
fn type_list(
    what: &str,
    args: &[&str],
    err: &dyn Fn(String) -> String,
) -> Result<Vec<&'static Prim>, String> {
    if args.is_empty() {
        return Err(err(format!("`{what}` names no type")));
    }
    let mut list: Vec<&'static Prim> = Vec::new();
    for a in args {
        let t = prim(a).ok_or_else(|| err(format!("unknown type `{a}` in `{what}`")))?;
        if list.iter().any(|x| x.name == t.name) {
            return Err(err(format!("type `{a}` listed twice in `{what}`")));
        }
        list.push(t);
    }
    Ok(list)
}

/// An open block while parsing: its line number and whether it is a
/// `//#each` (else an `//#if`, with: seen its `//#else`).
struct Open {
    line: usize,
    index: usize,
    each: bool,
    seen_else: bool,
}

/// Appends lines `from..to` for type `t` (None outside `//#each` in a
/// template without `//#types`).
fn emit(lines: &[Line], from: usize, to: usize, t: Option<&Prim>, note: &str, out: &mut String) {
    // Per open `//#if`: (enclosing block active, this branch's condition).
    let mut stack: Vec<(bool, bool)> = Vec::new();
    let mut active = true;
    let mut i = from;
    while i < to {
        match &lines[i] {
            Line::Each(types, end) => {
                out.push('\n');
                if active {
                    for u in types {
                        emit(lines, i + 1, *end, Some(u), note, out);
                    }
                }
                i = *end; // its `//#end` line: a blank line
            }
            Line::Text(p) if active => out.push_str(&render(p, t)),
            Line::Text(_) => {}
            Line::Types => {
                let name = t.map_or("", |t| t.name);
                out.push_str(&format!("// Generated for {name} {note}"));
            }
            Line::File if t.is_none() => out.push_str(&format!("// Generated {note}")),
            Line::File => {}
            Line::If(conds) => {
                let t = t.expect("conditions have a type");
                let cond = conds.iter().any(|c| c.holds(t));
                stack.push((active, cond));
                active = active && cond;
            }
            Line::Else => {
                let (outer, cond) = stack.last().copied().expect("balanced");
                active = outer && !cond;
            }
            Line::End => active = stack.pop().expect("balanced").0,
        }
        out.push('\n');
        i += 1;
    }
}

/// Expands the template `text`; `origin` names it in errors and in the
/// generated files' first comment. Returns one file per `//#types` entry, in
/// that order (one file without `//#types`).
pub fn expand(origin: &str, text: &str) -> Result<Vec<Expanded>, String> {
    let mut lines = Vec::new();
    let mut types: Option<Vec<&'static Prim>> = None;
    let mut file: Option<(usize, Vec<Piece>)> = None;
    let mut open: Vec<Open> = Vec::new();
    // Lines that need a type although no `//#each` is open.
    let mut typed_outside: Vec<usize> = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let n = i + 1;
        let err = |m: String| format!("{origin}:{n}: {m}");
        let in_each = open.iter().any(|o| o.each);
        let Some(directive) = line.trim_start().strip_prefix("//#") else {
            let p = pieces(line, &err)?;
            if !in_each && has_var(&p) {
                typed_outside.push(n);
            }
            lines.push(Line::Text(p));
            continue;
        };
        let mut words = directive.split_whitespace();
        let word = words.next().unwrap_or("");
        let args: Vec<&str> = words.collect();
        let parsed = match word {
            "types" => {
                if types.is_some() {
                    return Err(err("second `//#types` line".into()));
                }
                types = Some(type_list("//#types", &args, &err)?);
                Line::Types
            }
            "file" => {
                if file.is_some() {
                    return Err(err("second `//#file` line".into()));
                }
                let [name] = args[..] else {
                    return Err(err("`//#file` takes one file name".into()));
                };
                if !name.ends_with(".java") || name.contains('/') || name.contains('\\') {
                    return Err(err(format!("`//#file {name}`: want a plain `Name.java`")));
                }
                file = Some((n, pieces(name, &err)?));
                Line::File
            }
            "each" => {
                if in_each {
                    return Err(err("`//#each` inside `//#each`".into()));
                }
                let list = type_list("//#each", &args, &err)?;
                open.push(Open {
                    line: n,
                    index: lines.len(),
                    each: true,
                    seen_else: false,
                });
                Line::Each(list, 0)
            }
            "if" => {
                if args.is_empty() {
                    return Err(err("`//#if` without a condition".into()));
                }
                let mut conds = Vec::new();
                for a in &args {
                    let (negated, what) = match a.strip_prefix('!') {
                        Some(w) => (true, w),
                        None => (false, *a),
                    };
                    if what != "integral" && what != "floating" && prim(what).is_none() {
                        return Err(err(format!(
                            "unknown condition `{a}` (a type name, `integral` or `floating`, optionally with `!`)"
                        )));
                    }
                    conds.push(Cond {
                        negated,
                        what: what.into(),
                    });
                }
                if !in_each {
                    typed_outside.push(n);
                }
                open.push(Open {
                    line: n,
                    index: lines.len(),
                    each: false,
                    seen_else: false,
                });
                Line::If(conds)
            }
            "else" | "end" if !args.is_empty() => {
                return Err(err(format!("`//#{word}` takes no arguments")));
            }
            "else" => match open.last_mut() {
                None => return Err(err("`//#else` without `//#if`".into())),
                Some(o) if o.each => {
                    return Err(err("`//#else` in `//#each` (without `//#if`)".into()))
                }
                Some(o) if o.seen_else => {
                    return Err(err("second `//#else` for one `//#if`".into()))
                }
                Some(o) => {
                    o.seen_else = true;
                    Line::Else
                }
            },
            "end" => {
                let Some(o) = open.pop() else {
                    return Err(err("`//#end` without `//#if` or `//#each`".into()));
                };
                let here = lines.len();
                if let Line::Each(_, end) = &mut lines[o.index] {
                    *end = here;
                }
                Line::End
            }
            _ => {
                return Err(err(format!(
                    "unknown directive `//#{word}` (types, file, each, if, else, end)"
                )))
            }
        };
        lines.push(parsed);
    }
    if let Some(o) = open.last() {
        let what = if o.each { "each" } else { "if" };
        return Err(format!("{origin}:{}: `//#{what}` without `//#end`", o.line));
    }
    let (file_line, file) = file.ok_or_else(|| format!("{origin}: no `//#file` line"))?;
    let note = format!("by classlib/build.rs from {origin}: edit the template, not this file.");
    let Some(types) = types else {
        if has_var(&file) {
            return Err(format!(
                "{origin}:{file_line}: `//#file` names a placeholder, but there is no `//#types`"
            ));
        }
        if let Some(n) = typed_outside.first() {
            return Err(format!(
                "{origin}:{n}: a placeholder or `//#if` outside `//#each` needs `//#types`"
            ));
        }
        let mut text = String::new();
        emit(&lines, 0, lines.len(), None, &note, &mut text);
        return Ok(vec![Expanded {
            file_name: render(&file, None),
            text,
        }]);
    };
    let names: Vec<String> = types.iter().map(|t| render(&file, Some(t))).collect();
    if let Some((_, name)) = names
        .iter()
        .enumerate()
        .find(|(i, n)| names[..*i].contains(n))
    {
        return Err(format!(
            "{origin}: `//#file` gives the same name `{name}` to several types (use a placeholder such as @{{Type}})"
        ));
    }
    let mut out = Vec::new();
    for (t, file_name) in types.iter().zip(names) {
        let mut text = String::new();
        emit(&lines, 0, lines.len(), Some(t), &note, &mut text);
        out.push(Expanded { file_name, text });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> Vec<(String, String)> {
        expand("t.java.tmpl", text)
            .unwrap()
            .into_iter()
            .map(|e| (e.file_name, e.text))
            .collect()
    }

    fn fails(text: &str) -> String {
        expand("t.java.tmpl", text).unwrap_err()
    }

    #[test]
    fn substitutes_every_placeholder() {
        let out = one("//#types int double\n//#file X@{Type}.java\n@{type} @{Type} @{TYPE} @{Boxed} @{bytes} @{bits} 1@{suffix} @{raw} @{Raw}\n");
        assert_eq!(out.len(), 2);
        assert_eq!(out[0].0, "XInt.java");
        assert_eq!(out[1].0, "XDouble.java");
        assert!(
            out[0]
                .1
                .ends_with("\n\nint Int INT Integer 4 32 1 int Int\n"),
            "{}",
            out[0].1
        );
        assert!(
            out[1]
                .1
                .ends_with("\n\ndouble Double DOUBLE Double 8 64 1d long Long\n"),
            "{}",
            out[1].1
        );
        assert!(out[0]
            .1
            .starts_with("// Generated for int by classlib/build.rs from t.java.tmpl"));
    }

    #[test]
    fn keeps_line_numbers() {
        let t = "//#types long float\n//#file @{Boxed}Thing.java\na\n//#if floating\nb\n//#else\nc\n//#end\nd\n";
        for (_, text) in one(t) {
            assert_eq!(text.lines().count(), t.lines().count());
            assert_eq!(text.lines().nth(8), Some("d"));
        }
        let out = one(t);
        assert_eq!(out[0].0, "LongThing.java");
        assert_eq!(out[0].1.lines().nth(6), Some("c"));
        assert_eq!(out[0].1.lines().nth(4), Some(""));
        assert_eq!(out[1].1.lines().nth(4), Some("b"));
        assert_eq!(out[1].1.lines().nth(6), Some(""));
    }

    #[test]
    fn conditions_nest_negate_and_list() {
        let t = "//#types byte int long float double\n//#file @{Type}.java\n\
                 //#if integral\n//#if !int\nI-not-int\n//#else\nint-only\n//#end\n//#else\nF\n//#end\n\
                 //#if long double\nwide\n//#end\n";
        let kept = |i: usize| -> Vec<String> {
            one(t)[i]
                .1
                .lines()
                .filter(|l| !l.is_empty() && !l.starts_with("//"))
                .map(String::from)
                .collect()
        };
        assert_eq!(kept(0), ["I-not-int"]);
        assert_eq!(kept(1), ["int-only"]);
        assert_eq!(kept(2), ["I-not-int", "wide"]);
        assert_eq!(kept(3), ["F"]);
        assert_eq!(kept(4), ["F", "wide"]);
    }

    #[test]
    fn inactive_outer_block_hides_else() {
        let t = "//#types int float\n//#file @{Type}.java\n//#if float\n//#if int\nx\n//#else\ny\n//#end\n//#end\n";
        let out = one(t);
        assert!(!out[0].1.lines().any(|l| l == "y"));
        assert!(out[1].1.lines().any(|l| l == "y"));
    }

    /// Each template must fail with an error starting with the given text.
    fn check_errors(cases: &[(&str, &str)]) {
        for (template, want) in cases {
            let got = fails(template);
            assert!(
                got.starts_with(want),
                "{template:?}: got {got:?}, want {want:?}"
            );
        }
    }

    #[test]
    fn errors_name_file_and_line() {
        const KNOWN: &str = "(known: type, Type, TYPE, Boxed, bytes, bits, suffix, raw, Raw)";
        let h = |rest: &str| format!("//#types int\n//#file @{{Type}}.java\n{rest}");
        let unknown_tipe = format!("t.java.tmpl:3: unknown placeholder `@{{tipe}}` {KNOWN}");
        let unknown_nope = format!("t.java.tmpl:2: unknown placeholder `@{{Nope}}` {KNOWN}");
        check_errors(&[
            (&h("x @{tipe} y\n"), &unknown_tipe),
            (
                &h("ok\nx @{type\n"),
                "t.java.tmpl:4: `@{` without a closing `}`",
            ),
            (
                &h("//#if int\nx\n"),
                "t.java.tmpl:3: `//#if` without `//#end`",
            ),
            (
                &h("//#if int\n//#if long\n//#end\n"),
                "t.java.tmpl:3: `//#if` without `//#end`",
            ),
            (
                &h("x\n//#end\n"),
                "t.java.tmpl:4: `//#end` without `//#if` or `//#each`",
            ),
            (&h("//#else\n"), "t.java.tmpl:3: `//#else` without `//#if`"),
            (
                &h("//#if int\n//#else\n//#else\n//#end\n"),
                "t.java.tmpl:5: second `//#else` for one `//#if`",
            ),
            (
                &h("//#if inte\n//#end\n"),
                "t.java.tmpl:3: unknown condition `inte`",
            ),
            (
                &h("//#iff int\n"),
                "t.java.tmpl:3: unknown directive `//#iff`",
            ),
            (
                &h("//#end x\n"),
                "t.java.tmpl:3: `//#end` takes no arguments",
            ),
            (
                "//#types int bool\n",
                "t.java.tmpl:1: unknown type `bool` in `//#types`",
            ),
            (
                "//#types int int\n",
                "t.java.tmpl:1: type `int` listed twice in `//#types`",
            ),
            ("//#types\n", "t.java.tmpl:1: `//#types` names no type"),
            (
                "//#types int\n//#types long\n",
                "t.java.tmpl:2: second `//#types` line",
            ),
            ("//#types int\nx\n", "t.java.tmpl: no `//#file` line"),
            (
                "//#types int\n//#file a/B.java\n",
                "t.java.tmpl:2: `//#file a/B.java`: want a plain `Name.java`",
            ),
            ("//#types int\n//#file @{Nope}.java\n", &unknown_nope),
            (
                "//#types int long\n//#file Same.java\n",
                "t.java.tmpl: `//#file` gives the same name `Same.java` to several types",
            ),
            (
                "//#types float int\n//#file @{raw}.java\n",
                "t.java.tmpl: `//#file` gives the same name `int.java`",
            ),
        ]);
    }

    #[test]
    fn deterministic_and_text_untouched() {
        let t = "//#types short\n//#file @{Boxed}.java\n  /** {@code x} @ { } $type$ */\n";
        let a = expand("a", t).unwrap();
        assert_eq!(a, expand("a", t).unwrap());
        assert_eq!(
            a[0].text.lines().nth(2),
            Some("  /** {@code x} @ { } $type$ */")
        );
    }

    #[test]
    fn each_repeats_a_block_per_type() {
        let t = "//#file Arrays.java\nclass Arrays {\n//#each int boolean double\n    static @{type} f(@{type}[] a) {\n//#if floating\n        return @{Boxed}.NaN;\n//#else\n        return a[0];\n//#end\n    }\n//#end\n}\n";
        let out = one(t);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].0, "Arrays.java");
        let code: Vec<&str> = out[0].1.lines().filter(|l| !l.trim().is_empty()).collect();
        assert_eq!(
            code,
            [
                "// Generated by classlib/build.rs from t.java.tmpl: edit the template, not this file.",
                "class Arrays {",
                "    static int f(int[] a) {",
                "        return a[0];",
                "    }",
                "    static boolean f(boolean[] a) {",
                "        return a[0];",
                "    }",
                "    static double f(double[] a) {",
                "        return Double.NaN;",
                "    }",
                "}",
            ]
        );
        // lines before the first //#each keep their numbers
        assert_eq!(out[0].1.lines().nth(1), Some("class Arrays {"));
    }

    #[test]
    fn each_inside_typed_template_uses_its_own_type() {
        let t = "//#types long\n//#file @{Type}X.java\n@{type}\n//#each byte\n@{type}\n//#end\n@{type}\n";
        let out = one(t);
        let code: Vec<&str> = out[0].1.lines().skip(1).filter(|l| !l.is_empty()).collect();
        assert_eq!(code, ["long", "byte", "long"]);
    }

    #[test]
    fn each_errors() {
        let f = |rest: &str| format!("//#file A.java\n{rest}");
        check_errors(&[
            (
                &f("//#each int\nx\n"),
                "t.java.tmpl:2: `//#each` without `//#end`",
            ),
            (
                &f("//#each int\n//#each long\n//#end\n//#end\n"),
                "t.java.tmpl:3: `//#each` inside `//#each`",
            ),
            (
                &f("//#each int\n//#else\n//#end\n"),
                "t.java.tmpl:3: `//#else` in `//#each` (without `//#if`)",
            ),
            (
                &f("//#each\n//#end\n"),
                "t.java.tmpl:2: `//#each` names no type",
            ),
            (
                &f("//#each int float int\n//#end\n"),
                "t.java.tmpl:2: type `int` listed twice in `//#each`",
            ),
            (
                &f("x\n@{type} y\n"),
                "t.java.tmpl:3: a placeholder or `//#if` outside `//#each` needs `//#types`",
            ),
            (
                &f("//#if int\n//#end\n"),
                "t.java.tmpl:2: a placeholder or `//#if` outside `//#each` needs `//#types`",
            ),
            (
                "//#file @{Type}.java\n",
                "t.java.tmpl:1: `//#file` names a placeholder, but there is no `//#types`",
            ),
            (
                &f("//#each int\n//#if long\n//#end\n"),
                "t.java.tmpl:2: `//#each` without `//#end`",
            ),
        ]);
    }
}
