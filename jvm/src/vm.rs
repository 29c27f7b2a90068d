//! The VM: class loading and linking (layouts, vtables, itables), the heap,
//! strings, VM-raised exceptions and the thread scheduler.

use crate::class::*;
use crate::classfile::*;
use crate::classpath::ClassPath;
use crate::descriptor::{Kind, MethodDesc};
use crate::heap::{Body, Heap};
use crate::platform::Platform;
use crate::thread::{FrameKind, JThread, TState};
use crate::value::{Ref, Value, NULL};
use alloc::boxed::Box;
use alloc::format;
use alloc::rc::Rc;
use alloc::string::{String, ToString};
use alloc::vec;
use alloc::vec::Vec;
use core::cell::RefCell;
use hashbrown::HashMap;

/// A linkage failure before any Java object exists: exception class + message.
pub type LinkErr = (&'static str, String);

/// Options the embedder chooses.
pub struct Options {
    pub heap_max: usize,
    pub gc_stress_every: u32,
    /// Maximum frames per thread before StackOverflowError.
    pub max_frames: usize,
    /// `-Xprof`: sample stacks and print a method profile at exit.
    pub profile: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            heap_max: 256 << 20,
            gc_stress_every: 0,
            max_frames: 12000,
            profile: false,
        }
    }
}

/// Field slots and classes the VM touches directly.
#[derive(Default)]
pub struct WellKnown {
    pub object: ClassId,
    pub string: ClassId,
    pub class: ClassId,
    pub thread: ClassId,
    pub throwable: ClassId,
    pub string_value: u32,
    pub class_name: u32,
    pub class_vm_index: u32,
    pub thr_message: u32,
    pub thr_cause: u32,
    pub thr_backtrace: u32,
    pub thread_name: u32,
    pub thread_daemon: u32,
    pub thread_vmid: u32,
    pub thread_interrupted: u32,
    pub thread_priority: u32,
    pub char_array: ClassId,
    pub int_array: ClassId,
}

pub struct Vm {
    pub platform: Box<dyn Platform>,
    pub classpath: ClassPath,
    pub classes: Vec<Class>,
    pub class_map: HashMap<Rc<str>, ClassId>,
    pub methods: Vec<Method>,
    pub heap: Heap,
    pub interned: HashMap<Vec<u16>, Ref>,
    pub threads: Vec<JThread>,
    pub wk: WellKnown,
    pub opts: Options,
    /// Set by System.exit.
    pub exit_code: Option<i32>,
    /// Objects the VM keeps alive (lambda singletons, preallocated errors).
    pub pinned: Vec<Ref>,
    pub next_thread_id: u32,
    pub wait_seq: u64,
    /// Linked invokedynamic call sites by (class, cp index), sorted for
    /// binary search (a vector: one map type less in every image).
    pub indy_cache: Vec<((ClassId, u16), crate::indy::Site)>,
    pub synth_count: u32,
    /// Hidden method that runs `Thread.run()` on a new thread.
    pub thread_launcher: MethodId,
    /// Platform-thread token of the thread that called `run` (Java's main).
    pub main_os: u32,
    pub main_uncaught: bool,
    sched_next: usize,
    /// Java thread the baton was last handed over for.
    designated: Option<u32>,
    /// Classes whose supertypes are being loaded (cycle detection).
    loading: Vec<Rc<str>>,
    /// Platform threads were started: they may still be parked on this VM
    /// (daemons at exit), so it must never be freed.
    pub spawned_platform_threads: bool,
    /// `-Xprof` samples (None unless profiling).
    pub profile: Option<crate::profile::Profile>,
    /// Field slots and classes of the HashMap lookups done in place (found
    /// when the first such call is quickened).
    pub map_slots: Option<crate::exec::MapSlots>,
    /// The field stores of methods called as `Insn::InvokeStores`.
    pub store_plans: Vec<crate::exec::StorePlan>,
}

/// The VM handed to a new platform thread. Only the baton holder dereferences it.
struct VmPtr(*mut Vm);
// SAFETY: the baton protocol in `Vm::schedule` gives exactly one platform thread
// access to the VM at a time, and hands it over through the platform's
// park/unpark, which must order memory like a mutex (see `Platform::park`).
unsafe impl Send for VmPtr {}

fn internal_to_dotted(n: &str) -> String {
    n.replace('/', ".")
}

impl Vm {
    pub fn new(platform: Box<dyn Platform>, classpath: ClassPath, opts: Options) -> Vm {
        Vm {
            platform,
            classpath,
            classes: Vec::new(),
            class_map: HashMap::new(),
            methods: Vec::new(),
            heap: Heap::new(opts.heap_max, opts.gc_stress_every),
            profile: opts.profile.then(Default::default),
            map_slots: None,
            store_plans: Vec::new(),
            interned: HashMap::new(),
            threads: Vec::new(),
            wk: WellKnown::default(),
            opts,
            exit_code: None,
            pinned: Vec::new(),
            next_thread_id: 0,
            wait_seq: 0,
            indy_cache: Vec::new(),
            synth_count: 0,
            thread_launcher: 0,
            main_os: 0,
            main_uncaught: false,
            sched_next: 0,
            designated: None,
            loading: Vec::new(),
            spawned_platform_threads: false,
        }
    }

    /// Loads the classes the VM itself depends on and records their layouts.
    pub fn bootstrap(&mut self) -> Result<(), LinkErr> {
        self.wk.object = self.load("java/lang/Object")?;
        self.wk.string = self.load("java/lang/String")?;
        self.wk.class = self.load("java/lang/Class")?;
        self.wk.thread = self.load("java/lang/Thread")?;
        self.wk.throwable = self.load("java/lang/Throwable")?;
        self.wk.char_array = self.load("[C")?;
        self.wk.int_array = self.load("[I")?;
        let f = |vm: &Vm, c: ClassId, n: &str| -> Result<u32, LinkErr> {
            vm.find_field(c, n).map(|(_, s, _)| s).ok_or((
                "java/lang/NoSuchFieldError",
                format!("{}.{n}", vm.classes[c as usize].name),
            ))
        };
        self.wk.string_value = f(self, self.wk.string, "value")?;
        self.wk.class_name = f(self, self.wk.class, "name")?;
        self.wk.class_vm_index = f(self, self.wk.class, "vmIndex")?;
        self.wk.thr_message = f(self, self.wk.throwable, "detailMessage")?;
        self.wk.thr_cause = f(self, self.wk.throwable, "cause")?;
        self.wk.thr_backtrace = f(self, self.wk.throwable, "backtrace")?;
        self.wk.thread_name = f(self, self.wk.thread, "name")?;
        self.wk.thread_daemon = f(self, self.wk.thread, "daemon")?;
        self.wk.thread_vmid = f(self, self.wk.thread, "vmId")?;
        self.wk.thread_interrupted = f(self, self.wk.thread, "interrupted")?;
        self.wk.thread_priority = f(self, self.wk.thread, "priority")?;
        Ok(())
    }

    // ---------------------------------------------------------------- loading

    /// Finds or loads a class by internal name (arrays included).
    pub fn load(&mut self, name: &str) -> Result<ClassId, LinkErr> {
        if let Some(&c) = self.class_map.get(name) {
            return Ok(c);
        }
        if let Some(comp) = name.strip_prefix('[') {
            let elem = Kind::from_char(*comp.as_bytes().first().unwrap_or(&0))
                .filter(|k| *k != Kind::Void)
                .ok_or(("java/lang/NoClassDefFoundError", name.to_string()))?;
            let component = match elem {
                Kind::Ref => {
                    let inner = if let Some(s) = comp.strip_prefix('L') {
                        s.strip_suffix(';')
                            .ok_or(("java/lang/NoClassDefFoundError", name.to_string()))?
                    } else {
                        comp
                    };
                    self.load(inner)?
                }
                k => self.primitive_class(k),
            };
            return Ok(self.make_array_class(name, component, elem));
        }
        let (bytes, boot) = self
            .classpath
            .find(&*self.platform, name)
            .ok_or(("java/lang/NoClassDefFoundError", name.to_string()))?;
        let cf = ClassFile::parse(&bytes)
            .map_err(|e| ("java/lang/ClassFormatError", format!("{name}: {e}")))?;
        if &**cf.this_name() != name {
            return Err((
                "java/lang/NoClassDefFoundError",
                format!("{name} (wrong name: {})", cf.this_name()),
            ));
        }
        // A class reached again while its supertypes load is a cycle (hand-made classes only).
        if self.loading.iter().any(|n| &**n == name) {
            return Err(("java/lang/ClassCircularityError", name.to_string()));
        }
        self.loading.push(Rc::from(name));
        let defined = self.define(cf);
        self.loading.pop();
        let id = defined?;
        self.classes[id as usize].boot = boot;
        Ok(id)
    }

    pub fn is_boot(&self, c: ClassId) -> bool {
        match self.classes[c as usize].kind {
            ClassKind::Array { component, .. } => self.is_boot(component),
            _ => self.classes[c as usize].boot,
        }
    }

    fn object_ifaces(&mut self) -> Vec<ClassId> {
        let mut v = Vec::new();
        for n in ["java/lang/Cloneable", "java/io/Serializable"] {
            if let Ok(c) = self.load(n) {
                v.push(c);
            }
        }
        v
    }

    fn push_class(&mut self, c: Class) -> ClassId {
        let id = self.classes.len() as ClassId;
        self.class_map.insert(c.name.clone(), id);
        self.classes.push(c);
        id
    }

    fn bare_class(name: Rc<str>, kind: ClassKind) -> Class {
        Class {
            name,
            access: ACC_PUBLIC | ACC_FINAL | ACC_ABSTRACT,
            super_id: None,
            interfaces: Vec::new(),
            all_ifaces: Vec::new(),
            kind,
            cf: None,
            fields: Vec::new(),
            instance_template: Rc::from(Vec::new()),
            statics: Vec::new(),
            methods: Vec::new(),
            vtable: Vec::new(),
            itable: Vec::new(),
            state: InitState::Done,
            mirror: NULL,
            array_class: None,
            class_cache: RefCell::new(Vec::new()),
            boot: true,
            init_error: NULL,
        }
    }

    pub fn primitive_class(&mut self, k: Kind) -> ClassId {
        let name = match k {
            Kind::Boolean => "boolean",
            Kind::Byte => "byte",
            Kind::Char => "char",
            Kind::Short => "short",
            Kind::Int => "int",
            Kind::Long => "long",
            Kind::Float => "float",
            Kind::Double => "double",
            Kind::Void => "void",
            Kind::Ref => "java/lang/Object",
        };
        if let Some(&c) = self.class_map.get(name) {
            return c;
        }
        self.push_class(Self::bare_class(Rc::from(name), ClassKind::Primitive(k)))
    }

    fn make_array_class(&mut self, name: &str, component: ClassId, elem: Kind) -> ClassId {
        let object = self.load("java/lang/Object").unwrap_or(0);
        let ifaces = self.object_ifaces();
        let mut c = Self::bare_class(Rc::from(name), ClassKind::Array { component, elem });
        c.super_id = Some(object);
        c.interfaces = ifaces.clone();
        c.all_ifaces = ifaces;
        c.vtable = self
            .classes
            .get(object as usize)
            .map(|o| o.vtable.clone())
            .unwrap_or_default();
        let id = self.push_class(c);
        self.classes[component as usize].array_class = Some(id);
        id
    }

    /// The class of arrays whose components are `comp`.
    pub fn array_of(&mut self, comp: ClassId) -> ClassId {
        if let Some(a) = self.classes[comp as usize].array_class {
            return a;
        }
        let c = &self.classes[comp as usize];
        let name = match c.kind {
            ClassKind::Primitive(k) => format!("[{}", prim_char(k)),
            ClassKind::Array { .. } => format!("[{}", c.name),
            ClassKind::Normal => format!("[L{};", c.name),
        };
        self.load(&name).unwrap_or(comp)
    }

    /// Links a parsed class: supertypes, field layout, methods, vtable, itables.
    pub fn define(&mut self, cf: ClassFile) -> Result<ClassId, LinkErr> {
        let name = cf.this_name().clone();
        let super_id = if cf.super_class == 0 {
            if &*name != "java/lang/Object" {
                return Err((
                    "java/lang/ClassFormatError",
                    format!("{name}: no superclass"),
                ));
            }
            None
        } else {
            let sn = cf.class_name(cf.super_class).cloned().unwrap_or_default();
            if sn == name {
                return Err(("java/lang/ClassCircularityError", name.to_string()));
            }
            let s = self.load(&sn)?;
            if self.classes[s as usize].is_interface() {
                return Err((
                    "java/lang/IncompatibleClassChangeError",
                    format!("class {name} has interface {sn} as super class"),
                ));
            }
            Some(s)
        };
        let mut interfaces = Vec::new();
        for &i in &cf.interfaces {
            let n = cf.class_name(i).cloned().unwrap_or_default();
            let c = self.load(&n)?;
            if !self.classes[c as usize].is_interface() {
                return Err((
                    "java/lang/IncompatibleClassChangeError",
                    format!("class {name} can not implement {n}, because it is not an interface"),
                ));
            }
            interfaces.push(c);
        }
        let mut all_ifaces: Vec<ClassId> = Vec::new();
        if let Some(s) = super_id {
            all_ifaces.extend_from_slice(&self.classes[s as usize].all_ifaces);
        }
        for &i in &interfaces {
            for &x in core::iter::once(&i).chain(self.classes[i as usize].all_ifaces.iter()) {
                if !all_ifaces.contains(&x) {
                    all_ifaces.push(x);
                }
            }
        }
        // Field layout: inherited slots first.
        let mut template: Vec<Value> = match super_id {
            Some(s) => self.classes[s as usize].instance_template.to_vec(),
            None => Vec::new(),
        };
        let mut fields = Vec::new();
        let mut statics = Vec::new();
        let cf = Rc::new(cf);
        for f in &cf.fields {
            let k = Kind::from_char(f.desc.as_bytes()[0]).unwrap_or(Kind::Ref);
            let is_static = f.access & ACC_STATIC != 0;
            let slot = if is_static {
                let mut v = Value::zero_of(k);
                if f.constant_value != 0 {
                    v = match cf.cp.get(f.constant_value as usize) {
                        Some(Cp::Integer(i)) => Value::Int(*i),
                        Some(Cp::Long(l)) => Value::Long(*l),
                        Some(Cp::Float(x)) => Value::Float(*x),
                        Some(Cp::Double(x)) => Value::Double(*x),
                        Some(Cp::String(s)) => {
                            if let Some(units) = cf.utf16_exact(*s) {
                                Value::Ref(self.intern_utf16(units.to_vec()))
                            } else {
                                let s = cf.utf8(*s).cloned().unwrap_or_default();
                                Value::Ref(self.intern_str(&s))
                            }
                        }
                        _ => v,
                    };
                }
                statics.push(v);
                statics.len() - 1
            } else {
                template.push(Value::zero_of(k));
                template.len() - 1
            };
            fields.push(FieldInfo {
                name: f.name.clone(),
                desc: f.desc.clone(),
                is_static,
                slot: slot as u32,
                access: f.access,
            });
        }
        let id = self.classes.len() as ClassId;
        let mut c = Self::bare_class(name.clone(), ClassKind::Normal);
        c.access = cf.access;
        c.super_id = super_id;
        c.interfaces = interfaces;
        c.all_ifaces = all_ifaces;
        c.fields = fields;
        c.instance_template = Rc::from(template);
        c.statics = statics;
        c.state = InitState::Linked;
        c.class_cache = RefCell::new(vec![u32::MAX; cf.cp.len()]);
        c.cf = Some(cf.clone());
        c.boot = false;
        self.push_class(c);
        // Methods.
        let mut mids = Vec::new();
        for m in &cf.methods {
            let md = MethodDesc::parse(&m.desc).ok_or((
                "java/lang/ClassFormatError",
                format!("{name}: bad descriptor"),
            ))?;
            let is_static = m.access & ACC_STATIC != 0;
            let recv = if is_static { 0 } else { 1 };
            if md.arg_slots + recv > 255 {
                return Err((
                    "java/lang/ClassFormatError",
                    format!("{name}.{}: too many arguments", m.name),
                ));
            }
            let (max_locals, max_stack) = m
                .code
                .as_ref()
                .map(|c| (c.max_locals, c.max_stack))
                .unwrap_or((0, 0));
            let native = if m.access & ACC_NATIVE != 0 {
                crate::natives::lookup(&name, &m.name, &m.desc)
            } else {
                crate::natives::intrinsic(&name, &m.name, &m.desc)
            };
            let mid = self.methods.len() as MethodId;
            self.methods.push(Method {
                class: id,
                name: m.name.clone(),
                desc: m.desc.clone(),
                access: m.access,
                argc: (md.args.len() + recv) as u16,
                arg_slots: (md.arg_slots + recv) as u16,
                md,
                max_locals,
                max_stack,
                native,
                decoded: None,
                vindex: None,
                frame: 0,
                leaf: false,
                hidden: false,
            });
            mids.push(mid);
        }
        self.classes[id as usize].methods = mids.clone();
        // vtable: inherit, override by name+descriptor, append new virtuals.
        let mut vtable: Vec<MethodId> = super_id
            .map(|s| self.classes[s as usize].vtable.clone())
            .unwrap_or_default();
        let is_iface = self.classes[id as usize].is_interface();
        if !is_iface {
            for &mid in &mids {
                let m = &self.methods[mid as usize];
                if m.is_static()
                    || m.access & ACC_PRIVATE != 0
                    || &*m.name == "<init>"
                    || &*m.name == "<clinit>"
                {
                    continue;
                }
                let slot = vtable.iter().position(|&o| {
                    let om = &self.methods[o as usize];
                    om.name == m.name && om.desc == m.desc
                });
                let v = match slot {
                    Some(s) => {
                        vtable[s] = mid;
                        s
                    }
                    None => {
                        vtable.push(mid);
                        vtable.len() - 1
                    }
                };
                self.methods[mid as usize].vindex = Some(v as u32);
            }
            // Default (and still-abstract) interface methods not implemented by any class.
            let all = self.classes[id as usize].all_ifaces.clone();
            for &i in &all {
                for &im in &self.classes[i as usize].methods.clone() {
                    let m = &self.methods[im as usize];
                    if m.is_static() || m.access & ACC_PRIVATE != 0 || &*m.name == "<clinit>" {
                        continue;
                    }
                    let pos = vtable.iter().position(|&o| {
                        let om = &self.methods[o as usize];
                        om.name == m.name && om.desc == m.desc
                    });
                    match pos {
                        None => vtable.push(im),
                        Some(p) => {
                            // Replace an abstract or less specific interface method with a default.
                            let cur = vtable[p];
                            let cm = &self.methods[cur as usize];
                            let cur_is_iface = self.classes[cm.class as usize].is_interface();
                            if cur_is_iface
                                && !m.is_abstract()
                                && (cm.is_abstract() || self.is_subclass(i, cm.class))
                            {
                                vtable[p] = im;
                            }
                        }
                    }
                }
            }
            // itables, resolved through the vtable.
            let mut itable = Vec::new();
            for &i in &all {
                let imethods = self.classes[i as usize].methods.clone();
                let mut impls = Vec::with_capacity(imethods.len());
                for &im in &imethods {
                    let m = &self.methods[im as usize];
                    let found = vtable.iter().copied().find(|&o| {
                        let om = &self.methods[o as usize];
                        om.name == m.name && om.desc == m.desc
                    });
                    impls.push(found.unwrap_or(im));
                }
                itable.push((i, impls));
            }
            self.classes[id as usize].itable = itable;
        }
        self.classes[id as usize].vtable = vtable;
        Ok(id)
    }

    // ---------------------------------------------------------------- lookup

    /// Finds a field by name in `c` or its supertypes: (owner, slot, is_static).
    pub fn find_field(&self, c: ClassId, name: &str) -> Option<(ClassId, u32, bool)> {
        let mut cur = Some(c);
        while let Some(x) = cur {
            let cl = &self.classes[x as usize];
            if let Some(f) = cl.fields.iter().find(|f| &*f.name == name) {
                return Some((x, f.slot, f.is_static));
            }
            for &i in &cl.all_ifaces {
                if let Some(f) = self.classes[i as usize]
                    .fields
                    .iter()
                    .find(|f| &*f.name == name)
                {
                    return Some((i, f.slot, f.is_static));
                }
            }
            cur = cl.super_id;
        }
        None
    }

    fn own_method(&self, c: ClassId, name: &str, desc: &str) -> Option<MethodId> {
        self.classes[c as usize].methods.iter().copied().find(|&m| {
            &*self.methods[m as usize].name == name && &*self.methods[m as usize].desc == desc
        })
    }

    /// JVMS 5.4.3.3/5.4.3.4: the class chain first, then superinterfaces.
    pub fn resolve_method(&self, c: ClassId, name: &str, desc: &str) -> Option<MethodId> {
        let mut cur = Some(c);
        while let Some(x) = cur {
            if let Some(m) = self.own_method(x, name, desc) {
                return Some(m);
            }
            cur = self.classes[x as usize].super_id;
        }
        let mut fallback = None;
        for &i in &self.classes[c as usize].all_ifaces {
            if let Some(m) = self.own_method(i, name, desc) {
                if !self.methods[m as usize].is_abstract() {
                    return Some(m);
                }
                fallback.get_or_insert(m);
            }
        }
        if self.classes[c as usize].is_interface() {
            if let Some(m) = self.own_method(self.wk.object, name, desc) {
                return Some(m);
            }
        }
        fallback
    }

    /// Is `s` assignable to `t` (JVMS checkcast rules)?
    pub fn is_subclass(&self, s: ClassId, t: ClassId) -> bool {
        if s == t {
            return true;
        }
        let sc = &self.classes[s as usize];
        let tc = &self.classes[t as usize];
        if let ClassKind::Array {
            component: sa,
            elem: se,
        } = sc.kind
        {
            return match tc.kind {
                ClassKind::Array {
                    component: ta,
                    elem: te,
                } => {
                    if se == Kind::Ref && te == Kind::Ref {
                        self.is_subclass(sa, ta)
                    } else {
                        sa == ta
                    }
                }
                _ => t == self.wk.object || sc.all_ifaces.contains(&t),
            };
        }
        if tc.is_interface() {
            return sc.all_ifaces.contains(&t);
        }
        let mut cur = sc.super_id;
        while let Some(x) = cur {
            if x == t {
                return true;
            }
            cur = self.classes[x as usize].super_id;
        }
        false
    }

    // ---------------------------------------------------------------- objects

    pub fn class_of(&self, r: Ref) -> ClassId {
        self.heap.get(r).class
    }

    pub fn new_object(&mut self, c: ClassId) -> Ref {
        let fields = self
            .heap
            .fields(&self.classes[c as usize].instance_template);
        self.heap.alloc(c, Body::Fields(fields))
    }

    pub fn new_array(&mut self, arr_class: ClassId, len: usize) -> Ref {
        let body = match self.classes[arr_class as usize].kind {
            ClassKind::Array { elem, .. } => match elem {
                Kind::Boolean | Kind::Byte => Body::Bytes(vec![0; len].into()),
                Kind::Char => Body::Chars(vec![0; len].into()),
                Kind::Short => Body::Shorts(vec![0; len].into()),
                Kind::Int => Body::Ints(vec![0; len].into()),
                Kind::Long => Body::Longs(vec![0; len].into()),
                Kind::Float => Body::Floats(vec![0.0; len].into()),
                Kind::Double => Body::Doubles(vec![0.0; len].into()),
                _ => Body::Refs(vec![NULL; len].into()),
            },
            _ => Body::Refs(vec![NULL; len].into()),
        };
        self.heap.alloc(arr_class, body)
    }

    /// Approximate bytes an array allocation will take (for GC triggering).
    pub fn array_bytes(&self, arr_class: ClassId, len: usize) -> usize {
        let per = match self.classes[arr_class as usize].kind {
            ClassKind::Array { elem, .. } => match elem {
                Kind::Boolean | Kind::Byte => 1,
                Kind::Char | Kind::Short => 2,
                Kind::Long | Kind::Double => 8,
                _ => 4,
            },
            _ => 4,
        };
        len.saturating_mul(per)
    }

    #[inline]
    pub fn field(&self, r: Ref, slot: u32) -> Value {
        match &self.heap.get(r).body {
            Body::Fields(f) => f.get(slot as usize).copied().unwrap_or_default(),
            _ => Value::default(),
        }
    }

    #[inline]
    pub fn set_field(&mut self, r: Ref, slot: u32, v: Value) {
        if let Body::Fields(f) = &mut self.heap.get_mut(r).body {
            if let Some(x) = f.get_mut(slot as usize) {
                *x = v;
            }
        }
    }

    pub fn new_string_utf16(&mut self, chars: Vec<u16>) -> Ref {
        let arr = self
            .heap
            .alloc(self.wk.char_array, Body::Chars(chars.into()));
        let s = self.new_object(self.wk.string);
        self.set_field(s, self.wk.string_value, Value::Ref(arr));
        s
    }

    pub fn new_string(&mut self, s: &str) -> Ref {
        self.new_string_utf16(s.encode_utf16().collect())
    }

    pub fn intern_str(&mut self, s: &str) -> Ref {
        self.intern_utf16(s.encode_utf16().collect())
    }

    /// The interned string with exactly these UTF-16 units.
    pub fn intern_utf16(&mut self, key: Vec<u16>) -> Ref {
        if let Some(&r) = self.interned.get(&key) {
            return r;
        }
        let r = self.new_string_utf16(key.clone());
        self.interned.insert(key, r);
        r
    }

    pub fn intern(&mut self, s: Ref) -> Ref {
        let key = self.string_chars(s);
        if let Some(&r) = self.interned.get(&key) {
            return r;
        }
        self.interned.insert(key, s);
        s
    }

    pub fn string_chars(&self, s: Ref) -> Vec<u16> {
        if s == NULL {
            return Vec::new();
        }
        let arr = self.field(s, self.wk.string_value).r();
        match &self.heap.get(arr).body {
            Body::Chars(c) => c.to_vec(),
            _ => Vec::new(),
        }
    }

    pub fn rust_string(&self, s: Ref) -> String {
        char::decode_utf16(self.string_chars(s))
            .map(|c| c.unwrap_or('\u{FFFD}'))
            .collect()
    }

    /// The java.lang.Class object for `c`, created on first use.
    pub fn mirror(&mut self, c: ClassId) -> Ref {
        let m = self.classes[c as usize].mirror;
        if m != NULL {
            return m;
        }
        let name = internal_to_dotted(&self.classes[c as usize].name);
        let name = self.intern_str(&name);
        let m = self.new_object(self.wk.class);
        self.set_field(m, self.wk.class_name, Value::Ref(name));
        self.set_field(m, self.wk.class_vm_index, Value::Int(c as i32));
        self.classes[c as usize].mirror = m;
        m
    }

    pub fn class_of_mirror(&self, m: Ref) -> ClassId {
        self.field(m, self.wk.class_vm_index).i() as ClassId
    }

    // ---------------------------------------------------------------- exceptions

    /// Builds a VM-raised exception with message and stack trace, without running
    /// a constructor (every Throwable field is set here).
    pub fn make_exception(&mut self, t: &JThread, class: &str, msg: Option<&str>) -> Ref {
        let c = match self.load(class) {
            Ok(c) => c,
            Err(_) => self.wk.throwable,
        };
        let e = self.new_object(c);
        if let Some(m) = msg {
            let s = self.new_string(m);
            self.set_field(e, self.wk.thr_message, Value::Ref(s));
        }
        self.set_field(e, self.wk.thr_cause, Value::Ref(e));
        self.fill_backtrace(t, e, false);
        e
    }

    /// Records (method, pc) of the current frames into the throwable's backtrace.
    /// Frames of fillInStackTrace and of the exception's constructors are skipped
    /// as HotSpot does.
    pub fn fill_backtrace(&mut self, t: &JThread, e: Ref, from_java: bool) {
        let mut pairs: Vec<i32> = Vec::new();
        let mut skipping = from_java;
        let ecls = self.class_of(e);
        for f in t.frames.iter().rev() {
            let m = &self.methods[f.method as usize];
            if m.hidden {
                continue;
            }
            if skipping {
                if &*m.name == "fillInStackTrace" || &*m.name == "fillInStackTrace0" {
                    continue;
                }
                if &*m.name == "<init>" && self.is_subclass(ecls, m.class) {
                    continue;
                }
                skipping = false;
            }
            pairs.push(f.method as i32);
            pairs.push(f.pc as i32);
            // HotSpot keeps at most MaxJavaStackTraceDepth (1024) frames.
            if pairs.len() >= 2 * 1024 {
                break;
            }
        }
        let arr = self.heap.alloc(self.wk.int_array, Body::Ints(pairs.into()));
        self.set_field(e, self.wk.thr_backtrace, Value::Ref(arr));
    }

    /// Source line of instruction `pc` in method `m` (-1 unknown).
    pub fn line_of(&self, m: MethodId, pc: u32) -> i32 {
        let meth = &self.methods[m as usize];
        let Some(d) = &meth.decoded else { return -1 };
        let bci = d.bci.get(pc as usize).copied().unwrap_or(0);
        let cf = match &self.classes[meth.class as usize].cf {
            Some(cf) => cf,
            None => return -1,
        };
        let Some(mm) = cf
            .methods
            .iter()
            .find(|x| x.name == meth.name && x.desc == meth.desc)
        else {
            return -1;
        };
        let Some(code) = &mm.code else { return -1 };
        let mut best: Option<(u16, u16)> = None;
        for &(start, line) in &code.lines {
            if start as u32 <= bci && best.is_none_or(|(s, _)| start >= s) {
                best = Some((start, line));
            }
        }
        best.map(|(_, l)| l as i32).unwrap_or(-1)
    }

    // ---------------------------------------------------------------- GC

    /// Collects with every root: all threads' frames (`cur` is the running one,
    /// taken out of `self.threads`), statics, mirrors, interned strings, pins.
    pub fn gc(&mut self, cur: Option<&JThread>) {
        let mut roots: Vec<Ref> = Vec::with_capacity(1024);
        let add_thread = |t: &JThread, roots: &mut Vec<Ref>| {
            roots.push(t.obj);
            roots.push(t.pending);
            for v in &t.stack[..t.sp.min(t.stack.len())] {
                if let Value::Ref(r) = *v {
                    roots.push(r);
                }
            }
            for f in &t.frames {
                roots.push(f.sync);
            }
            match t.state {
                TState::Waiting { obj, .. }
                | TState::Reacquire { obj, .. }
                | TState::Blocked(obj) => roots.push(obj),
                _ => {}
            }
        };
        if let Some(t) = cur {
            add_thread(t, &mut roots);
        }
        for t in &self.threads {
            add_thread(t, &mut roots);
        }
        for c in &self.classes {
            roots.push(c.mirror);
            roots.push(c.init_error);
            for v in &c.statics {
                if let Value::Ref(r) = *v {
                    roots.push(r);
                }
            }
        }
        roots.extend(self.interned.values().copied());
        roots.extend(self.pinned.iter().copied());
        self.heap.collect(&roots);
    }

    // ---------------------------------------------------------------- threads

    /// Creates a VM thread running `launcher` (a hidden method) with `args` as locals.
    pub fn spawn(&mut self, obj: Ref, launcher: MethodId, args: &[Value]) -> u32 {
        let id = self.next_thread_id;
        self.next_thread_id += 1;
        let mut t = JThread::new(id, obj);
        let m = &self.methods[launcher as usize];
        let need = m.max_locals as usize + m.max_stack as usize + 16;
        t.stack = vec![Value::default(); need.max(1024)];
        t.stack[..args.len()].copy_from_slice(args);
        t.sp = m.max_locals as usize;
        t.frames.push(crate::thread::Frame {
            method: launcher,
            pc: 0,
            lb: 0,
            sync: NULL,
            kind: FrameKind::Normal,
        });
        if obj != NULL {
            t.daemon = self.field(obj, self.wk.thread_daemon).i() != 0;
            self.set_field(obj, self.wk.thread_vmid, Value::Int(id as i32));
        }
        self.threads.push(t);
        id
    }

    /// Runs all threads until the last non-daemon thread ends or System.exit.
    /// Returns the exit status. Must be called on the platform thread that is
    /// to run Java's main thread.
    ///
    /// Each Java thread runs on its own platform thread when the platform can
    /// spawn them, but only one at a time: whoever holds the *baton* runs the
    /// scheduler and its own Java thread's slices, and hands the baton to the
    /// platform thread of the next Java thread to run (unpark), then parks.
    /// Without platform threads, every Java thread runs here (green threads).
    /// If `spawned_platform_threads` is set afterwards, daemon platform threads
    /// may still be parked on this VM: it must then never be dropped
    /// ([`crate::run`] leaks it).
    pub fn run(&mut self) -> i32 {
        let me = self.threads.first().map(|t| t.id).unwrap_or(0);
        if let Some(t) = self.threads.first_mut() {
            t.os = Some(me);
        }
        self.main_os = me;
        loop {
            if let Some(code) = self.schedule(me) {
                return code;
            }
        }
    }

    /// The scheduler loop, run by the baton holder `me` (a platform-thread token).
    /// Returns Some(status) on the main platform thread when the VM exits, and
    /// None when this platform thread has no Java thread left (it then ends;
    /// the main platform thread instead parks until the exit).
    fn schedule(&mut self, me: u32) -> Option<i32> {
        loop {
            if let Some(code) = self.exit_code {
                if me == self.main_os {
                    self.platform.flush();
                    return Some(code);
                }
                let p = self.platform_ptr();
                // SAFETY: `p` points into this VM, which outlives every platform
                // thread; after unpark the main platform thread owns the VM, so
                // nothing here touches it again.
                unsafe { (*p).unpark(self.main_os) };
                return None;
            }
            // Drop finished threads, remembering whether main died by exception.
            let mut i = 0;
            while i < self.threads.len() {
                if self.threads[i].state == TState::Done {
                    let t = self.threads.remove(i);
                    if t.id == 0 && t.uncaught {
                        self.main_uncaught = true;
                    }
                    if i < self.sched_next {
                        self.sched_next -= 1;
                    }
                } else {
                    i += 1;
                }
            }
            if self.threads.iter().all(|t| t.daemon) {
                self.exit_code = Some(if self.main_uncaught { 1 } else { 0 });
                continue;
            }
            let now = self.platform.nanos();
            let n = self.threads.len();
            let mut picked = None;
            // A platform thread handed the baton runs the Java thread it was handed it for.
            if let Some(d) = self.designated.take() {
                if let Some(i) = self
                    .threads
                    .iter()
                    .position(|t| t.id == d && t.os == Some(me))
                {
                    if self.wake(i, now) {
                        picked = Some(i);
                    }
                }
            }
            for k in 0..n {
                if picked.is_some() {
                    break;
                }
                let i = (self.sched_next + k) % n;
                if self.wake(i, now) {
                    picked = Some(i);
                }
            }
            let Some(i) = picked else {
                // Everyone waits: sleep until the earliest deadline, or report a deadlock.
                let deadline = self
                    .threads
                    .iter()
                    .filter_map(|t| match t.state {
                        TState::Sleeping(d) => Some(d),
                        TState::Waiting {
                            deadline: Some(d), ..
                        } => Some(d),
                        TState::Parked(Some(d)) => Some(d),
                        _ => None,
                    })
                    .min();
                // Threads waiting for sockets (area: net): wait on the sockets too.
                let (deadline, io) = self.io_waits(deadline);
                if !io.is_empty() {
                    let timeout = deadline.map(|d| d.saturating_sub(now).max(1000));
                    if self.platform.sock_poll(&io, timeout).is_err() {
                        self.platform.sleep(1_000_000);
                    }
                    continue;
                }
                match deadline {
                    Some(d) => self.platform.sleep(d.saturating_sub(now).max(1000)),
                    None => {
                        self.platform
                            .write(2, b"mote-jvm: deadlock: all threads are blocked\n");
                        self.exit_code = Some(1);
                    }
                }
                continue;
            };
            self.sched_next = i + 1;
            let target = match self.threads[i].os {
                Some(os) => os,
                None => {
                    // First run of this Java thread: give it a platform thread.
                    let id = self.threads[i].id;
                    self.threads[i].os = Some(id);
                    self.designated = Some(id);
                    let mine_left = self.threads.iter().any(|t| t.os == Some(me));
                    let main_os = self.main_os;
                    let p = self.platform_ptr();
                    let vm = VmPtr(self as *mut Vm);
                    let body: Box<dyn FnOnce() + Send> = Box::new(move || {
                        let vm = vm;
                        // SAFETY: this platform thread was handed the baton by its
                        // creation, so it alone uses the VM until it hands it on.
                        let vm = unsafe { &mut *vm.0 };
                        while vm.schedule(id).is_some() {}
                    });
                    // SAFETY: see above; after a successful spawn the new thread
                    // owns the VM and this one only parks through `p`.
                    self.spawned_platform_threads = true;
                    if unsafe { (*p).spawn(body) } {
                        if !mine_left && me != main_os {
                            return None;
                        }
                        // SAFETY: the platform outlives all platform threads (see `VmPtr`).
                        unsafe { (*p).park(me) };
                        continue;
                    }
                    // No platform threads: run it here, as a green thread.
                    self.threads[i].os = Some(me);
                    me
                }
            };
            if target == me {
                let mut t = core::mem::replace(&mut self.threads[i], JThread::placeholder());
                crate::exec::run_slice(self, &mut t);
                self.threads[i] = t;
                continue;
            }
            let mine_left = self.threads.iter().any(|t| t.os == Some(me));
            let main_os = self.main_os;
            self.designated = Some(self.threads[i].id);
            let p = self.platform_ptr();
            // SAFETY: after unpark the target platform thread owns the VM; this
            // thread touches only the platform (which outlives all threads).
            unsafe { (*p).unpark(target) };
            if !mine_left && me != main_os {
                return None;
            }
            // SAFETY: as above; when park returns, this thread holds the baton again.
            unsafe { (*p).park(me) };
        }
    }

    fn platform_ptr(&self) -> *const dyn Platform {
        &*self.platform as *const dyn Platform
    }

    /// Makes thread `i` runnable if its wait condition holds; returns whether it can run.
    fn wake(&mut self, i: usize, now: u64) -> bool {
        let tid = self.threads[i].id;
        match self.threads[i].state {
            TState::Runnable => true,
            TState::Done => false,
            TState::Sleeping(d) => {
                if now >= d {
                    self.threads[i].state = TState::Runnable;
                    true
                } else {
                    false
                }
            }
            TState::Waiting {
                obj,
                deadline,
                count,
                ..
            } => {
                if deadline.is_some_and(|d| now >= d) {
                    self.threads[i].state = TState::Reacquire { obj, count };
                    self.wake(i, now)
                } else {
                    false
                }
            }
            TState::Reacquire { obj, count } => {
                let o = self.heap.get_mut(obj);
                if o.lock_owner == 0 {
                    o.lock_owner = tid + 1;
                    o.lock_count = count;
                    self.threads[i].state = TState::Runnable;
                    true
                } else {
                    false
                }
            }
            TState::Blocked(obj) => {
                if self.heap.get(obj).lock_owner == 0 {
                    self.threads[i].state = TState::Runnable;
                    true
                } else {
                    false
                }
            }
            TState::IoWait {
                handle,
                events,
                deadline,
            } => {
                let ready = deadline.is_some_and(|d| now >= d)
                    || self
                        .platform
                        .sock_poll(&[(handle, events)], Some(0))
                        .unwrap_or(true);
                if ready {
                    self.threads[i].state = TState::Runnable;
                }
                ready
            }
            TState::Parked(d) => {
                if d.is_some_and(|d| now >= d) {
                    self.threads[i].state = TState::Runnable;
                    true
                } else {
                    false
                }
            }
            TState::InitWait(c) => {
                if matches!(self.classes[c as usize].state, InitState::InProgress(_)) {
                    false
                } else {
                    self.threads[i].state = TState::Runnable;
                    true
                }
            }
        }
    }

    /// Sockets that threads wait for (area: net), and the earliest of `deadline`
    /// and their deadlines.
    fn io_waits(&self, mut deadline: Option<u64>) -> (Option<u64>, Vec<(u32, u8)>) {
        let mut io = Vec::new();
        for t in &self.threads {
            if let TState::IoWait {
                handle,
                events,
                deadline: d,
            } = t.state
            {
                io.push((handle, events));
                if let Some(d) = d {
                    deadline = Some(deadline.map_or(d, |x| x.min(d)));
                }
            }
        }
        (deadline, io)
    }

    /// Wakes threads waiting on `obj`'s monitor: one (FIFO) or all.
    pub fn notify(&mut self, obj: Ref, all: bool) {
        loop {
            let mut best: Option<(usize, u64)> = None;
            for (i, t) in self.threads.iter().enumerate() {
                if let TState::Waiting { obj: o, seq, .. } = t.state {
                    if o == obj && best.is_none_or(|(_, s)| seq < s) {
                        best = Some((i, seq));
                    }
                }
            }
            let Some((i, _)) = best else { return };
            if let TState::Waiting { obj, count, .. } = self.threads[i].state {
                self.threads[i].state = TState::Reacquire { obj, count };
            }
            if !all {
                return;
            }
        }
    }
}

pub fn prim_char(k: Kind) -> char {
    match k {
        Kind::Boolean => 'Z',
        Kind::Byte => 'B',
        Kind::Char => 'C',
        Kind::Short => 'S',
        Kind::Int => 'I',
        Kind::Long => 'J',
        Kind::Float => 'F',
        Kind::Double => 'D',
        Kind::Void => 'V',
        Kind::Ref => 'L',
    }
}
