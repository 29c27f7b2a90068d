//! The closed world of a Java service: its classes plus Mote's `java.base`.
//!
//! Two jobs, both on class files read with the VM's own parser
//! (`mote_jvm::classfile`):
//!
//! - **Closed-world check**: every class, field and method the service's
//!   classes reference (constant pool `Class`, `Fieldref`, `Methodref`,
//!   `InterfaceMethodref`, method handles and types, and the class types in
//!   their descriptors) must resolve, with the JVM's resolution rules (JVMS
//!   5.4.3: superclasses, then superinterfaces; inherited members count).
//!   Problems come back as `missing: ...` lines naming the using method and
//!   source line.
//! - **Tree shaking**: the `java.base` classes the service can reach from its
//!   own classes and from the classes the VM itself names, following the
//!   code of the methods that can run; of those classes only the methods
//!   that can run are sealed (`class_shrink`). Virtual calls are resolved
//!   by rapid type analysis: only classes some object can have (made by a
//!   `new` that can run, by the VM, or a lambda proxy) keep the overriding
//!   methods they declare.
//!
//! It is not a verifier: access rules, static-ness and interface/class
//! mismatches are the VM's business at run time.

use jvm::classfile::{
    BootstrapMethod, ClassFile, Cp, Member, ACC_INTERFACE, ACC_PRIVATE, ACC_STATIC,
};
use jvm::descriptor::{arg_types, ret_type, Kind};
use jvm::indy;
use jvm::vm::prim_char;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fs;
use std::path::{Path, PathBuf};

/// Classes the VM loads or calls by name (the `"java/..."` literals in
/// `jvm/src`: bootstrap, exceptions it raises, boxing, indy bootstraps,
/// natives). Kept in every image, with their closure.
pub const VM_CLASSES: &[&str] = &[
    "java/io/FileOutputStream",
    "java/io/Serializable",
    "java/lang/AbstractMethodError",
    "java/lang/ArithmeticException",
    "java/lang/ArrayIndexOutOfBoundsException",
    "java/lang/ArrayStoreException",
    "java/lang/Boolean",
    "java/lang/BootstrapMethodError",
    "java/lang/Byte",
    "java/lang/Character",
    "java/lang/Class",
    "java/lang/ClassCastException",
    "java/lang/ClassCircularityError",
    "java/lang/ClassFormatError",
    "java/lang/CloneNotSupportedException",
    "java/lang/Cloneable",
    "java/lang/Double",
    "java/lang/Error",
    "java/lang/ExceptionInInitializerError",
    "java/lang/Float",
    "java/lang/FormatSupport",
    "java/lang/IllegalMonitorStateException",
    "java/lang/IncompatibleClassChangeError",
    "java/lang/InstantiationError",
    "java/lang/Integer",
    "java/lang/InternalError",
    "java/lang/InterruptedException",
    "java/lang/Long",
    "java/lang/Math",
    "java/lang/NegativeArraySizeException",
    "java/lang/NoClassDefFoundError",
    "java/lang/NoSuchFieldError",
    "java/lang/NoSuchMethodError",
    "java/lang/NullPointerException",
    "java/lang/Object",
    "java/lang/OutOfMemoryError",
    "java/lang/Runtime",
    "java/lang/Short",
    "java/lang/StackOverflowError",
    "java/lang/StackTraceElement",
    "java/lang/String",
    "java/lang/StringBuilder",
    "java/lang/System",
    "java/lang/Thread",
    "java/lang/Throwable",
    "java/lang/UnsatisfiedLinkError",
    "java/lang/VerifyError",
    "java/lang/invoke/LambdaMetafactory",
    "java/lang/invoke/StringConcatFactory",
    "java/lang/runtime/ObjectMethods",
    "java/util/Arrays",
    "java/util/Objects",
];

struct Class {
    cf: ClassFile,
    /// Path relative to its root (`java/lang/Object.class`).
    rel: PathBuf,
    app: bool,
}

/// The service's classes and java.base, by internal name.
pub struct World {
    classes: HashMap<String, Class>,
}

/// Every `.class` file under `root`, as paths relative to it.
pub fn class_files(root: &Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
    read_tree(root, root, out)
}

fn read_tree(root: &Path, dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
    let rd = fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            read_tree(root, &p, out)?;
        } else if p.extension().is_some_and(|x| x == "class") {
            out.push(p.strip_prefix(root).unwrap_or(&p).to_path_buf());
        }
    }
    Ok(())
}

/// `java/util/Map$Entry` as `java.util.Map$Entry`; arrays as `int[]`.
fn dotted(internal: &str) -> String {
    if let Some(elem) = internal.strip_prefix('[') {
        return format!("{}[]", type_name(elem));
    }
    internal.replace('/', ".")
}

/// A field descriptor as Java reads it, simple class names (`Object`, `int[]`).
fn type_name(d: &str) -> String {
    match d.as_bytes().first() {
        Some(b'[') => format!("{}[]", type_name(&d[1..])),
        Some(b'L') => {
            let n = d[1..].trim_end_matches(';');
            n.rsplit('/').next().unwrap_or(n).to_string()
        }
        Some(b'B') => "byte".into(),
        Some(b'C') => "char".into(),
        Some(b'D') => "double".into(),
        Some(b'F') => "float".into(),
        Some(b'I') => "int".into(),
        Some(b'J') => "long".into(),
        Some(b'S') => "short".into(),
        Some(b'Z') => "boolean".into(),
        Some(b'V') => "void".into(),
        _ => d.to_string(),
    }
}

/// The classes a descriptor (field or method) names.
fn desc_classes(d: &str) -> Vec<&str> {
    let types: Vec<&str> = if d.starts_with('(') {
        let mut v = arg_types(d);
        v.push(ret_type(d));
        v
    } else {
        vec![d]
    };
    types
        .into_iter()
        .filter_map(|t| t.trim_start_matches('[').strip_prefix('L'))
        .map(|s| s.trim_end_matches(';'))
        .collect()
}

/// The wrapper class and primitive of a field type that is a primitive or
/// a wrapper (`I` and `Ljava/lang/Integer;` are both `("java/lang/Integer", Int)`),
/// as the VM's invokedynamic code boxes them (jvm/src/indy.rs).
fn box_of(ty: &str) -> Option<(&'static str, Kind)> {
    let kind = match ty.strip_prefix('L').and_then(|t| t.strip_suffix(';')) {
        Some(class) => indy::prim_of_box(class)?,
        None if ty.len() == 1 => {
            Kind::from_char(ty.as_bytes()[0]).filter(|k| !matches!(k, Kind::Ref | Kind::Void))?
        }
        None => return None,
    };
    Some((indy::box_class(kind), kind))
}

/// Length of the instruction at `pc` (JVMS 6.5), or None if malformed.
pub(super) fn insn_len(code: &[u8], pc: usize) -> Option<usize> {
    let op = *code.get(pc)?;
    let u4 = |at: usize| -> Option<i64> {
        let b = code.get(at..at + 4)?;
        Some(i32::from_be_bytes([b[0], b[1], b[2], b[3]]) as i64)
    };
    Some(match op {
        0x10 | 0x12 | 0x15..=0x19 | 0x36..=0x3a | 0xa9 | 0xbc => 2,
        0x11 | 0x13 | 0x14 | 0x84 | 0x99..=0xa8 | 0xb2..=0xb8 | 0xbb | 0xbd | 0xc0 | 0xc1 => 3,
        0xc6 | 0xc7 => 3,
        0xc5 => 4,
        0xb9 | 0xba | 0xc8 | 0xc9 => 5,
        0xc4 => {
            if *code.get(pc + 1)? == 0x84 {
                6
            } else {
                4
            }
        }
        0xaa | 0xab => {
            let base = pc + 1 + (4 - (pc + 1) % 4) % 4;
            if op == 0xaa {
                let (lo, hi) = (u4(base + 4)?, u4(base + 8)?);
                if hi < lo {
                    return None;
                }
                base - pc + 12 + 4 * (hi - lo + 1) as usize
            } else {
                let n = u4(base + 4)?;
                if n < 0 {
                    return None;
                }
                base - pc + 8 + 8 * n as usize
            }
        }
        0x00..=0xc3 => 1,
        _ => return None,
    })
}

/// Where a constant was used: method name and source line.
#[derive(Clone)]
struct Site {
    method: String,
    line: Option<u16>,
}

fn line_at(lines: &[(u16, u16)], pc: usize) -> Option<u16> {
    lines
        .iter()
        .filter(|(start, _)| (*start as usize) <= pc)
        .max_by_key(|(start, _)| *start)
        .map(|(_, l)| *l)
}

/// First use of each constant-pool index in a class's code.
fn use_sites(cf: &ClassFile) -> BTreeMap<u16, Site> {
    let mut sites: BTreeMap<u16, Site> = BTreeMap::new();
    for m in &cf.methods {
        let Some(code) = &m.code else { continue };
        let c = &code.code;
        let mut pc = 0;
        while pc < c.len() {
            let op = c[pc];
            let idx = match op {
                0x12 => Some(c[pc + 1] as u16),
                0x13 | 0x14 | 0xb2..=0xbb | 0xbd | 0xc0 | 0xc1 | 0xc5 => c
                    .get(pc + 1..pc + 3)
                    .map(|b| u16::from_be_bytes([b[0], b[1]])),
                _ => None,
            };
            if let Some(i) = idx {
                sites.entry(i).or_insert_with(|| Site {
                    method: m.name.to_string(),
                    line: line_at(&code.lines, pc),
                });
            }
            match insn_len(c, pc) {
                Some(n) => pc += n,
                None => break,
            }
        }
    }
    // What an instruction's constant refers to is used there too: the class
    // of a member, the member of a method handle, a call site's bootstrap
    // method and its arguments (lambda bodies). Three steps cover the
    // longest chain (call site, handle, member, class).
    for _ in 0..3 {
        let known: Vec<(u16, Site)> = sites.iter().map(|(i, s)| (*i, s.clone())).collect();
        for (i, site) in known {
            let mut inner: Vec<u16> = Vec::new();
            match cf.cp.get(i as usize) {
                Some(Cp::FieldRef(c, _) | Cp::MethodRef(c, _) | Cp::InterfaceMethodRef(c, _)) => {
                    inner.push(*c)
                }
                Some(Cp::MethodHandle(_, r)) => inner.push(*r),
                Some(Cp::InvokeDynamic(b, _) | Cp::Dynamic(b, _)) => {
                    if let Some(bm) = cf.bootstrap_methods.get(*b as usize) {
                        inner.push(bm.method_ref);
                        inner.extend(&bm.args);
                    }
                }
                _ => {}
            }
            for j in inner {
                sites.entry(j).or_insert_with(|| site.clone());
            }
        }
    }
    sites
}

impl World {
    /// Reads every class under `app` (the service) and `java_base`.
    pub fn load(app: &Path, java_base: &Path) -> Result<World, String> {
        let mut classes = HashMap::new();
        // java.base first: the VM's boot path wins over the class path.
        for (root, is_app) in [(java_base, false), (app, true)] {
            let mut files = Vec::new();
            read_tree(root, root, &mut files)?;
            for rel in files {
                if rel.file_name().is_some_and(|n| n == "module-info.class") {
                    continue;
                }
                let p = root.join(&rel);
                let bytes =
                    fs::read(&p).map_err(|e| format!("cannot read {}: {e}", p.display()))?;
                let cf = ClassFile::parse(&bytes)
                    .map_err(|e| format!("{}: bad class file: {e}", p.display()))?;
                let name = cf.this_name().to_string();
                classes.entry(name).or_insert(Class {
                    cf,
                    rel,
                    app: is_app,
                });
            }
        }
        Ok(World { classes })
    }

    fn get(&self, name: &str) -> Option<&ClassFile> {
        self.classes.get(name).map(|c| &c.cf)
    }

    fn super_of<'a>(&'a self, cf: &'a ClassFile) -> Option<&'a ClassFile> {
        cf.class_name(cf.super_class).and_then(|n| self.get(n))
    }

    fn ifaces_of<'a>(&'a self, cf: &'a ClassFile) -> impl Iterator<Item = &'a ClassFile> + 'a {
        cf.interfaces
            .iter()
            .filter_map(|&i| cf.class_name(i))
            .filter_map(|n| self.get(n))
    }

    /// Does the class (or array class) exist, with all its supertypes?
    fn class_ok(&self, name: &str) -> bool {
        if name.starts_with('[') {
            return match name.trim_start_matches('[').strip_prefix('L') {
                Some(e) => self.class_ok(e.trim_end_matches(';')),
                None => true,
            };
        }
        self.get(name).is_some()
    }

    /// The superclass chain of `cf` (itself first), stopping at a cycle.
    fn chain<'a>(&'a self, cf: &'a ClassFile) -> Vec<&'a ClassFile> {
        let mut v = vec![cf];
        while let Some(s) = v.last().and_then(|c| self.super_of(c)) {
            if v.iter().any(|c| c.this_name() == s.this_name()) {
                break;
            }
            v.push(s);
        }
        v
    }

    /// Every superinterface of `cf` and of its superclasses, transitively.
    fn all_ifaces<'a>(&'a self, cf: &'a ClassFile) -> Vec<&'a ClassFile> {
        let mut out: Vec<&ClassFile> = Vec::new();
        let mut todo: Vec<&ClassFile> = self.chain(cf);
        while let Some(c) = todo.pop() {
            for i in self.ifaces_of(c) {
                if !out.iter().any(|o| o.this_name() == i.this_name()) {
                    out.push(i);
                    todo.push(i);
                }
            }
        }
        out
    }

    /// JVMS 5.4.3.2: the class, its superinterfaces, its superclasses.
    fn find_field(&self, cf: &ClassFile, name: &str, desc: &str) -> bool {
        let has = |c: &ClassFile| {
            c.fields
                .iter()
                .any(|f| &*f.name == name && &*f.desc == desc)
        };
        self.chain(cf).into_iter().any(has) || self.all_ifaces(cf).into_iter().any(has)
    }

    fn own<'a>(cf: &'a ClassFile, name: &str, desc: &str) -> Option<&'a Member> {
        cf.methods
            .iter()
            .find(|m| &*m.name == name && &*m.desc == desc)
    }

    /// A non-private, non-static method in the superinterfaces of `cf`.
    fn iface_method(&self, cf: &ClassFile, name: &str, desc: &str) -> bool {
        self.all_ifaces(cf).into_iter().any(|i| {
            Self::own(i, name, desc).is_some_and(|m| m.access & (ACC_PRIVATE | ACC_STATIC) == 0)
        })
    }

    /// JVMS 5.4.3.3 and 5.4.3.4: the class chain (or the interface, then
    /// Object's public instance methods), then superinterfaces.
    fn find_method(&self, class: &str, name: &str, desc: &str) -> bool {
        let class = if class.starts_with('[') {
            "java/lang/Object"
        } else {
            class
        };
        let Some(cf) = self.get(class) else {
            return false;
        };
        if cf.access & ACC_INTERFACE != 0 {
            if Self::own(cf, name, desc).is_some() {
                return true;
            }
            if self.get("java/lang/Object").is_some_and(|o| {
                Self::own(o, name, desc).is_some_and(|m| m.access & ACC_STATIC == 0)
            }) {
                return true;
            }
            return self.iface_method(cf, name, desc);
        }
        self.chain(cf)
            .into_iter()
            .any(|c| Self::own(c, name, desc).is_some())
            || self.iface_method(cf, name, desc)
    }

    /// The problems in one class's references, as `missing: ...` lines.
    fn check_class(&self, cf: &ClassFile, out: &mut BTreeSet<String>) {
        let sites = use_sites(cf);
        let me = dotted(cf.this_name());
        let src = cf.source_file.as_deref().unwrap_or("");
        let at = |idx: Option<u16>| -> String {
            match idx.and_then(|i| sites.get(&i)) {
                Some(Site { method, line }) => match line {
                    Some(l) if !src.is_empty() => format!("{me}.{method} ({src}:{l})"),
                    _ => format!("{me}.{method}"),
                },
                None => me.clone(),
            }
        };
        let missing_class = |name: &str, idx: Option<u16>, out: &mut BTreeSet<String>| {
            if !self.class_ok(name) {
                let line = format!("missing: class {} — used by {}", dotted(name), at(idx));
                out.insert(line);
            }
        };
        for (i, e) in cf.cp.iter().enumerate() {
            let idx = Some(i as u16);
            match e {
                Cp::Class(_) => {
                    if let Some(n) = cf.class_name(i as u16) {
                        missing_class(n, idx, out);
                    }
                }
                Cp::FieldRef(..) | Cp::MethodRef(..) | Cp::InterfaceMethodRef(..) => {
                    let Some((c, n, d)) = cf.member_ref(i as u16) else {
                        continue;
                    };
                    for t in desc_classes(d) {
                        missing_class(t, idx, out);
                    }
                    if !self.class_ok(c) {
                        continue; // reported with the Class entry
                    }
                    let found = if matches!(e, Cp::FieldRef(..)) {
                        !c.starts_with('[')
                            && self.get(c).is_some_and(|cf| self.find_field(cf, n, d))
                    } else {
                        self.find_method(c, n, d)
                    };
                    if !found {
                        let member = if matches!(e, Cp::FieldRef(..)) {
                            format!("{}.{n}", dotted(c))
                        } else {
                            let args: Vec<String> =
                                arg_types(d).into_iter().map(type_name).collect();
                            let n: &str = n;
                            let n = if n == "<init>" {
                                c.rsplit('/').next().unwrap_or(c)
                            } else {
                                n
                            };
                            format!("{}.{n}({})", dotted(c), args.join(", "))
                        };
                        out.insert(format!("missing: {member} — used by {}", at(idx)));
                    }
                }
                Cp::MethodType(d) | Cp::InvokeDynamic(_, d) | Cp::Dynamic(_, d) => {
                    let d = match e {
                        Cp::MethodType(_) => cf.utf8(*d),
                        _ => cf.name_and_type(*d).map(|(_, d)| d),
                    };
                    for t in d.map(|d| desc_classes(d)).unwrap_or_default() {
                        missing_class(t, idx, out);
                    }
                }
                _ => {}
            }
        }
        for m in cf.fields.iter().chain(&cf.methods) {
            for t in desc_classes(&m.desc) {
                if !self.class_ok(t) {
                    out.insert(format!(
                        "missing: class {} — used by {me}.{}",
                        dotted(t),
                        m.name
                    ));
                }
            }
        }
    }

    /// Checks the references of the service's classes and of the java.base
    /// classes they reach; the problems, sorted.
    pub fn check(&self) -> Vec<String> {
        let mut out = BTreeSet::new();
        for n in self.reachable() {
            if let Some(c) = self.classes.get(&n) {
                self.check_class(&c.cf, &mut out);
            }
        }
        out.into_iter().collect()
    }

    /// Every class name one class refers to (constant pool and descriptors).
    fn refs(cf: &ClassFile) -> Vec<String> {
        let mut v: Vec<String> = Vec::new();
        let add_desc = |d: &str, v: &mut Vec<String>| {
            v.extend(desc_classes(d).into_iter().map(String::from));
        };
        for (i, e) in cf.cp.iter().enumerate() {
            match e {
                Cp::Class(_) => {
                    if let Some(n) = cf.class_name(i as u16) {
                        if n.starts_with('[') {
                            add_desc(n, &mut v);
                        } else {
                            v.push(n.to_string());
                        }
                    }
                }
                Cp::NameAndType(_, d) | Cp::MethodType(d) => {
                    if let Some(d) = cf.utf8(*d) {
                        add_desc(d, &mut v);
                    }
                }
                _ => {}
            }
        }
        for m in cf.fields.iter().chain(&cf.methods) {
            add_desc(&m.desc, &mut v);
        }
        v
    }

    /// The class names reachable from the service's classes and from
    /// [`VM_CLASSES`], sorted (names of missing classes included).
    fn reachable(&self) -> BTreeSet<String> {
        let mut seen: BTreeSet<String> = BTreeSet::new();
        let mut todo: Vec<String> = VM_CLASSES.iter().map(|s| s.to_string()).collect();
        todo.extend(
            self.classes
                .iter()
                .filter(|(_, c)| c.app)
                .map(|(n, _)| n.clone()),
        );
        while let Some(n) = todo.pop() {
            if !seen.insert(n.clone()) {
                continue;
            }
            if let Some(c) = self.classes.get(&n) {
                todo.extend(Self::refs(&c.cf).into_iter().filter(|r| !seen.contains(r)));
            }
        }
        seen
    }

    /// The classes the service can load and the methods it can run:
    /// starting from all of its own methods and what the VM calls,
    /// following only the code of methods that can run (calls, field
    /// accesses, `new`, casts, constants, handlers, invokedynamic
    /// bootstraps); a virtual call keeps that method in every live class
    /// that declares it.
    fn reachable_by_methods(&self) -> (BTreeSet<String>, BTreeSet<(String, String, String)>) {
        let mut r = Reach {
            world: self,
            live: BTreeSet::new(),
            dispatch_targets: BTreeSet::new(),
            methods: BTreeSet::new(),
            virtual_calls: BTreeSet::new(),
            todo_classes: Vec::new(),
            todo_methods: Vec::new(),
        };
        for c in VM_CLASSES {
            r.class_live(c);
        }
        let app: Vec<String> = self
            .classes
            .iter()
            .filter(|(_, c)| c.app)
            .map(|(n, _)| n.clone())
            .collect();
        for c in &app {
            r.class_live(c);
            r.instantiated(c);
        }
        // A thread starts with a virtual call of its run() (jvm/src/lib.rs).
        r.call("java/lang/Thread", "run", "()V", true);
        for c in VM_INSTANTIATES {
            r.instantiated(c);
        }
        for c in VM_CLASSES {
            let throwable = self.get(c).is_some_and(|cf| {
                self.chain(cf).iter().any(|s| {
                    s.class_name(s.this_class)
                        .is_some_and(|n| &**n == "java/lang/Throwable")
                })
            });
            if throwable {
                r.instantiated(c);
            }
        }
        loop {
            if let Some(c) = r.todo_classes.pop() {
                r.walk_class(&c);
            } else if let Some((c, n, d)) = r.todo_methods.pop() {
                r.walk_method(&c, &n, &d);
            } else {
                break;
            }
        }
        (r.live, r.methods)
    }

    /// The java.base classes to seal: the classes of
    /// [`World::reachable_by_methods`] minus the service's own, by path
    /// relative to java.base, each with the methods that can run (the
    /// others are dropped from the sealed class file).
    pub fn reachable_library(&self) -> BTreeMap<PathBuf, KeptMethods> {
        let (live, methods) = self.reachable_by_methods();
        let mut kept: BTreeMap<&str, (PathBuf, KeptMethods)> = live
            .iter()
            .filter_map(|n| self.classes.get(n).map(|c| (n.as_str(), c)))
            .filter(|(_, c)| !c.app)
            .map(|(n, c)| (n, (c.rel.clone(), KeptMethods::new())))
            .collect();
        for (class, name, desc) in methods {
            if let Some((_, k)) = kept.get_mut(class.as_str()) {
                k.insert((name, desc));
            }
        }
        kept.into_values().collect()
    }
}

/// (name, descriptor) of the methods of a kept class that can run.
pub type KeptMethods = BTreeSet<(String, String)>;

/// Methods the VM calls by name on classes it knows (`"name", "(...)"`
/// literals in jvm/src). The test `vm_method_names_cover_the_vm` scans
/// jvm/src for the names the VM looks up and fails on one missing here.
///
/// The first [`VM_ENTRY_NAMES`] of them are entry points (launch, threads,
/// uncaught exceptions, the invokedynamic bootstraps): every class in
/// [`VM_CLASSES`] keeps its methods of those names. The rest are called by
/// the code the VM makes for invokedynamic sites (a StringBuilder's
/// constructor, boxing, string concatenation, record methods) and by
/// dispatch on any object (`toString`, `hashCode`, `equals`); those are
/// kept by descriptor, for the sites the service has
/// ([`Reach::bootstrap_code`]) and on every class with objects for
/// Object's three. The VM runs no other constructor: the objects it makes
/// itself ([`VM_INSTANTIATES`], the exceptions it raises) get their fields
/// set directly.
pub const VM_METHOD_NAMES: &[&str] = &[
    "<clinit>",
    "main",
    "run",
    "dispatchUncaughtException",
    "metafactory",
    "altMetafactory",
    "makeConcatWithConstants",
    "bootstrap",
    "<init>",
    "toString",
    "hashCode",
    "equals",
    "compare",
    "valueOf",
    "append",
    "booleanValue",
    "byteValue",
    "charValue",
    "shortValue",
    "intValue",
    "longValue",
    "floatValue",
    "doubleValue",
];

/// How many of [`VM_METHOD_NAMES`] are entry points kept by name.
const VM_ENTRY_NAMES: usize = 8;

/// Object's methods the VM may dispatch on any object: (name, descriptor).
const OBJECT_METHODS: [(&str, &str); 3] = [
    ("toString", "()Ljava/lang/String;"),
    ("hashCode", "()I"),
    ("equals", "(Ljava/lang/Object;)Z"),
];

/// Classes whose objects the VM makes itself, without a `new` in Java code
/// (jvm/src: string literals, `Class` mirrors, the main thread, stack trace
/// elements). The exceptions it raises are the Throwables in
/// [`VM_CLASSES`]. The test `vm_allocation_sites_are_known` fails when
/// jvm/src gains an allocation this list may not cover.
const VM_INSTANTIATES: &[&str] = &[
    "java/lang/String",
    "java/lang/Class",
    "java/lang/Thread",
    "java/lang/StackTraceElement",
];

/// Method-level reachability (rapid type analysis): which classes a service
/// can load, walking only the bytecode of methods it can run. A virtual
/// call can only run a method of a class some object can have: one made by
/// a `new` the service can run, by the VM itself, or a lambda's proxy.
struct Reach<'w> {
    world: &'w World,
    live: BTreeSet<String>,
    /// Classes (and interfaces) of which some object can exist: the
    /// instantiated classes and all their supertypes.
    dispatch_targets: BTreeSet<String>,
    /// (class, name, descriptor) of methods whose code has been walked or queued.
    methods: BTreeSet<(String, String, String)>,
    /// Names and descriptors called virtually (invokevirtual/invokeinterface).
    virtual_calls: BTreeSet<(String, String)>,
    todo_classes: Vec<String>,
    todo_methods: Vec<(String, String, String)>,
}

impl<'w> Reach<'w> {
    fn class_live(&mut self, name: &str) {
        let name = name.trim_start_matches('[');
        let name = name
            .strip_prefix('L')
            .and_then(|n| n.strip_suffix(';'))
            .unwrap_or(name);
        if name.len() <= 1 && !name.is_empty() && name.chars().all(|c| "BCDFIJSZV".contains(c)) {
            return; // a primitive array's element
        }
        if self.live.insert(name.to_string()) {
            self.todo_classes.push(name.to_string());
        }
    }

    fn method(&mut self, class: &str, name: &str, desc: &str) {
        let key = (class.to_string(), name.to_string(), desc.to_string());
        if self.methods.insert(key.clone()) {
            self.todo_methods.push(key);
        }
    }

    /// Some object of class `name` can exist: the methods its class and
    /// supertypes declare that virtual calls (or the VM, for Object's
    /// methods) can reach are kept.
    fn instantiated(&mut self, name: &str) {
        self.class_live(name);
        let Some(cf) = self.world.get(name) else {
            return;
        };
        let supers: Vec<&ClassFile> = self
            .world
            .chain(cf)
            .into_iter()
            .chain(self.world.all_ifaces(cf))
            .collect();
        for s in supers {
            let Some(sname) = s.class_name(s.this_class).map(|n| n.to_string()) else {
                continue;
            };
            if !self.dispatch_targets.insert(sname.clone()) {
                continue;
            }
            self.class_live(&sname);
            for m in &s.methods {
                let key = (m.name.to_string(), m.desc.to_string());
                if m.access & ACC_STATIC == 0
                    && (self.virtual_calls.contains(&key)
                        || OBJECT_METHODS.contains(&(&*m.name, &*m.desc)))
                {
                    self.method(&sname, &m.name, &m.desc);
                }
            }
        }
    }

    /// The class in `class`'s hierarchy declaring `name desc` (superclasses,
    /// then interfaces), as a static or special call resolves it.
    fn declaring(&self, class: &str, name: &str, desc: &str) -> Option<String> {
        let cf = self.world.get(class)?;
        for c in self
            .world
            .chain(cf)
            .into_iter()
            .chain(self.world.all_ifaces(cf))
        {
            if World::own(c, name, desc).is_some() {
                return c.class_name(c.this_class).map(|n| n.to_string());
            }
        }
        None
    }

    fn call(&mut self, class: &str, name: &str, desc: &str, is_virtual: bool) {
        self.class_live(class);
        for t in desc_classes(desc) {
            self.class_live(t);
        }
        if let Some(decl) = self.declaring(class, name, desc) {
            self.class_live(&decl);
            self.method(&decl, name, desc);
        }
        if is_virtual
            && self
                .virtual_calls
                .insert((name.to_string(), desc.to_string()))
        {
            // every class with objects that declares it may run it
            let owners: Vec<String> = self
                .dispatch_targets
                .iter()
                .filter(|c| {
                    self.world
                        .get(c)
                        .is_some_and(|cf| World::own(cf, name, desc).is_some())
                })
                .cloned()
                .collect();
            for c in owners {
                self.method(&c, name, desc);
            }
        }
    }

    /// A `MethodRef`/`InterfaceMethodRef`/`FieldRef` constant: (class, name, descriptor).
    fn member_ref(cf: &ClassFile, idx: u16) -> Option<(String, String, String)> {
        let (c, nt) = match cf.cp.get(idx as usize)? {
            Cp::MethodRef(c, nt) | Cp::InterfaceMethodRef(c, nt) | Cp::FieldRef(c, nt) => (*c, *nt),
            _ => return None,
        };
        let class = cf.class_name(c)?.to_string();
        let Cp::NameAndType(n, d) = cf.cp.get(nt as usize)? else {
            return None;
        };
        Some((class, cf.utf8(*n)?.to_string(), cf.utf8(*d)?.to_string()))
    }

    fn walk_class(&mut self, name: &str) {
        let Some(cf) = self.world.get(name) else {
            return; // missing classes are the closed-world check's business
        };
        if let Some(s) = cf.class_name(cf.super_class) {
            self.class_live(&s.clone());
        }
        for &i in &cf.interfaces {
            if let Some(n) = cf.class_name(i) {
                self.class_live(&n.clone());
            }
        }
        let app = self.world.classes.get(name).is_some_and(|c| c.app);
        let vm_class = VM_CLASSES.contains(&name);
        for m in &cf.methods {
            let keep = app
                || &*m.name == "<clinit>"
                || (vm_class && VM_METHOD_NAMES[..VM_ENTRY_NAMES].contains(&&*m.name));
            if keep {
                self.method(name, &m.name, &m.desc);
            }
        }
    }

    fn walk_method(&mut self, class: &str, name: &str, desc: &str) {
        let Some(cf) = self.world.get(class) else {
            return;
        };
        let Some(m) = World::own(cf, name, desc) else {
            return;
        };
        for t in desc_classes(desc) {
            self.class_live(t);
        }
        let Some(code) = &m.code else { return };
        for h in &code.handlers {
            if let Some(n) = cf.class_name(h.catch_type) {
                self.class_live(&n.clone());
            }
        }
        let bytes = &code.code;
        let u2 = |at: usize| -> u16 { u16::from_be_bytes([bytes[at], bytes[at + 1]]) };
        let mut pc = 0;
        while pc < bytes.len() {
            let Some(len) = insn_len(bytes, pc) else {
                break;
            };
            if pc + len > bytes.len() {
                break;
            }
            let op = bytes[pc];
            match op {
                // ldc, ldc_w: a class constant or a method handle
                0x12 | 0x13 => {
                    let idx = if op == 0x12 {
                        bytes[pc + 1] as u16
                    } else {
                        u2(pc + 1)
                    };
                    self.constant(cf, idx);
                }
                // field access: the owner is loaded
                0xb2..=0xb5 => {
                    if let Some((c, _, d)) = Self::member_ref(cf, u2(pc + 1)) {
                        self.class_live(&c);
                        if let Some(t) = desc_classes(&d).first() {
                            self.class_live(t);
                        }
                    }
                }
                0xb6..=0xb9 => {
                    if let Some((c, n, d)) = Self::member_ref(cf, u2(pc + 1)) {
                        self.call(&c, &n, &d, op == 0xb6 || op == 0xb9);
                    }
                }
                // invokedynamic: the bootstrap's method-handle arguments
                0xba => {
                    if let Some(Cp::InvokeDynamic(bsm, nt)) = cf.cp.get(u2(pc + 1) as usize) {
                        let (mut site_name, mut site_desc) = (String::new(), String::new());
                        if let Some(Cp::NameAndType(n, d)) = cf.cp.get(*nt as usize) {
                            site_name = cf.utf8(*n).map(|n| n.to_string()).unwrap_or_default();
                            if let Some(d) = cf.utf8(*d) {
                                site_desc = d.to_string();
                                for t in desc_classes(&d.clone()) {
                                    self.class_live(t);
                                }
                            }
                        }
                        if let Some(b) = cf.bootstrap_methods.get(*bsm as usize) {
                            self.constant(cf, b.method_ref);
                            for &a in &b.args {
                                self.constant(cf, a);
                            }
                            self.bootstrap_code(cf, b, &site_name, &site_desc);
                        }
                    }
                }
                0xbb => {
                    if let Some(n) = cf.class_name(u2(pc + 1)) {
                        self.instantiated(&n.clone());
                    }
                }
                // anewarray, checkcast, instanceof, multianewarray
                0xbd | 0xc0 | 0xc1 | 0xc5 => {
                    if let Some(n) = cf.class_name(u2(pc + 1)) {
                        self.class_live(&n.clone());
                    }
                }
                _ => {}
            }
            pc += len;
        }
    }

    /// The java.base methods the VM's code for an invokedynamic site calls
    /// (jvm/src/indy.rs): string concatenation appends each argument and
    /// constant with its own `StringBuilder.append` overload; a lambda boxes
    /// and unboxes the primitives of its types; a record's
    /// toString/hashCode/equals appends, hashes or compares each component
    /// by its type.
    fn bootstrap_code(&mut self, cf: &ClassFile, b: &BootstrapMethod, name: &str, desc: &str) {
        let Some(Cp::MethodHandle(_, r)) = cf.cp.get(b.method_ref as usize) else {
            return;
        };
        let Some((bsm_class, _, _)) = Self::member_ref(cf, *r) else {
            return;
        };
        const SB: &str = "java/lang/StringBuilder";
        let sb_append = |r: &mut Self, ty: &str| r.call(SB, "append", indy::append_for(ty), true);
        let sb_frame = |r: &mut Self| {
            r.instantiated(SB);
            r.call(SB, "<init>", "()V", false);
            sb_append(r, "Ljava/lang/String;");
            r.call(SB, "toString", "()Ljava/lang/String;", true);
        };
        match bsm_class.as_str() {
            "java/lang/invoke/StringConcatFactory" => {
                sb_frame(self);
                for t in arg_types(desc) {
                    sb_append(self, t);
                }
                for &a in b.args.iter().skip(1) {
                    match cf.cp.get(a as usize) {
                        Some(Cp::Float(_)) => sb_append(self, "F"),
                        Some(Cp::Double(_)) => sb_append(self, "D"),
                        _ => {}
                    }
                }
            }
            "java/lang/invoke/LambdaMetafactory" => {
                // The proxy object implements the site's interface (and any
                // marker interfaces altMetafactory names).
                self.instantiated(ret_type(desc).trim_start_matches('L').trim_end_matches(';'));
                for &a in &b.args {
                    if let Some(n) = cf.class_name(a) {
                        self.instantiated(&n.clone());
                    }
                }
                // Every descriptor the site's conversions can involve: the
                // call site's, the interface method's, the implementation's.
                let mut descs = vec![desc.to_string()];
                for &a in &b.args {
                    match cf.cp.get(a as usize) {
                        Some(Cp::MethodType(d)) => descs.extend(cf.utf8(*d).map(|d| d.to_string())),
                        Some(Cp::MethodHandle(_, r)) => {
                            descs.extend(Self::member_ref(cf, *r).map(|(_, _, d)| d))
                        }
                        _ => {}
                    }
                }
                let mut boxes = BTreeMap::new();
                for d in &descs {
                    for t in arg_types(d).into_iter().chain([ret_type(d)]) {
                        boxes.extend(box_of(t));
                    }
                }
                for (class, kind) in boxes {
                    let prim = prim_char(kind);
                    self.call(class, "valueOf", &format!("({prim})L{class};"), false);
                    let (unbox, ret) = indy::unbox_method(kind);
                    self.call(class, unbox, ret, true);
                }
            }
            "java/lang/runtime/ObjectMethods" => {
                let types: Vec<String> = b
                    .args
                    .iter()
                    .skip(2)
                    .filter_map(|&a| match cf.cp.get(a as usize) {
                        Some(Cp::MethodHandle(_, r)) => Self::member_ref(cf, *r).map(|(_, _, d)| d),
                        _ => None,
                    })
                    .collect();
                if name == "toString" {
                    sb_frame(self);
                }
                for t in &types {
                    let prim = box_of(t)
                        .filter(|_| !t.starts_with('L'))
                        .map(|(class, kind)| (class, prim_char(kind)));
                    match (name, prim) {
                        ("toString", _) => sb_append(self, t),
                        ("hashCode", None) => self.call(
                            "java/util/Objects",
                            "hashCode",
                            "(Ljava/lang/Object;)I",
                            false,
                        ),
                        ("hashCode", Some((class, p))) => {
                            self.call(class, "hashCode", &format!("({p})I"), false)
                        }
                        ("equals", None) => self.call(
                            "java/util/Objects",
                            "equals",
                            "(Ljava/lang/Object;Ljava/lang/Object;)Z",
                            false,
                        ),
                        ("equals", Some((class, p @ ('F' | 'D')))) => {
                            self.call(class, "compare", &format!("({p}{p})I"), false)
                        }
                        _ => {}
                    }
                }
            }
            _ => {}
        }
    }

    /// A loadable constant: classes and method handles make code reachable.
    fn constant(&mut self, cf: &ClassFile, idx: u16) {
        match cf.cp.get(idx as usize) {
            Some(Cp::Class(_)) => {
                if let Some(n) = cf.class_name(idx) {
                    self.class_live(&n.clone());
                }
            }
            Some(Cp::MethodHandle(kind, r)) => {
                if let Some((c, n, d)) = Self::member_ref(cf, *r) {
                    if *kind <= 4 {
                        self.class_live(&c); // a field handle
                    } else {
                        if *kind == 8 {
                            // REF_newInvokeSpecial (`HashMap::new`): it makes objects
                            self.instantiated(&c);
                        }
                        self.call(&c, &n, &d, matches!(kind, 5 | 9));
                    }
                }
            }
            Some(Cp::MethodType(d)) => {
                if let Some(d) = cf.utf8(*d) {
                    for t in desc_classes(&d.clone()) {
                        self.class_live(t);
                    }
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Mote's java.base is compiled as one module, so it must be closed on
    /// its own: checking every class of it as if it were the app finds nothing.
    #[test]
    fn java_base_is_closed() {
        let base = Path::new(jvm_glue::JAVA_BASE_DIR);
        let empty = std::env::temp_dir().join("mote-closure-empty-app");
        std::fs::create_dir_all(&empty).unwrap();
        let mut w = World::load(&empty, base).unwrap();
        for c in w.classes.values_mut() {
            c.app = true;
        }
        assert!(w.classes.len() > 100);
        let problems = w.check();
        assert!(problems.is_empty(), "{}", problems.join("\n"));
        // and the check can fail: without ArrayList, its users are reported
        w.classes.remove("java/util/ArrayList");
        let problems = w.check();
        assert!(
            problems
                .iter()
                .any(|p| p.starts_with("missing: class java.util.ArrayList — used by ")),
            "{problems:?}"
        );
    }

    /// A token of Rust source, as far as the scan below needs: string
    /// literals, identifiers and single punctuation characters.
    #[derive(Debug, PartialEq)]
    enum Tok {
        Str(String),
        Ident(String),
        Punct(char),
    }

    /// Splits Rust source into [`Tok`]s, dropping comments, char literals
    /// and lifetimes (enough for jvm/src; raw strings are not used there).
    fn tokens(src: &str) -> Vec<Tok> {
        let b: Vec<char> = src.chars().collect();
        let (mut i, mut out) = (0, Vec::new());
        while i < b.len() {
            let c = b[i];
            if c == '/' && b.get(i + 1) == Some(&'/') {
                while i < b.len() && b[i] != '\n' {
                    i += 1;
                }
            } else if c == '/' && b.get(i + 1) == Some(&'*') {
                i += 2;
                while i + 1 < b.len() && !(b[i] == '*' && b[i + 1] == '/') {
                    i += 1;
                }
                i += 2;
            } else if c == '"' {
                let mut s = String::new();
                i += 1;
                while i < b.len() && b[i] != '"' {
                    if b[i] == '\\' {
                        i += 1;
                    }
                    s.push(b[i]);
                    i += 1;
                }
                i += 1;
                out.push(Tok::Str(s));
            } else if c == '\'' {
                // 'x', '\n', '\u{..}' or a lifetime 'a
                i = if b.get(i + 1) == Some(&'\\') {
                    (i + 3..b.len())
                        .find(|&j| b[j] == '\'')
                        .map_or(b.len(), |j| j + 1)
                } else if b.get(i + 2) == Some(&'\'') {
                    i + 3
                } else {
                    i + 1
                };
            } else if c.is_alphanumeric() || c == '_' {
                let start = i;
                while i < b.len() && (b[i].is_alphanumeric() || b[i] == '_') {
                    i += 1;
                }
                out.push(Tok::Ident(b[start..i].iter().collect()));
            } else {
                if !c.is_whitespace() {
                    out.push(Tok::Punct(c));
                }
                i += 1;
            }
        }
        out
    }

    /// The top-level arguments of the call whose `(` is at `open`.
    fn call_args(t: &[Tok], open: usize) -> Vec<&[Tok]> {
        let (mut depth, mut start, mut args) = (0, open + 1, Vec::new());
        for (j, tok) in t.iter().enumerate().skip(open) {
            match tok {
                Tok::Punct('(' | '[' | '{') => depth += 1,
                Tok::Punct(')' | ']' | '}') => {
                    depth -= 1;
                    if depth == 0 {
                        if j > start {
                            args.push(&t[start..j]);
                        }
                        return args;
                    }
                }
                Tok::Punct(',') if depth == 1 => {
                    args.push(&t[start..j]);
                    start = j + 1;
                }
                _ => {}
            }
        }
        args
    }

    /// (class, method name) pairs of the Java methods the VM looks up by
    /// name in `src`: the name argument of `resolve_method(class, name,
    /// desc)` and of indy's `call(vm, class, name, desc)` when it is a
    /// literal, and `("name", "(...)...")` tuples (name/descriptor tables
    /// whose entries are passed to those calls through variables). The class
    /// is given when it is a literal.
    fn vm_lookups(src: &str) -> Vec<(Option<String>, String)> {
        let t = tokens(src);
        let lit = |a: &[Tok]| match a {
            [Tok::Str(s)] => Some(s.clone()),
            _ => None,
        };
        let mut out = Vec::new();
        for i in 0..t.len() {
            let args = match (&t[i], t.get(i + 1)) {
                (Tok::Ident(f), Some(Tok::Punct('('))) if f == "resolve_method" => {
                    let a = call_args(&t, i + 1);
                    a.get(1).and_then(|n| lit(n)).map(|n| (None, n))
                }
                (Tok::Ident(f), Some(Tok::Punct('('))) if f == "call" => {
                    let a = call_args(&t, i + 1);
                    match a[..] {
                        [[Tok::Ident(vm)], cls, name, _] if vm == "vm" => {
                            lit(name).map(|n| (lit(cls), n))
                        }
                        _ => None,
                    }
                }
                (Tok::Punct('('), Some(Tok::Str(name))) => {
                    match (t.get(i + 2), t.get(i + 3), t.get(i + 4)) {
                        (Some(Tok::Punct(',')), Some(Tok::Str(d)), Some(Tok::Punct(')')))
                            if d.starts_with('(') =>
                        {
                            Some((None, name.clone()))
                        }
                        _ => None,
                    }
                }
                _ => None,
            };
            out.extend(args);
        }
        out
    }

    fn jvm_sources() -> Vec<(String, String)> {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../jvm/src");
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "rs"))
            .collect();
        files.sort();
        assert!(files.len() > 5, "no jvm sources in {}", dir.display());
        files
            .iter()
            .map(|f| {
                (
                    f.file_name().unwrap().to_string_lossy().into_owned(),
                    std::fs::read_to_string(f).unwrap(),
                )
            })
            .collect()
    }

    /// Every Java method the VM calls by name (jvm/src) is in
    /// [`VM_METHOD_NAMES`], on a class in [`VM_CLASSES`] where the class is
    /// a literal; and every name in the list still occurs in jvm/src.
    #[test]
    fn vm_method_names_cover_the_vm() {
        let sources = jvm_sources();
        let mut found = Vec::new();
        for (file, text) in &sources {
            for (cls, name) in vm_lookups(text) {
                if !VM_METHOD_NAMES.contains(&&*name) {
                    found.push(format!(
                        "jvm/src/{file}: method `{name}` is not in VM_METHOD_NAMES"
                    ));
                }
                if let Some(c) = cls.filter(|c| !VM_CLASSES.contains(&&**c)) {
                    found.push(format!(
                        "jvm/src/{file}: class `{c}` (method `{name}`) is not in VM_CLASSES"
                    ));
                }
            }
        }
        let all_literals: Vec<String> = sources
            .iter()
            .flat_map(|(_, text)| tokens(text))
            .filter_map(|t| match t {
                Tok::Str(s) => Some(s),
                _ => None,
            })
            .collect();
        for n in VM_METHOD_NAMES {
            if !all_literals.iter().any(|l| l == n) {
                found.push(format!(
                    "VM_METHOD_NAMES has `{n}`, which jvm/src never names"
                ));
            }
        }
        assert!(found.is_empty(), "{}", found.join("\n"));
        // `walk_class` keeps the entry points by slicing the list.
        assert_eq!(VM_METHOD_NAMES[VM_ENTRY_NAMES - 1], "bootstrap");
    }

    /// Every place jvm/src makes an object without running Java's `new`,
    /// with the class it passes: the tree shaking's [`VM_INSTANTIATES`] and
    /// the exceptions in [`VM_CLASSES`] must cover them. A new allocation
    /// site fails here until it is added to both lists.
    #[test]
    fn vm_allocation_sites_are_known() {
        const KNOWN: &[(&str, &str)] = &[
            ("exec.rs", "c"),            // the `new` bytecode (and its quickened forms)
            ("exec.rs", "vm.wk.string"), // substring results
            ("indy.rs", "cid"),          // a lambda's proxy object
            ("lib.rs", "vm.wk.thread"),  // the main thread
            ("natives.rs", "ste"),       // stack trace elements
            ("vm.rs", "self.wk.string"), // string literals and VM strings
            ("vm.rs", "self.wk.class"),  // Class mirrors
            ("vm.rs", "c"),              // exceptions the VM raises, by name
        ];
        let mut unknown = Vec::new();
        let mut seen = BTreeSet::new();
        for (file, text) in jvm_sources() {
            for (at, _) in text.match_indices("new_object(") {
                if text[..at].ends_with("fn ") {
                    continue;
                }
                let rest = &text[at + "new_object(".len()..];
                let arg = rest[..rest.find(')').unwrap_or(0)].trim().to_string();
                if KNOWN.contains(&(file.as_str(), arg.as_str())) {
                    seen.insert((file.clone(), arg));
                } else {
                    unknown.push(format!("jvm/src/{file}: new_object({arg})"));
                }
            }
        }
        assert!(
            unknown.is_empty(),
            "allocation sites the tree shaking does not know: {unknown:?}"
        );
        assert_eq!(
            seen.len(),
            KNOWN.len(),
            "KNOWN lists sites jvm/src no longer has: {seen:?}"
        );
        for c in [
            "java/lang/String",
            "java/lang/Class",
            "java/lang/Thread",
            "java/lang/StackTraceElement",
        ] {
            assert!(VM_INSTANTIATES.contains(&c));
        }
    }

    /// The scan `vm_method_names_cover_the_vm` relies on finds calls (so
    /// that test can fail).
    #[test]
    fn vm_lookup_scan_finds_calls() {
        let src = r#"
            // vm.resolve_method(c, "commented", "()V")
            let m = vm.resolve_method(vm.wk.thread, "run", "()V");
            let m = vm.resolve_method(
                c,
                "dispatch", // why
                "(Ljava/lang/Throwable;)V",
            );
            let x = vm.resolve_method(c, &name, &desc);
            code.push(call(vm, "java/lang/Float", "compare", "(FF)I")?);
            code.push(call(vm, box_class(k), "hashCode", &format!("({})I", 'c'))?);
            let other = call(x, "notVm", "()V");
            fn unbox(k: Kind) -> (&'static str, &'static str) { ("intValue", "()I") }
            let not_a_method = ("a", "b");
        "#;
        let got = vm_lookups(src);
        let want = [
            (None, "run"),
            (None, "dispatch"),
            (Some("java/lang/Float"), "compare"),
            (None, "hashCode"),
            (None, "intValue"),
        ];
        let want: Vec<(Option<String>, String)> = want
            .iter()
            .map(|(c, n)| (c.map(String::from), n.to_string()))
            .collect();
        assert_eq!(got, want);
    }
}
