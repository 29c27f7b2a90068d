//! invokedynamic without java.lang.invoke: the VM recognises the three
//! bootstraps javac emits and builds the call site itself, as generated
//! [`Insn`] code:
//! - LambdaMetafactory.metafactory/altMetafactory: a hidden class implementing
//!   the functional interface, one field per captured value;
//! - StringConcatFactory.makeConcatWithConstants: a hidden static method that
//!   appends the recipe's pieces to a StringBuilder;
//! - ObjectMethods.bootstrap: record toString/equals/hashCode over the fields.

use crate::class::{ClassId, MethodId};
use crate::classfile::*;
use crate::descriptor::{arg_types, ret_type, Kind, MethodDesc};
use crate::interp::{Decoded, Insn};
use crate::thread::JThread;
use crate::value::Ref;
use crate::vm::Vm;
use alloc::format;
use alloc::rc::Rc;
use alloc::string::{String, ToString};
use alloc::vec;
use alloc::vec::Vec;

/// A linked call site (kept for reuse by identical sites).
#[derive(Clone, Copy)]
pub struct Site(pub Insn);

#[cfg(feature = "records")]
const REF_GET_FIELD: u8 = 1;
const REF_INVOKE_VIRTUAL: u8 = 5;
const REF_INVOKE_STATIC: u8 = 6;
const REF_INVOKE_SPECIAL: u8 = 7;
const REF_NEW_INVOKE_SPECIAL: u8 = 8;
const REF_INVOKE_INTERFACE: u8 = 9;

type LinkResult<T> = Result<T, String>;

/// Appends an instruction to generated code. Out of line: linking is cold,
/// and each inlined `Vec::push` of an `Insn` is ~60 bytes of image.
#[inline(never)]
fn emit(code: &mut Vec<Insn>, i: Insn) {
    code.push(i);
}

/// Links the invokedynamic at constant `idx` of class `from` into a replacement instruction.
pub fn link(vm: &mut Vm, t: &JThread, from: ClassId, idx: u16) -> Result<Insn, Ref> {
    let key = (from, idx);
    if let Ok(found) = vm.indy_cache.binary_search_by_key(&key, |e| e.0) {
        return Ok(vm.indy_cache[found].1 .0);
    }
    match link_inner(vm, from, idx) {
        Ok(i) => {
            // (searched again: linking runs Java code, which may link sites)
            match vm.indy_cache.binary_search_by_key(&key, |e| e.0) {
                Ok(found) => vm.indy_cache[found].1 = Site(i),
                Err(at) => vm.indy_cache.insert(at, (key, Site(i))),
            }
            Ok(i)
        }
        Err(msg) => Err(vm.make_exception(t, "java/lang/BootstrapMethodError", Some(&msg))),
    }
}

fn link_inner(vm: &mut Vm, from: ClassId, idx: u16) -> LinkResult<Insn> {
    let cf = vm.classes[from as usize]
        .cf
        .clone()
        .ok_or("no class file")?;
    let Some(Cp::InvokeDynamic(bsm_index, nt)) = cf.cp.get(idx as usize).cloned() else {
        return Err("not an InvokeDynamic constant".into());
    };
    let (name, desc) = cf
        .name_and_type(nt)
        .map(|(n, d)| (n.clone(), d.clone()))
        .ok_or("bad NameAndType")?;
    let bsm = cf
        .bootstrap_methods
        .get(bsm_index as usize)
        .ok_or("bad bootstrap index")?
        .clone();
    let Some(Cp::MethodHandle(_, bref)) = cf.cp.get(bsm.method_ref as usize).cloned() else {
        return Err("bad bootstrap handle".into());
    };
    let (bclass, bname, _) = cf.member_ref(bref).ok_or("bad bootstrap ref")?;
    match (&**bclass, &**bname) {
        ("java/lang/invoke/LambdaMetafactory", "metafactory" | "altMetafactory") => lambda(
            vm,
            from,
            &cf,
            &name,
            &desc,
            &bsm.args,
            &**bname == "altMetafactory",
        ),
        ("java/lang/invoke/StringConcatFactory", "makeConcatWithConstants") => {
            concat(vm, from, &cf, &desc, &bsm.args)
        }
        #[cfg(feature = "records")]
        ("java/lang/runtime/ObjectMethods", "bootstrap") => {
            object_methods(vm, from, &cf, &name, &desc, &bsm.args)
        }
        #[cfg(not(feature = "records"))]
        ("java/lang/runtime/ObjectMethods", "bootstrap") => Err(
            "records' ObjectMethods bootstrap is not built into this image \
             (mote build found no record among its classes)"
                .into(),
        ),
        _ => Err(format!("unsupported bootstrap method {bclass}.{bname}")),
    }
}

fn method_type(cf: &ClassFile, idx: u16) -> LinkResult<Rc<str>> {
    match cf.cp.get(idx as usize) {
        Some(Cp::MethodType(d)) => cf.utf8(*d).cloned().ok_or_else(|| "bad MethodType".into()),
        _ => Err("expected a MethodType constant".into()),
    }
}

/// A method handle constant: (reference kind, class, name, descriptor).
type Handle = (u8, Rc<str>, Rc<str>, Rc<str>);

fn handle(cf: &ClassFile, idx: u16) -> LinkResult<Handle> {
    match cf.cp.get(idx as usize) {
        Some(Cp::MethodHandle(k, r)) => {
            let (c, n, d) = cf.member_ref(*r).ok_or("bad MethodHandle ref")?;
            Ok((*k, c.clone(), n.clone(), d.clone()))
        }
        _ => Err("expected a MethodHandle constant".into()),
    }
}

fn load(vm: &mut Vm, name: &str) -> LinkResult<ClassId> {
    vm.load(name).map_err(|(c, m)| format!("{c}: {m}"))
}

/// Class name of a reference type descriptor (`Lfoo/Bar;` -> `foo/Bar`, arrays kept).
fn ref_class(desc: &str) -> &str {
    desc.strip_prefix('L')
        .and_then(|s| s.strip_suffix(';'))
        .unwrap_or(desc)
}

fn kind(desc: &str) -> Kind {
    Kind::from_char(*desc.as_bytes().first().unwrap_or(&b'V')).unwrap_or(Kind::Ref)
}

/// An instruction calling `cls.name desc` with the right dispatch.
fn call(vm: &mut Vm, cls: &str, name: &str, desc: &str) -> LinkResult<Insn> {
    let c = load(vm, cls)?;
    let m = vm
        .resolve_method(c, name, desc)
        .ok_or_else(|| format!("no method {cls}.{name}{desc}"))?;
    Ok(call_resolved(vm, c, m))
}

fn call_resolved(vm: &Vm, c: ClassId, m: MethodId) -> Insn {
    let meth = &vm.methods[m as usize];
    if meth.is_static() {
        return Insn::InvokeStaticInit(m);
    }
    if &*meth.name == "<init>"
        || meth.access & (ACC_PRIVATE | ACC_FINAL) != 0
        || vm.classes[c as usize].access & ACC_FINAL != 0
    {
        return Insn::InvokeDirect(m);
    }
    let mc = meth.class;
    if vm.classes[mc as usize].is_interface() {
        let index = vm.classes[mc as usize]
            .methods
            .iter()
            .position(|&x| x == m)
            .unwrap_or(0) as u16;
        return Insn::InvokeInterfaceQ {
            iface: mc,
            index,
            argc: meth.argc as u8,
            cache_class: u32::MAX,
            cache_method: 0,
        };
    }
    let pos = vm.classes[c as usize].vtable.iter().position(|&x| {
        let xm = &vm.methods[x as usize];
        xm.name == meth.name && xm.desc == meth.desc
    });
    match pos {
        Some(v) => Insn::InvokeVirtualQ {
            vindex: v as u32,
            argc: meth.argc,
        },
        None => Insn::InvokeDirect(m),
    }
}

/// The wrapper class of a primitive kind (also read by `mote build`'s tree shaking).
pub fn box_class(k: Kind) -> &'static str {
    match k {
        Kind::Boolean => "java/lang/Boolean",
        Kind::Byte => "java/lang/Byte",
        Kind::Char => "java/lang/Character",
        Kind::Short => "java/lang/Short",
        Kind::Int => "java/lang/Integer",
        Kind::Long => "java/lang/Long",
        Kind::Float => "java/lang/Float",
        Kind::Double => "java/lang/Double",
        _ => "java/lang/Object",
    }
}

/// The primitive kind a wrapper class wraps.
pub fn prim_of_box(cls: &str) -> Option<Kind> {
    Some(match cls {
        "java/lang/Boolean" => Kind::Boolean,
        "java/lang/Byte" => Kind::Byte,
        "java/lang/Character" => Kind::Char,
        "java/lang/Short" => Kind::Short,
        "java/lang/Integer" => Kind::Int,
        "java/lang/Long" => Kind::Long,
        "java/lang/Float" => Kind::Float,
        "java/lang/Double" => Kind::Double,
        _ => return None,
    })
}

/// A wrapper's unboxing method for its primitive: (name, descriptor).
pub fn unbox_method(k: Kind) -> (&'static str, &'static str) {
    match k {
        Kind::Boolean => ("booleanValue", "()Z"),
        Kind::Byte => ("byteValue", "()B"),
        Kind::Char => ("charValue", "()C"),
        Kind::Short => ("shortValue", "()S"),
        Kind::Int => ("intValue", "()I"),
        Kind::Long => ("longValue", "()J"),
        Kind::Float => ("floatValue", "()F"),
        _ => ("doubleValue", "()D"),
    }
}

fn widen(from: Kind, to: Kind, out: &mut Vec<Insn>) {
    use Kind::*;
    let i = |k: Kind| matches!(k, Boolean | Byte | Char | Short | Int);
    match (from, to) {
        (a, b) if a == b => {}
        (a, Long) if i(a) => emit(out, Insn::I2L),
        (a, Float) if i(a) => emit(out, Insn::I2F),
        (a, Double) if i(a) => emit(out, Insn::I2D),
        (Long, Float) => emit(out, Insn::L2F),
        (Long, Double) => emit(out, Insn::L2D),
        (Float, Double) => emit(out, Insn::F2D),
        _ => {}
    }
}

/// Emits the adaptation of a value of type `from` to type `to` (descriptors).
fn convert(vm: &mut Vm, from: &str, to: &str, out: &mut Vec<Insn>) -> LinkResult<()> {
    if from == to {
        return Ok(());
    }
    let (fk, tk) = (kind(from), kind(to));
    match (fk == Kind::Ref, tk == Kind::Ref) {
        (true, true) => {
            let tc = ref_class(to);
            if tc != "java/lang/Object" {
                let c = load(vm, tc)?;
                emit(out, Insn::CheckCastQ(c));
            }
        }
        (false, false) => widen(fk, tk, out),
        (false, true) => {
            // Box with the primitive's own wrapper, then check against the target.
            let b = box_class(fk);
            let d = format!("({})L{b};", crate::vm::prim_char(fk));
            emit(out, call(vm, b, "valueOf", &d)?);
        }
        (true, false) => {
            let bk = prim_of_box(ref_class(from)).unwrap_or(tk);
            let b = box_class(bk);
            let c = load(vm, b)?;
            emit(out, Insn::CheckCastQ(c));
            let (n, d) = unbox_method(bk);
            emit(out, call(vm, b, n, d)?);
            widen(bk, tk, out);
        }
    }
    Ok(())
}

/// Adds a hidden method to a class with ready-made code.
pub(crate) fn add_method(
    vm: &mut Vm,
    class: ClassId,
    name: &str,
    desc: &str,
    access: u16,
    code: Vec<Insn>,
    max_locals: usize,
) -> MethodId {
    let md = MethodDesc::parse(desc).unwrap_or(MethodDesc {
        args: Vec::new(),
        ret: Kind::Void,
        arg_slots: 0,
    });
    let recv = if access & ACC_STATIC != 0 { 0 } else { 1 };
    let max_stack = code.len() + 4;
    let mid = vm.methods.len() as MethodId;
    vm.methods.push(crate::class::Method {
        class,
        name: Rc::from(name),
        desc: Rc::from(desc),
        access,
        argc: (md.args.len() + recv) as u16,
        arg_slots: (md.arg_slots + recv) as u16,
        md,
        max_locals: max_locals as u16,
        max_stack: max_stack as u16,
        native: None,
        decoded: None,
        vindex: None,
        frame: 0,
        leaf: false,
        hidden: true,
    });
    vm.methods[mid as usize].set_decoded(Rc::new(Decoded::synthetic(code)));
    mid
}

/// Local slot of each argument of `desc` (after `first`).
fn arg_slots(desc: &str, first: usize) -> Vec<(usize, String)> {
    let mut slot = first;
    arg_types(desc)
        .into_iter()
        .map(|a| {
            let s = slot;
            slot += kind(a).slots();
            (s, a.to_string())
        })
        .collect()
}

fn slot_count(desc: &str) -> usize {
    arg_types(desc).iter().map(|a| kind(a).slots()).sum()
}

// ------------------------------------------------------------------ lambdas

#[allow(clippy::too_many_arguments)]
fn lambda(
    vm: &mut Vm,
    from: ClassId,
    cf: &ClassFile,
    sam_name: &str,
    site_desc: &str,
    args: &[u16],
    alt: bool,
) -> LinkResult<Insn> {
    if args.len() < 3 {
        return Err("metafactory needs 3 arguments".into());
    }
    let sam_desc = method_type(cf, args[0])?;
    let (kind_, impl_cls, impl_name, impl_desc) = handle(cf, args[1])?;
    let inst_desc = method_type(cf, args[2])?;
    let iface = ref_class(ret_type(site_desc)).to_string();
    let mut ifaces = vec![iface.clone()];
    let mut bridges: Vec<Rc<str>> = Vec::new();
    if alt {
        let flags = match cf
            .cp
            .get(*args.get(3).ok_or("altMetafactory flags missing")? as usize)
        {
            Some(Cp::Integer(f)) => *f,
            _ => 0,
        };
        let mut i = 4;
        if flags & 2 != 0 {
            let n = match args.get(i).and_then(|&a| cf.cp.get(a as usize)) {
                Some(Cp::Integer(n)) => *n as usize,
                _ => 0,
            };
            i += 1;
            for k in 0..n {
                if let Some(c) = args.get(i + k).and_then(|&a| cf.class_name(a)) {
                    ifaces.push(c.to_string());
                }
            }
            i += n;
        }
        if flags & 4 != 0 {
            let n = match args.get(i).and_then(|&a| cf.cp.get(a as usize)) {
                Some(Cp::Integer(n)) => *n as usize,
                _ => 0,
            };
            i += 1;
            for k in 0..n {
                if let Some(&a) = args.get(i + k) {
                    bridges.push(method_type(cf, a)?);
                }
            }
        }
    }
    let captured: Vec<String> = arg_types(site_desc).iter().map(|s| s.to_string()).collect();
    // Build a minimal class file for the hidden class and link it normally.
    vm.synth_count += 1;
    let name = format!(
        "{}$$Lambda${}",
        vm.classes[from as usize].name, vm.synth_count
    );
    let mut cp: Vec<Cp> = vec![Cp::Unusable];
    let utf = |cp: &mut Vec<Cp>, s: &str| {
        cp.push(Cp::Utf8(Rc::from(s)));
        (cp.len() - 1) as u16
    };
    let n_this = utf(&mut cp, &name);
    cp.push(Cp::Class(n_this));
    let this_class = (cp.len() - 1) as u16;
    let n_obj = utf(&mut cp, "java/lang/Object");
    cp.push(Cp::Class(n_obj));
    let super_class = (cp.len() - 1) as u16;
    let mut interfaces = Vec::new();
    for i in &ifaces {
        let n = utf(&mut cp, i);
        cp.push(Cp::Class(n));
        interfaces.push((cp.len() - 1) as u16);
    }
    let fields: Vec<Member> = captured
        .iter()
        .enumerate()
        .map(|(i, d)| Member {
            access: ACC_PRIVATE | ACC_FINAL,
            name: Rc::from(format!("arg${}", i + 1).as_str()),
            desc: Rc::from(d.as_str()),
            code: None,
            constant_value: 0,
            signature: 0,
            exceptions: Vec::new(),
        })
        .collect();
    let mut descs: Vec<Rc<str>> = vec![sam_desc.clone()];
    for b in bridges {
        if !descs.contains(&b) {
            descs.push(b);
        }
    }
    let methods: Vec<Member> = descs
        .iter()
        .map(|d| Member {
            access: ACC_PUBLIC,
            name: Rc::from(sam_name),
            desc: d.clone(),
            code: None,
            constant_value: 0,
            signature: 0,
            exceptions: Vec::new(),
        })
        .collect();
    let synthetic = ClassFile {
        lone_surrogates: Vec::new(),
        minor: 0,
        major: 61,
        cp,
        access: ACC_PUBLIC | ACC_FINAL | 0x1000,
        this_class,
        super_class,
        interfaces,
        fields,
        methods,
        source_file: None,
        inner_classes: Vec::new(),
        enclosing_method: None,
        signature: 0,
        bootstrap_methods: Vec::new(),
        nest_host: 0,
        nest_members: Vec::new(),
        permitted_subclasses: Vec::new(),
        record: None,
    };
    let cid = vm.define(synthetic).map_err(|(c, m)| format!("{c}: {m}"))?;
    vm.classes[cid as usize].boot = vm.classes[from as usize].boot;
    vm.classes[cid as usize].state = crate::class::InitState::Done;
    // Target method and its parameter list (receiver first for instance methods).
    let impl_c = load(vm, &impl_cls)?;
    let impl_m = vm
        .resolve_method(impl_c, &impl_name, &impl_desc)
        .ok_or_else(|| format!("no method {impl_cls}.{impl_name}{impl_desc}"))?;
    let mut target_params: Vec<String> = Vec::new();
    let has_recv = matches!(
        kind_,
        REF_INVOKE_VIRTUAL | REF_INVOKE_INTERFACE | REF_INVOKE_SPECIAL
    );
    if has_recv {
        target_params.push(format!("L{impl_cls};"));
    }
    target_params.extend(arg_types(&impl_desc).iter().map(|s| s.to_string()));
    let impl_ret = if kind_ == REF_NEW_INVOKE_SPECIAL {
        format!("L{impl_cls};")
    } else {
        ret_type(&impl_desc).to_string()
    };
    let inst_args: Vec<String> = arg_types(&inst_desc)
        .iter()
        .map(|s| s.to_string())
        .collect();
    let methods = vm.classes[cid as usize].methods.clone();
    for (k, d) in descs.iter().enumerate() {
        let mut code = Vec::new();
        if kind_ == REF_NEW_INVOKE_SPECIAL {
            emit(&mut code, Insn::New(0));
            code.pop();
            emit(&mut code, Insn::NewInit(impl_c));
            emit(&mut code, Insn::Dup);
        }
        for (i, c) in captured.iter().enumerate() {
            emit(&mut code, Insn::LoadCaptured(i as u32));
            if let Some(tp) = target_params.get(i) {
                convert(vm, c, tp, &mut code)?;
            }
        }
        for (j, (slot, a)) in arg_slots(d, 1).into_iter().enumerate() {
            emit(&mut code, Insn::Load(slot as u16));
            let ti = captured.len() + j;
            // Instantiated type first (narrowing casts), then the target's parameter.
            let mid_ty = inst_args.get(j).cloned().unwrap_or_else(|| a.clone());
            if let Some(tp) = target_params.get(ti) {
                if kind(&mid_ty) == Kind::Ref && kind(tp) != Kind::Ref {
                    convert(vm, &a, &mid_ty, &mut code)?;
                    convert(vm, &mid_ty, tp, &mut code)?;
                } else {
                    convert(vm, &a, tp, &mut code)?;
                }
            }
        }
        emit(
            &mut code,
            match kind_ {
                REF_INVOKE_STATIC => Insn::InvokeStaticInit(impl_m),
                REF_INVOKE_SPECIAL | REF_NEW_INVOKE_SPECIAL => Insn::InvokeDirect(impl_m),
                _ => call_resolved(vm, impl_c, impl_m),
            },
        );
        let want = ret_type(d);
        if want == "V" {
            if impl_ret != "V" {
                emit(&mut code, Insn::Pop);
            }
            emit(&mut code, Insn::Return);
        } else {
            let inst_ret = ret_type(&inst_desc).to_string();
            if kind(&impl_ret) != Kind::Ref && kind(want) == Kind::Ref {
                convert(vm, &impl_ret, &inst_ret, &mut code)?;
                convert(vm, &inst_ret, want, &mut code)?;
            } else {
                convert(vm, &impl_ret, want, &mut code)?;
            }
            emit(&mut code, Insn::ReturnValue);
        }
        let mid = methods[k];
        let max_locals = 1 + slot_count(d);
        let ms = code.len() + captured.len() + 8;
        let m = &mut vm.methods[mid as usize];
        m.max_locals = max_locals as u16;
        m.max_stack = ms as u16;
        m.hidden = true;
        m.set_decoded(Rc::new(Decoded::synthetic(code)));
    }
    if captured.is_empty() {
        let o = vm.new_object(cid);
        vm.pinned.push(o);
        Ok(Insn::RConst(o))
    } else {
        Ok(Insn::NewCapture(cid, captured.len() as u16))
    }
}

// ------------------------------------------------------------------ string concatenation

/// The `StringBuilder.append` overload the VM's concatenation calls for a
/// value of field type `desc` (also read by `mote build`'s tree shaking).
pub fn append_for(desc: &str) -> &'static str {
    match desc.as_bytes().first() {
        Some(b'Z') => "(Z)Ljava/lang/StringBuilder;",
        Some(b'C') => "(C)Ljava/lang/StringBuilder;",
        Some(b'B') | Some(b'S') | Some(b'I') => "(I)Ljava/lang/StringBuilder;",
        Some(b'J') => "(J)Ljava/lang/StringBuilder;",
        Some(b'F') => "(F)Ljava/lang/StringBuilder;",
        Some(b'D') => "(D)Ljava/lang/StringBuilder;",
        _ if desc == "Ljava/lang/String;" => "(Ljava/lang/String;)Ljava/lang/StringBuilder;",
        _ => "(Ljava/lang/Object;)Ljava/lang/StringBuilder;",
    }
}

fn concat(
    vm: &mut Vm,
    from: ClassId,
    cf: &ClassFile,
    desc: &str,
    args: &[u16],
) -> LinkResult<Insn> {
    // Recipe and string constants as exact UTF-16 (they may hold unpaired surrogates).
    let units = |s: u16| -> Option<Vec<u16>> {
        match cf.utf16_exact(s) {
            Some(u) => Some(u.to_vec()),
            None => cf.utf8(s).map(|x| x.encode_utf16().collect()),
        }
    };
    let recipe = match args.first().and_then(|&a| cf.cp.get(a as usize)) {
        Some(Cp::String(s)) => units(*s).ok_or("bad recipe")?,
        _ => return Err("makeConcatWithConstants needs a recipe".into()),
    };
    let consts = &args[1..];
    let sb = "java/lang/StringBuilder";
    let sbc = load(vm, sb)?;
    let mut code = vec![
        Insn::NewInit(sbc),
        Insn::Dup,
        call(vm, sb, "<init>", "()V")?,
    ];
    let params = arg_slots(desc, 0);
    let (mut next_arg, mut next_const) = (0usize, 0usize);
    let mut lit: Vec<u16> = Vec::new();
    let append_str = call(
        vm,
        sb,
        "append",
        "(Ljava/lang/String;)Ljava/lang/StringBuilder;",
    )?;
    let flush = |vm: &mut Vm, lit: &mut Vec<u16>, code: &mut Vec<Insn>| {
        if !lit.is_empty() {
            emit(code, Insn::RConst(vm.intern_utf16(lit.clone())));
            emit(code, append_str);
            lit.clear();
        }
    };
    for ch in recipe {
        match ch {
            1 => {
                flush(vm, &mut lit, &mut code);
                let (slot, ty) = params
                    .get(next_arg)
                    .cloned()
                    .ok_or("recipe has more arguments than the call site")?;
                next_arg += 1;
                emit(&mut code, Insn::Load(slot as u16));
                emit(&mut code, call(vm, sb, "append", append_for(&ty))?);
            }
            2 => {
                let c = consts
                    .get(next_const)
                    .ok_or("recipe has more constants than given")?;
                next_const += 1;
                let text: Vec<u16> = match cf.cp.get(*c as usize) {
                    Some(Cp::String(s)) => units(*s).unwrap_or_default(),
                    Some(Cp::Integer(i)) => format!("{i}").encode_utf16().collect(),
                    Some(Cp::Long(l)) => format!("{l}").encode_utf16().collect(),
                    // Java's own Float/Double.toString prints these, at run time
                    Some(&Cp::Float(f)) => {
                        flush(vm, &mut lit, &mut code);
                        emit(&mut code, Insn::FConst(f));
                        emit(&mut code, call(vm, sb, "append", append_for("F"))?);
                        continue;
                    }
                    Some(&Cp::Double(d)) => {
                        flush(vm, &mut lit, &mut code);
                        emit(&mut code, Insn::DConst(d));
                        emit(&mut code, call(vm, sb, "append", append_for("D"))?);
                        continue;
                    }
                    _ => return Err("unsupported concat constant".into()),
                };
                lit.extend(text);
            }
            c => lit.push(c),
        }
    }
    flush(vm, &mut lit, &mut code);
    emit(&mut code, call(vm, sb, "toString", "()Ljava/lang/String;")?);
    emit(&mut code, Insn::ReturnValue);
    let max_locals = slot_count(desc);
    let m = add_method(
        vm,
        from,
        "concat$",
        desc,
        ACC_STATIC | ACC_PRIVATE,
        code,
        max_locals,
    );
    Ok(Insn::InvokeDirect(m))
}

// ------------------------------------------------------------------ records

#[cfg(feature = "records")]
fn object_methods(
    vm: &mut Vm,
    from: ClassId,
    cf: &ClassFile,
    name: &str,
    desc: &str,
    args: &[u16],
) -> LinkResult<Insn> {
    let rec_name = cf
        .class_name(*args.first().ok_or("missing record class")?)
        .ok_or("bad record class")?
        .clone();
    let rec = load(vm, &rec_name)?;
    let names: String = match args.get(1).and_then(|&a| cf.cp.get(a as usize)) {
        Some(Cp::String(s)) => cf.utf8(*s).map(|x| x.to_string()).unwrap_or_default(),
        _ => String::new(),
    };
    let mut comps: Vec<(String, u32, String)> = Vec::new();
    for &g in &args[2..] {
        let (k, _, fname, fdesc) = handle(cf, g)?;
        if k != REF_GET_FIELD {
            return Err("record component handle is not a getter".into());
        }
        let (_, slot, _) = vm.find_field(rec, &fname).ok_or("record field missing")?;
        comps.push((fname.to_string(), slot, fdesc.to_string()));
    }
    let label_names: Vec<&str> = if names.is_empty() {
        Vec::new()
    } else {
        names.split(';').collect()
    };
    let mut code = Vec::new();
    let max_locals;
    match name {
        "toString" => {
            let sb = "java/lang/StringBuilder";
            let sbc = load(vm, sb)?;
            emit(&mut code, Insn::NewInit(sbc));
            emit(&mut code, Insn::Dup);
            emit(&mut code, call(vm, sb, "<init>", "()V")?);
            let simple = rec_name
                .rsplit(['/', '$'])
                .next()
                .unwrap_or(&rec_name)
                .to_string();
            let app = call(
                vm,
                sb,
                "append",
                "(Ljava/lang/String;)Ljava/lang/StringBuilder;",
            )?;
            let mut text = format!("{simple}[");
            for (i, (fname, slot, fdesc)) in comps.iter().enumerate() {
                let label = label_names.get(i).copied().unwrap_or(fname);
                text.push_str(&format!("{}{label}=", if i > 0 { ", " } else { "" }));
                emit(&mut code, Insn::RConst(vm.intern_str(&text)));
                emit(&mut code, app);
                text.clear();
                emit(&mut code, Insn::Load(0));
                emit(&mut code, Insn::GetFieldQ(*slot));
                emit(&mut code, call(vm, sb, "append", append_for(fdesc))?);
            }
            text.push(']');
            emit(&mut code, Insn::RConst(vm.intern_str(&text)));
            emit(&mut code, app);
            emit(&mut code, call(vm, sb, "toString", "()Ljava/lang/String;")?);
            emit(&mut code, Insn::ReturnValue);
            max_locals = 1;
        }
        "hashCode" => {
            emit(&mut code, Insn::IConst(0));
            for (_, slot, fdesc) in &comps {
                emit(&mut code, Insn::IConst(31));
                emit(&mut code, Insn::IMul);
                emit(&mut code, Insn::Load(0));
                emit(&mut code, Insn::GetFieldQ(*slot));
                let k = kind(fdesc);
                if k == Kind::Ref {
                    emit(
                        &mut code,
                        call(vm, "java/util/Objects", "hashCode", "(Ljava/lang/Object;)I")?,
                    );
                } else {
                    let d = format!("({})I", crate::vm::prim_char(k));
                    emit(&mut code, call(vm, box_class(k), "hashCode", &d)?);
                }
                emit(&mut code, Insn::IAdd);
            }
            emit(&mut code, Insn::ReturnValue);
            max_locals = 1;
        }
        "equals" => {
            // 0: this, 1: other, 2: other cast to the record.
            let mut fail_jumps = Vec::new();
            emit(&mut code, Insn::Load(1));
            emit(&mut code, Insn::InstanceOfQ(rec));
            fail_jumps.push(code.len());
            emit(&mut code, Insn::IfEq(0));
            emit(&mut code, Insn::Load(1));
            emit(&mut code, Insn::Store(2));
            for (_, slot, fdesc) in &comps {
                emit(&mut code, Insn::Load(0));
                emit(&mut code, Insn::GetFieldQ(*slot));
                emit(&mut code, Insn::Load(2));
                emit(&mut code, Insn::GetFieldQ(*slot));
                match kind(fdesc) {
                    Kind::Ref => {
                        emit(
                            &mut code,
                            call(
                                vm,
                                "java/util/Objects",
                                "equals",
                                "(Ljava/lang/Object;Ljava/lang/Object;)Z",
                            )?,
                        );
                        fail_jumps.push(code.len());
                        emit(&mut code, Insn::IfEq(0));
                    }
                    Kind::Long => {
                        emit(&mut code, Insn::LCmp);
                        fail_jumps.push(code.len());
                        emit(&mut code, Insn::IfNe(0));
                    }
                    Kind::Float => {
                        emit(&mut code, call(vm, "java/lang/Float", "compare", "(FF)I")?);
                        fail_jumps.push(code.len());
                        emit(&mut code, Insn::IfNe(0));
                    }
                    Kind::Double => {
                        emit(&mut code, call(vm, "java/lang/Double", "compare", "(DD)I")?);
                        fail_jumps.push(code.len());
                        emit(&mut code, Insn::IfNe(0));
                    }
                    _ => {
                        fail_jumps.push(code.len());
                        emit(&mut code, Insn::IfICmpNe(0));
                    }
                }
            }
            emit(&mut code, Insn::IConst(1));
            emit(&mut code, Insn::ReturnValue);
            let fail = code.len() as u32;
            emit(&mut code, Insn::IConst(0));
            emit(&mut code, Insn::ReturnValue);
            for j in fail_jumps {
                code[j] = match code[j] {
                    Insn::IfEq(_) => Insn::IfEq(fail),
                    Insn::IfNe(_) => Insn::IfNe(fail),
                    _ => Insn::IfICmpNe(fail),
                };
            }
            max_locals = 3;
        }
        _ => return Err(format!("ObjectMethods cannot make {name}")),
    }
    let m = add_method(
        vm,
        from,
        &format!("{name}$record"),
        desc,
        ACC_STATIC | ACC_PRIVATE,
        code,
        max_locals,
    );
    Ok(Insn::InvokeDirect(m))
}
