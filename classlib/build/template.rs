//! Expands primitive-variant class templates (`classlib/templates/**/*.java.tmpl`).
//!
//! Included by `build.rs` (which expands every template into `$OUT_DIR`
//! before javac) and by `tests/template.rs` (which runs the unit tests at the
//! end of this file). The syntax is documented in `classlib/README.md`
//! ("Templates"); in short:
//!
//! * `//#types int long double` — the primitive types to expand for (once);
//! * `//#file @{Type}Buffer.java` — the generated file's name (once; it must
//!   differ per type, so it names a placeholder);
//! * `//#if COND...` / `//#else` / `//#end` — lines kept only for some types;
//!   a condition is a type name, `integral` or `floating`, optionally negated
//!   with `!`; the line is kept when any listed condition holds;
//! * `@{name}` anywhere in a line — replaced per type (see [`PLACEHOLDERS`]).
//!
//! The output keeps the template's line numbers (directive lines and lines
//! left out become blank lines), so javac errors and stack traces point at
//! the template's line. Errors name the template and line: `path:line: what`.

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
            "floating" => !t.integral,
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
    Types,
    Other,
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

fn render(pieces: &[Piece], t: &Prim) -> String {
    let mut s = String::new();
    for piece in pieces {
        match piece {
            Piece::Lit(l) => s.push_str(l),
            Piece::Var(v) => s.push_str(&value(v, t)),
        }
    }
    s
}

/// Expands the template `text`; `origin` names it in errors and in the
/// generated files' first comment. Returns one file per `//#types` entry, in
/// that order.
pub fn expand(origin: &str, text: &str) -> Result<Vec<Expanded>, String> {
    let mut lines = Vec::new();
    let mut types: Option<Vec<&'static Prim>> = None;
    let mut file: Option<Vec<Piece>> = None;
    // Open `//#if`s: (line number, seen `//#else`).
    let mut open: Vec<(usize, bool)> = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let n = i + 1;
        let err = |m: String| format!("{origin}:{n}: {m}");
        let Some(directive) = line.trim_start().strip_prefix("//#") else {
            lines.push(Line::Text(pieces(line, &err)?));
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
                if args.is_empty() {
                    return Err(err("`//#types` names no type".into()));
                }
                let mut list: Vec<&'static Prim> = Vec::new();
                for a in &args {
                    let t =
                        prim(a).ok_or_else(|| err(format!("unknown type `{a}` in `//#types`")))?;
                    if list.iter().any(|x| x.name == t.name) {
                        return Err(err(format!("type `{a}` listed twice in `//#types`")));
                    }
                    list.push(t);
                }
                types = Some(list);
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
                file = Some(pieces(name, &err)?);
                Line::Other
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
                open.push((n, false));
                Line::If(conds)
            }
            "else" | "end" if !args.is_empty() => {
                return Err(err(format!("`//#{word}` takes no arguments")));
            }
            "else" => match open.last_mut() {
                None => return Err(err("`//#else` without `//#if`".into())),
                Some((_, true)) => return Err(err("second `//#else` for one `//#if`".into())),
                Some((_, seen)) => {
                    *seen = true;
                    Line::Else
                }
            },
            "end" => {
                if open.pop().is_none() {
                    return Err(err("`//#end` without `//#if`".into()));
                }
                Line::End
            }
            _ => {
                return Err(err(format!(
                    "unknown directive `//#{word}` (types, file, if, else, end)"
                )))
            }
        };
        lines.push(parsed);
    }
    if let Some((n, _)) = open.last() {
        return Err(format!("{origin}:{n}: `//#if` without `//#end`"));
    }
    let types = types.ok_or_else(|| format!("{origin}: no `//#types` line"))?;
    let file = file.ok_or_else(|| format!("{origin}: no `//#file` line"))?;
    let names: Vec<String> = types.iter().map(|t| render(&file, t)).collect();
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
    for t in &types {
        let mut text = String::new();
        // Per open `//#if`: (enclosing block active, this branch's condition).
        let mut stack: Vec<(bool, bool)> = Vec::new();
        let mut active = true;
        for line in &lines {
            match line {
                Line::Text(p) if active => text.push_str(&render(p, t)),
                Line::Text(_) | Line::Other => {}
                Line::Types => text.push_str(&format!(
                    "// Generated for {} by classlib/build.rs from {origin}: edit the template, not this file.",
                    t.name
                )),
                Line::If(conds) => {
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
            text.push('\n');
        }
        out.push(Expanded {
            file_name: render(&file, t),
            text,
        });
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

    #[test]
    fn errors_name_file_and_line() {
        let head = "//#types int\n//#file @{Type}.java\n";
        assert_eq!(fails(&format!("{head}x @{{tipe}} y\n")), "t.java.tmpl:3: unknown placeholder `@{tipe}` (known: type, Type, TYPE, Boxed, bytes, bits, suffix, raw, Raw)");
        assert_eq!(
            fails(&format!("{head}ok\nx @{{type\n")),
            "t.java.tmpl:4: `@{` without a closing `}`"
        );
        assert_eq!(
            fails(&format!("{head}//#if int\nx\n")),
            "t.java.tmpl:3: `//#if` without `//#end`"
        );
        assert_eq!(
            fails(&format!("{head}//#if int\n//#if long\n//#end\n")),
            "t.java.tmpl:3: `//#if` without `//#end`"
        );
        assert_eq!(
            fails(&format!("{head}x\n//#end\n")),
            "t.java.tmpl:4: `//#end` without `//#if`"
        );
        assert_eq!(
            fails(&format!("{head}//#else\n")),
            "t.java.tmpl:3: `//#else` without `//#if`"
        );
        assert_eq!(
            fails(&format!("{head}//#if int\n//#else\n//#else\n//#end\n")),
            "t.java.tmpl:5: second `//#else` for one `//#if`"
        );
        assert!(fails(&format!("{head}//#if inte\n//#end\n"))
            .starts_with("t.java.tmpl:3: unknown condition `inte`"));
        assert!(fails(&format!("{head}//#iff int\n"))
            .starts_with("t.java.tmpl:3: unknown directive `//#iff`"));
        assert_eq!(
            fails(&format!("{head}//#end x\n")),
            "t.java.tmpl:3: `//#end` takes no arguments"
        );
        assert_eq!(
            fails("//#types int bool\n"),
            "t.java.tmpl:1: unknown type `bool` in `//#types`"
        );
        assert_eq!(
            fails("//#types int int\n"),
            "t.java.tmpl:1: type `int` listed twice in `//#types`"
        );
        assert_eq!(
            fails("//#types\n"),
            "t.java.tmpl:1: `//#types` names no type"
        );
        assert_eq!(
            fails("//#types int\n//#types long\n"),
            "t.java.tmpl:2: second `//#types` line"
        );
        assert_eq!(fails("//#file A.java\n"), "t.java.tmpl: no `//#types` line");
        assert_eq!(fails("//#types int\nx\n"), "t.java.tmpl: no `//#file` line");
        assert_eq!(
            fails("//#types int\n//#file a/B.java\n"),
            "t.java.tmpl:2: `//#file a/B.java`: want a plain `Name.java`"
        );
        assert_eq!(fails("//#types int\n//#file @{Nope}.java\n"), "t.java.tmpl:2: unknown placeholder `@{Nope}` (known: type, Type, TYPE, Boxed, bytes, bits, suffix, raw, Raw)");
        assert!(fails("//#types int long\n//#file Same.java\n")
            .contains("gives the same name `Same.java` to several types"));
        assert!(fails("//#types float int\n//#file @{raw}.java\n").contains("same name `int.java`"));
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
}
