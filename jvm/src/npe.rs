//! Helpful NullPointerException messages (JEP 358), as HotSpot 17 words them:
//! what the failing instruction tried to do, and where the null came from
//! ("because "<local1>.next" is null"), found by simulating the method's
//! operand stack with the instruction that produced each value.

use crate::class::MethodId;
use crate::classfile::{ClassFile, Cp};
use crate::descriptor::{arg_types, Kind, MethodDesc};
use crate::interp::{Decoded, Insn};
use crate::thread::JThread;
use crate::value::{Ref, Value};
use crate::vm::Vm;
use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec;
use alloc::vec::Vec;

/// An NPE for the instruction at the top frame's pc, with HotSpot's message.
pub fn make_npe(vm: &mut Vm, t: &JThread) -> Ref {
    let msg = t
        .frames
        .last()
        .and_then(|f| message(vm, f.method, f.pc as usize));
    let e = vm.make_exception(t, "java/lang/NullPointerException", None);
    if let Some(m) = msg {
        let s = vm.new_string(&m);
        vm.set_field(e, vm.wk.thr_message, Value::Ref(s));
    }
    e
}

/// Class name as HotSpot prints it in these messages.
fn class_name(internal: &str) -> String {
    match internal {
        "java/lang/Object" => "Object".into(),
        "java/lang/String" => "String".into(),
        n => n.replace('/', "."),
    }
}

fn type_name(desc: &str) -> String {
    let b = desc.as_bytes();
    match b.first() {
        Some(b'[') => type_name(&desc[1..]) + "[]",
        Some(b'L') => class_name(desc.trim_start_matches('L').trim_end_matches(';')),
        Some(c) => match Kind::from_char(*c) {
            Some(Kind::Boolean) => "boolean",
            Some(Kind::Byte) => "byte",
            Some(Kind::Char) => "char",
            Some(Kind::Short) => "short",
            Some(Kind::Int) => "int",
            Some(Kind::Long) => "long",
            Some(Kind::Float) => "float",
            Some(Kind::Double) => "double",
            _ => "void",
        }
        .into(),
        None => String::new(),
    }
}

fn method_name(cf: &ClassFile, idx: u16) -> Option<String> {
    let (c, n, d) = cf.member_ref(idx)?;
    let params: Vec<String> = arg_types(d).iter().map(|a| type_name(a)).collect();
    Some(format!("{}.{}({})", class_name(c), n, params.join(", ")))
}

fn message(vm: &Vm, m: MethodId, pc: usize) -> Option<String> {
    let meth = &vm.methods[m as usize];
    let d = meth.decoded.as_ref()?;
    let cf = vm.classes[meth.class as usize].cf.as_ref()?;
    let ins = *d.orig.get(pc)?;
    // What was attempted, and how deep below the top the null operand sits.
    let (action, depth): (String, usize) = match ins {
        Insn::InvokeVirtual(i) | Insn::InvokeSpecial(i) | Insn::InvokeInterface(i) => {
            let (_, _, desc) = cf.member_ref(i)?;
            let nargs = MethodDesc::parse(desc)?.args.len();
            (format!("Cannot invoke \"{}\"", method_name(cf, i)?), nargs)
        }
        Insn::GetField(i) => (format!("Cannot read field \"{}\"", cf.member_ref(i)?.1), 0),
        Insn::PutField(i) => (
            format!("Cannot assign field \"{}\"", cf.member_ref(i)?.1),
            1,
        ),
        Insn::IALoad
        | Insn::LALoad
        | Insn::FALoad
        | Insn::DALoad
        | Insn::AALoad
        | Insn::BALoad
        | Insn::CALoad
        | Insn::SALoad => (format!("Cannot load from {} array", array_kind(ins)), 1),
        Insn::IAStore
        | Insn::LAStore
        | Insn::FAStore
        | Insn::DAStore
        | Insn::AAStore
        | Insn::BAStore
        | Insn::CAStore
        | Insn::SAStore => (format!("Cannot store to {} array", array_kind(ins)), 2),
        Insn::ArrayLength => ("Cannot read the array length".into(), 0),
        Insn::AThrow => ("Cannot throw exception".into(), 0),
        Insn::MonitorEnter => ("Cannot enter synchronized block".into(), 0),
        Insn::MonitorExit => ("Cannot exit synchronized block".into(), 0),
        _ => return None,
    };
    let because = stack_before(cf, d, pc)
        .and_then(|st| st.len().checked_sub(depth + 1).and_then(|i| st[i]))
        .and_then(|src| describe(vm, m, cf, d, src, 0));
    Some(match because {
        Some(Described::Value(v)) => format!("{action} because \"{v}\" is null"),
        Some(Described::Returned(v)) => {
            format!("{action} because the return value of \"{v}\" is null")
        }
        None => action,
    })
}

fn array_kind(ins: Insn) -> &'static str {
    match ins {
        Insn::IALoad | Insn::IAStore => "int",
        Insn::LALoad | Insn::LAStore => "long",
        Insn::FALoad | Insn::FAStore => "float",
        Insn::DALoad | Insn::DAStore => "double",
        Insn::AALoad | Insn::AAStore => "object",
        Insn::BALoad | Insn::BAStore => "byte/boolean",
        Insn::CALoad | Insn::CAStore => "char",
        _ => "short",
    }
}

enum Described {
    Value(String),
    Returned(String),
}

/// Describes the value produced by instruction `src` ("<local1>.next", "N.sf", ...).
fn describe(
    vm: &Vm,
    m: MethodId,
    cf: &ClassFile,
    d: &Decoded,
    src: usize,
    level: u32,
) -> Option<Described> {
    if level > 5 {
        return None;
    }
    let meth = &vm.methods[m as usize];
    let value = |s: String| Some(Described::Value(s));
    match d.orig[src] {
        Insn::AConstNull => value("null".into()),
        Insn::Load(n) => {
            // A LocalVariableTable name if the class has one (javac -g), else HotSpot's placeholder.
            let bci = d.bci[src];
            let named = cf
                .methods
                .iter()
                .find(|x| x.name == meth.name && x.desc == meth.desc)
                .and_then(|x| x.code.as_ref())
                .and_then(|c| {
                    c.locals
                        .iter()
                        .find(|(s, l, _, slot)| {
                            *slot == n && (*s as u32) <= bci + 1 && bci < *s as u32 + *l as u32
                        })
                        .map(|(_, _, name, _)| name.to_string())
                });
            value(named.unwrap_or_else(|| local_name(meth, n)))
        }
        Insn::GetStatic(i) => {
            let (c, f, _) = cf.member_ref(i)?;
            value(format!("{}.{}", class_name(c), f))
        }
        Insn::GetField(i) => {
            let f = cf.member_ref(i)?.1.clone();
            let st = stack_before(cf, d, src)?;
            let obj = (*st.last()?)?;
            match describe(vm, m, cf, d, obj, level + 1)? {
                Described::Value(v) => value(format!("{v}.{f}")),
                Described::Returned(_) => None,
            }
        }
        Insn::AALoad => {
            let st = stack_before(cf, d, src)?;
            let n = st.len();
            let (arr, idx) = ((*st.get(n.checked_sub(2)?)?)?, (*st.get(n - 1)?)?);
            let a = match describe(vm, m, cf, d, arr, level + 1)? {
                Described::Value(v) => v,
                Described::Returned(_) => return None,
            };
            let i = match d.orig[idx] {
                Insn::IConst(k) => k.to_string(),
                _ => match describe(vm, m, cf, d, idx, level + 1)? {
                    Described::Value(v) => v,
                    Described::Returned(_) => return None,
                },
            };
            value(format!("{a}[{i}]"))
        }
        Insn::InvokeVirtual(i)
        | Insn::InvokeSpecial(i)
        | Insn::InvokeStatic(i)
        | Insn::InvokeInterface(i) => Some(Described::Returned(method_name(cf, i)?)),
        Insn::CheckCast(_) => {
            let st = stack_before(cf, d, src)?;
            describe(vm, m, cf, d, (*st.last()?)?, level + 1)
        }
        _ => None,
    }
}

/// HotSpot's name for local slot `n` without a LocalVariableTable.
fn local_name(meth: &crate::class::Method, n: u16) -> String {
    let n = n as usize;
    let recv = !meth.is_static() as usize;
    if recv == 1 && n == 0 {
        return "this".into();
    }
    let mut slot = recv;
    for (i, k) in meth.md.args.iter().enumerate() {
        if slot == n {
            return format!("<parameter{}>", i + 1);
        }
        slot += k.slots();
    }
    format!("<local{n}>")
}

/// The operand stack before instruction `target`: for each value, the
/// instruction that pushed it (None where paths disagree or it is unknown).
fn stack_before(cf: &ClassFile, d: &Decoded, target: usize) -> Option<Vec<Option<usize>>> {
    use Insn::*;
    let insns = &d.orig;
    let n = insns.len();
    let mut seen: Vec<Option<Vec<Option<usize>>>> = vec![None; n];
    let mut work: Vec<(usize, Vec<Option<usize>>)> = vec![(0, Vec::new())];
    for h in &d.handlers {
        work.push((h.target as usize, vec![None]));
    }
    let mut steps = 0usize;
    while let Some((pc, st)) = work.pop() {
        steps += 1;
        if pc >= n || steps > 200_000 {
            return None;
        }
        let merged = match &seen[pc] {
            None => st,
            Some(prev) => {
                if prev.len() != st.len() {
                    return None;
                }
                let m: Vec<Option<usize>> = prev
                    .iter()
                    .zip(&st)
                    .map(|(a, b)| if a == b { *a } else { None })
                    .collect();
                if &m == prev {
                    continue;
                }
                m
            }
        };
        seen[pc] = Some(merged.clone());
        let mut st = merged;
        let ins = insns[pc];
        // Pops and pushes in values (the verifier already checked categories).
        let (pop, push): (usize, usize) = match ins {
            Nop | Goto(_) | Return | IInc(..) => (0, 0),
            AConstNull | IConst(_) | FConst(_) | RConst(_) | Ldc(_) | LConst(_) | DConst(_)
            | New(_) | Load(_) => (0, 1),
            GetStatic(_) => (0, 1),
            Store(_) | Pop | PutStatic(_) | IfEq(_) | IfNe(_) | IfLt(_) | IfGe(_) | IfGt(_)
            | IfLe(_) | IfNull(_) | IfNonNull(_) | TableSwitch(_) | LookupSwitch(_)
            | ReturnValue | AThrow | MonitorEnter | MonitorExit => (1, 0),
            IALoad | LALoad | FALoad | DALoad | AALoad | BALoad | CALoad | SALoad => (2, 1),
            IAStore | LAStore | FAStore | DAStore | AAStore | BAStore | CAStore | SAStore => (3, 0),
            IAdd | LAdd | FAdd | DAdd | ISub | LSub | FSub | DSub | IMul | LMul | FMul | DMul
            | IDiv | LDiv | FDiv | DDiv | IRem | LRem | FRem | DRem | IShl | LShl | IShr | LShr
            | IUShr | LUShr | IAnd | LAnd | IOr | LOr | IXor | LXor | LCmp | FCmpL | FCmpG
            | DCmpL | DCmpG => (2, 1),
            INeg | LNeg | FNeg | DNeg | I2L | I2F | I2D | L2I | L2F | L2D | F2I | F2L | F2D
            | D2I | D2L | D2F | I2B | I2C | I2S | NewArray(_) | ANewArray(_) | ArrayLength
            | InstanceOf(_) | GetField(_) => (1, 1),
            IfICmpEq(_) | IfICmpNe(_) | IfICmpLt(_) | IfICmpGe(_) | IfICmpGt(_) | IfICmpLe(_)
            | IfACmpEq(_) | IfACmpNe(_) | PutField(_) => (2, 0),
            CheckCast(_) => {
                // Passes its operand through unchanged.
                if st.is_empty() {
                    return None;
                }
                (0, 0)
            }
            MultiANewArray(_, k) => (k as usize, 1),
            Jsr(_) | Ret(_) => return None,
            InvokeVirtual(i) | InvokeSpecial(i) | InvokeInterface(i) | InvokeStatic(i)
            | InvokeDynamic(i) => {
                let desc = match cf.cp.get(i as usize) {
                    Some(Cp::InvokeDynamic(_, nt)) => cf.name_and_type(*nt)?.1.clone(),
                    _ => cf.member_ref(i)?.2.clone(),
                };
                let md = MethodDesc::parse(&desc)?;
                let recv = !matches!(ins, InvokeStatic(_) | InvokeDynamic(_)) as usize;
                (md.args.len() + recv, (md.ret != Kind::Void) as usize)
            }
            Pop2 | Dup | DupX1 | DupX2 | Dup2 | Dup2X1 | Dup2X2 | Swap => {
                // Stack shuffles keep sources; categories come from the verifier's rules,
                // approximated here by the width of each entry's producer.
                let w = |s: &Option<usize>| s.map(|p| entry_width(cf, d, p)).unwrap_or(1);
                let l = st.len();
                let get = |k: usize| if l >= k { Some(st[l - k]) } else { None };
                let out: Option<(usize, Vec<Option<usize>>)> = match ins {
                    Pop2 => {
                        let v1 = get(1)?;
                        Some(if w(&v1) == 2 {
                            (1, vec![])
                        } else {
                            (2, vec![])
                        })
                    }
                    Dup => Some((1, vec![get(1)?, get(1)?])),
                    DupX1 => Some((2, vec![get(1)?, get(2)?, get(1)?])),
                    DupX2 => {
                        let (v1, v2) = (get(1)?, get(2)?);
                        Some(if w(&v2) == 2 {
                            (2, vec![v1, v2, v1])
                        } else {
                            (3, vec![v1, get(3)?, v2, v1])
                        })
                    }
                    Dup2 => {
                        let v1 = get(1)?;
                        Some(if w(&v1) == 2 {
                            (1, vec![v1, v1])
                        } else {
                            (2, vec![get(2)?, v1, get(2)?, v1])
                        })
                    }
                    Dup2X1 => {
                        let (v1, v2) = (get(1)?, get(2)?);
                        Some(if w(&v1) == 2 {
                            (2, vec![v1, v2, v1])
                        } else {
                            (3, vec![v2, v1, get(3)?, v2, v1])
                        })
                    }
                    Dup2X2 => None,
                    _ => Some((2, vec![get(1)?, get(2)?])),
                };
                let (k, vals) = out?;
                st.truncate(l - k);
                st.extend(vals);
                push_next(&mut work, insns, d, pc, st);
                continue;
            }
            _ => return None,
        };
        if st.len() < pop {
            return None;
        }
        st.truncate(st.len() - pop);
        for _ in 0..push {
            st.push(Some(pc));
        }
        push_next(&mut work, insns, d, pc, st);
    }
    seen.get(target).cloned().flatten()
}

/// Slot width of the value instruction `p` produces.
fn entry_width(cf: &ClassFile, d: &Decoded, p: usize) -> usize {
    use Insn::*;
    match d.orig[p] {
        LConst(_) | DConst(_) | LALoad | DALoad | LAdd | LSub | LMul | LDiv | LRem | LNeg
        | LShl | LShr | LUShr | LAnd | LOr | LXor | DAdd | DSub | DMul | DDiv | DRem | DNeg
        | I2L | I2D | F2L | F2D | L2D | D2L => 2,
        Load(_) => d.widths[p] as usize,
        GetStatic(i) | GetField(i) => cf
            .member_ref(i)
            .and_then(|(_, _, desc)| Kind::from_char(desc.as_bytes()[0]))
            .map(|k| k.slots())
            .unwrap_or(1),
        InvokeVirtual(i) | InvokeSpecial(i) | InvokeInterface(i) | InvokeStatic(i) => cf
            .member_ref(i)
            .and_then(|(_, _, desc)| MethodDesc::parse(desc))
            .map(|m| m.ret.slots())
            .unwrap_or(1),
        _ => 1,
    }
}

fn push_next(
    work: &mut Vec<(usize, Vec<Option<usize>>)>,
    insns: &[Insn],
    d: &Decoded,
    pc: usize,
    st: Vec<Option<usize>>,
) {
    use Insn::*;
    match insns[pc] {
        Goto(t) => work.push((t as usize, st)),
        IfEq(t) | IfNe(t) | IfLt(t) | IfGe(t) | IfGt(t) | IfLe(t) | IfNull(t) | IfNonNull(t)
        | IfICmpEq(t) | IfICmpNe(t) | IfICmpLt(t) | IfICmpGe(t) | IfICmpGt(t) | IfICmpLe(t)
        | IfACmpEq(t) | IfACmpNe(t) => {
            work.push((t as usize, st.clone()));
            work.push((pc + 1, st));
        }
        TableSwitch(s) | LookupSwitch(s) => {
            let sw = &d.switches[s as usize];
            work.push((sw.default as usize, st.clone()));
            for &t in sw.table.iter().chain(sw.pairs.iter().map(|(_, t)| t)) {
                work.push((t as usize, st.clone()));
            }
        }
        Return | ReturnValue | AThrow => {}
        _ => work.push((pc + 1, st)),
    }
}
