//! Native methods of Mote's java.base, bound by name at link time.

use crate::class::ClassKind;
use crate::descriptor::Kind;
use crate::heap::Body;
use crate::thread::{JThread, TState};
use crate::value::{Ref, Value, NULL};
use crate::vm::Vm;
use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

/// What a native asks of the interpreter.
pub enum NRes {
    Ret(Option<Value>),
    Throw(Ref),
    /// The thread now waits (state set); the call has completed.
    Block,
    /// Could not proceed (state set); re-execute the call later.
    Retry,
    /// The arguments are back on the operand stack and frames were pushed above them
    /// (a `<clinit>`); re-execute the call once they return. (coll: getEnumConstants)
    Reenter,
}

pub type NativeFn = fn(&mut Vm, &mut JThread, &[Value]) -> NRes;

pub fn dotted(internal: &str) -> String {
    internal.replace('/', ".")
}

fn ret(v: Value) -> NRes {
    NRes::Ret(Some(v))
}
fn void() -> NRes {
    NRes::Ret(None)
}
fn int(v: i32) -> NRes {
    ret(Value::Int(v))
}
fn reference(r: Ref) -> NRes {
    ret(Value::Ref(r))
}
fn throw(vm: &mut Vm, t: &JThread, cls: &str, msg: Option<&str>) -> NRes {
    NRes::Throw(vm.make_exception(t, cls, msg))
}

/// A native whose code this build leaves out (a JVM feature `mote build`
/// turns on only when the sealed classes keep a native that needs it).
#[cfg(not(all(
    feature = "math",
    feature = "bignum",
    feature = "double_parse",
    feature = "udp"
)))]
fn left_out(vm: &mut Vm, t: &JThread, what: &str, feature: &str) -> NRes {
    let msg = format!(
        "{what}: not built into this image (JVM feature `{feature}`, which mote build \
         turns on only when the sealed classes keep a native that needs it)"
    );
    throw(vm, t, "java/lang/UnsatisfiedLinkError", Some(&msg))
}

/// Intrinsics: Java methods of java.base (not `native`) that the VM runs as
/// Rust instead, because they are hot byte loops. Each gives exactly the
/// result of its Java body and cannot throw, so no caller can tell.
pub fn intrinsic(class: &str, name: &str, desc: &str) -> Option<NativeFn> {
    let f: NativeFn = match (class, name, desc) {
        // Arrays.hashCode(byte[]): 31 * h + e over the signed bytes, from 1; null is 0
        ("java/util/Arrays", "hashCode", "([B)I") => |vm, _, a| {
            let r = a[0].r();
            if r == NULL {
                return int(0);
            }
            match &vm.heap.get(r).body {
                Body::Bytes(v) => int(v
                    .iter()
                    .fold(1i32, |h, &e| h.wrapping_mul(31).wrapping_add(e as i32))),
                _ => int(0),
            }
        },
        // Arrays.equals(byte[], byte[]): same array, or both non-null with equal contents
        ("java/util/Arrays", "equals", "([B[B)Z") => |vm, _, a| {
            let (x, y) = (a[0].r(), a[1].r());
            if x == y {
                return int(1);
            }
            if x == NULL || y == NULL {
                return int(0);
            }
            let eq = match (&vm.heap.get(x).body, &vm.heap.get(y).body) {
                (Body::Bytes(p), Body::Bytes(q)) => p == q,
                _ => false,
            };
            int(eq as i32)
        },
        // ---- interp: Latin-1 and byte loops of private helpers whose callers
        // check every bound (String.getBytes(int,int,byte[],int), String(byte[],int,int,int),
        // the HTTP server's line scan and header-name check). Out-of-range
        // arguments (impossible from those callers) do nothing rather than panic.
        ("java/lang/String", "latin1Bytes", "([CII[BI)V") => |vm, _, a| {
            let (src, from, to, dst, at) = (a[0].r(), a[1].i(), a[2].i(), a[3].r(), a[4].i());
            if src != dst && src != NULL && dst != NULL && from >= 0 && at >= 0 && to >= from {
                let (from, to, at) = (from as usize, to as usize, at as usize);
                let (s, d) = vm.heap.pair_mut(src, dst);
                if let (Body::Chars(s), Body::Bytes(d)) = (&s.body, &mut d.body) {
                    if let (Some(s), Some(d)) = (s.get(from..to), d.get_mut(at..at + (to - from))) {
                        for (d, &c) in d.iter_mut().zip(s) {
                            *d = c as i8;
                        }
                    }
                }
            }
            void()
        },
        ("java/lang/String", "inflate", "([BI[CII)V") => |vm, _, a| {
            let (src, off, dst, n, hi) = (a[0].r(), a[1].i(), a[2].r(), a[3].i(), a[4].i());
            if src != dst && src != NULL && dst != NULL && off >= 0 && n >= 0 {
                let (off, n, hi) = (off as usize, n as usize, hi as u16);
                let (s, d) = vm.heap.pair_mut(src, dst);
                if let (Body::Bytes(s), Body::Chars(d)) = (&s.body, &mut d.body) {
                    if let (Some(s), Some(d)) = (s.get(off..off + n), d.get_mut(..n)) {
                        for (d, &b) in d.iter_mut().zip(s) {
                            *d = hi | b as u8 as u16;
                        }
                    }
                }
            }
            void()
        },
        // String's char loops (hashCode, indexOf/lastIndexOf of a char, equals)
        ("java/lang/String", "hash0", "([C)I") => |vm, _, a| match &vm.heap.get(a[0].r()).body {
            Body::Chars(v) => int(v
                .iter()
                .fold(0i32, |h, &c| h.wrapping_mul(31).wrapping_add(c as i32))),
            _ => int(0),
        },
        ("java/lang/String", "indexOf0", "([CII)I") => |vm, _, a| {
            let (ch, from) = (a[1].i(), a[2].i().max(0) as usize);
            match &vm.heap.get(a[0].r()).body {
                Body::Chars(v) => int(v
                    .get(from..)
                    .and_then(|s| s.iter().position(|&c| c as i32 == ch))
                    .map_or(-1, |i| (from + i) as i32)),
                _ => int(-1),
            }
        },
        ("java/lang/String", "lastIndexOf0", "([CII)I") => |vm, _, a| {
            let (ch, from) = (a[1].i(), a[2].i());
            if from < 0 {
                return int(-1);
            }
            match &vm.heap.get(a[0].r()).body {
                Body::Chars(v) => int(v
                    .get(..=from as usize)
                    .and_then(|s| s.iter().rposition(|&c| c as i32 == ch))
                    .map_or(-1, |i| i as i32)),
                _ => int(-1),
            }
        },
        ("java/lang/String", "equals0", "([C[C)Z") => |vm, _, a| {
            let eq = match (&vm.heap.get(a[0].r()).body, &vm.heap.get(a[1].r()).body) {
                (Body::Chars(x), Body::Chars(y)) => x == y,
                _ => false,
            };
            int(eq as i32)
        },
        ("mote/util/Bytes", "indexOf0", "([BIIB)I") => |vm, _, a| {
            let (arr, from, to, b) = (a[0].r(), a[1].i(), a[2].i(), a[3].i() as i8);
            if arr == NULL || from < 0 || to < from {
                return int(-1);
            }
            let found = match &vm.heap.get(arr).body {
                Body::Bytes(v) => v
                    .get(from as usize..to as usize)
                    .and_then(|s| s.iter().position(|&x| x == b)),
                _ => None,
            };
            int(found.map_or(-1, |i| from + i as i32))
        },
        // Headers.isNormal(key, n): key[0] is not a-z, key[1..n] has no A-Z, CR or LF
        // (its caller passes a non-null key and n = key.length() >= 1)
        ("com/sun/net/httpserver/Headers", "isNormal", "(Ljava/lang/String;I)Z") => |vm, _, a| {
            let (key, n) = (a[0].r(), a[1].i());
            if key == NULL || n < 1 {
                return int(0);
            }
            let arr = vm.field(key, vm.wk.string_value).r();
            let ok = match &vm.heap.get(arr).body {
                Body::Chars(v) => v.get(..n as usize).is_some_and(|v| {
                    !(b'a' as u16..=b'z' as u16).contains(&v[0])
                        && v[1..].iter().all(|&c| {
                            !(b'A' as u16..=b'Z' as u16).contains(&c) && c != 13 && c != 10
                        })
                }),
                _ => false,
            };
            int(ok as i32)
        },
        _ => return None,
    };
    Some(f)
}

pub fn lookup(class: &str, name: &str, desc: &str) -> Option<NativeFn> {
    let f: NativeFn = match (class, name, desc) {
        ("java/lang/Object", "getClass", _) => |vm, _, a| {
            let c = vm.class_of(a[0].r());
            reference(vm.mirror(c))
        },
        ("java/lang/Object", "hashCode", _) => |vm, _, a| int(vm.heap.identity_hash(a[0].r())),
        ("java/lang/System", "identityHashCode", _) => |vm, _, a| {
            let r = a[0].r();
            int(if r == NULL {
                0
            } else {
                vm.heap.identity_hash(r)
            })
        },
        ("java/lang/Object", "clone", _) => object_clone,
        ("java/lang/Object", "notify", _) => |vm, t, a| notify(vm, t, a[0].r(), false),
        ("java/lang/Object", "notifyAll", _) => |vm, t, a| notify(vm, t, a[0].r(), true),
        ("java/lang/Object", "wait0", _) => object_wait,
        ("java/lang/Class", "getSimpleName", _) => |vm, _, a| {
            let c = vm.class_of_mirror(a[0].r());
            let s = simple_name(vm, c);
            reference(vm.new_string(&s))
        },
        ("java/lang/Class", "isInstance", _) => |vm, _, a| {
            let c = vm.class_of_mirror(a[0].r());
            let o = a[1].r();
            int((o != NULL && vm.is_subclass(vm.class_of(o), c)) as i32)
        },
        ("java/lang/Class", "isAssignableFrom", _) => |vm, t, a| {
            if a[1].r() == NULL {
                return throw(vm, t, "java/lang/NullPointerException", None);
            }
            let c = vm.class_of_mirror(a[0].r());
            let o = vm.class_of_mirror(a[1].r());
            int(vm.is_subclass(o, c) as i32)
        },
        ("java/lang/Class", "isInterface", _) => |vm, _, a| {
            let c = vm.class_of_mirror(a[0].r());
            int(vm.classes[c as usize].is_interface() as i32)
        },
        ("java/lang/Class", "isArray", _) => |vm, _, a| {
            let c = vm.class_of_mirror(a[0].r());
            int(vm.classes[c as usize].is_array() as i32)
        },
        ("java/lang/Class", "isPrimitive", _) => |vm, _, a| {
            let c = vm.class_of_mirror(a[0].r());
            int(matches!(vm.classes[c as usize].kind, ClassKind::Primitive(_)) as i32)
        },
        ("java/lang/Class", "getSuperclass", _) => |vm, _, a| {
            let c = vm.class_of_mirror(a[0].r());
            let cl = &vm.classes[c as usize];
            if cl.is_interface() || matches!(cl.kind, ClassKind::Primitive(_)) {
                return reference(NULL);
            }
            match cl.super_id {
                Some(s) => reference(vm.mirror(s)),
                None => reference(NULL),
            }
        },
        ("java/lang/Class", "getComponentType", _) => |vm, _, a| {
            let c = vm.class_of_mirror(a[0].r());
            match vm.classes[c as usize].kind {
                ClassKind::Array { component, .. } => reference(vm.mirror(component)),
                _ => reference(NULL),
            }
        },
        ("java/lang/Class", "enumConstants", _) => |vm, t, a| {
            let c = vm.class_of_mirror(a[0].r());
            // coll: like HotSpot (which calls values()), initialize the enum first so
            // $VALUES is set even when nothing else has touched the class yet.
            let is_enum = vm.classes[c as usize]
                .fields
                .iter()
                .any(|f| f.is_static && &*f.name == "$VALUES");
            if is_enum {
                t.sp += a.len();
                let before = t.frames.len();
                match crate::exec::ensure_init(vm, t, c) {
                    crate::exec::Step::Go if t.frames.len() == before => t.sp -= a.len(),
                    crate::exec::Step::Go => return NRes::Reenter,
                    crate::exec::Step::Throw(e) => return NRes::Throw(e),
                    _ => return NRes::Retry,
                }
            }
            let v = vm.classes[c as usize]
                .fields
                .iter()
                .find(|f| f.is_static && &*f.name == "$VALUES")
                .map(|f| vm.classes[c as usize].statics[f.slot as usize].r());
            reference(v.unwrap_or(NULL))
        },
        ("java/lang/Class", "getPrimitiveClass", _) => |vm, _, a| {
            let n = vm.rust_string(a[0].r());
            let k = match n.as_str() {
                "boolean" => Kind::Boolean,
                "byte" => Kind::Byte,
                "char" => Kind::Char,
                "short" => Kind::Short,
                "int" => Kind::Int,
                "long" => Kind::Long,
                "float" => Kind::Float,
                "double" => Kind::Double,
                _ => Kind::Void,
            };
            let c = vm.primitive_class(k);
            reference(vm.mirror(c))
        },
        ("java/lang/String", "intern", _) => |vm, _, a| reference(vm.intern(a[0].r())),
        ("java/lang/Float", "floatToRawIntBits", _) => |_, _, a| int(a[0].f().to_bits() as i32),
        ("java/lang/Float", "intBitsToFloat", _) => {
            |_, _, a| ret(Value::Float(f32::from_bits(a[0].i() as u32)))
        }
        ("java/lang/Double", "doubleToRawLongBits", _) => {
            |_, _, a| ret(Value::Long(a[0].d().to_bits() as i64))
        }
        ("java/lang/Double", "longBitsToDouble", _) => {
            |_, _, a| ret(Value::Double(f64::from_bits(a[0].l() as u64)))
        }
        #[cfg(feature = "double_parse")]
        ("java/lang/Double", "parse0", _) => |vm, _, a| {
            let s = vm.rust_string(a[0].r());
            ret(Value::Double(parse_double(&s, a[1].i() != 0)))
        },
        #[cfg(not(feature = "double_parse"))]
        ("java/lang/Double", "parse0", _) => {
            |vm, t, _| left_out(vm, t, "Double.parse0", "double_parse")
        }
        ("java/lang/Math", "sqrt", _) => |_, _, a| ret(Value::Double(libm::sqrt(a[0].d()))),
        #[cfg(feature = "math")]
        ("java/lang/Math", "sin", _) => |_, _, a| ret(Value::Double(libm::sin(a[0].d()))),
        #[cfg(feature = "math")]
        ("java/lang/Math", "cos", _) => |_, _, a| ret(Value::Double(libm::cos(a[0].d()))),
        #[cfg(feature = "math")]
        ("java/lang/Math", "tan", _) => |_, _, a| ret(Value::Double(libm::tan(a[0].d()))),
        #[cfg(feature = "math")]
        ("java/lang/Math", "exp", _) => |_, _, a| ret(Value::Double(libm::exp(a[0].d()))),
        #[cfg(feature = "math")]
        ("java/lang/Math", "log", _) => |_, _, a| ret(Value::Double(libm::log(a[0].d()))),
        #[cfg(feature = "math")]
        ("java/lang/Math", "log10", _) => |_, _, a| ret(Value::Double(libm::log10(a[0].d()))),
        ("java/lang/Math", "floor", _) => |_, _, a| ret(Value::Double(libm::floor(a[0].d()))),
        ("java/lang/Math", "ceil", _) => |_, _, a| ret(Value::Double(libm::ceil(a[0].d()))),
        ("java/lang/Math", "rint", _) => |_, _, a| ret(Value::Double(libm::rint(a[0].d()))),
        // lang helper: Math.fma (StrictMath is pure Java, see classlib Fdlibm.java,
        // and so are Math.cbrt/asin/acos/atan/atan2/hypot, which call it).
        #[cfg(feature = "math")]
        ("java/lang/Math", "fma0", _) => {
            |_, _, a| ret(Value::Double(libm::fma(a[0].d(), a[1].d(), a[2].d())))
        }
        #[cfg(feature = "math")]
        ("java/lang/Math", "pow0", _) => |_, _, a| ret(Value::Double(java_pow(a[0].d(), a[1].d()))),
        #[cfg(feature = "math")]
        ("java/lang/Math", "fmaf0", _) => {
            |_, _, a| ret(Value::Float(libm::fmaf(a[0].f(), a[1].f(), a[2].f())))
        }
        #[cfg(not(feature = "math"))]
        (
            "java/lang/Math",
            "sin" | "cos" | "tan" | "exp" | "log" | "log10" | "fma0" | "pow0" | "fmaf0",
            _,
        ) => |vm, t, _| left_out(vm, t, "Math's transcendental natives", "math"),
        ("java/lang/System", "currentTimeMillis", _) => {
            |vm, _, _| ret(Value::Long(vm.platform.millis()))
        }
        ("java/lang/System", "nanoTime", _) => {
            |vm, _, _| ret(Value::Long(vm.platform.nanos() as i64))
        }
        ("java/lang/System", "arraycopy", _) => arraycopy,
        // ---- java.math (math helper): BigInteger magnitude kernels
        #[cfg(feature = "bignum")]
        ("java/math/BigInteger", "mulKernel", _) => big_mul,
        #[cfg(feature = "bignum")]
        ("java/math/BigInteger", "divKernel", _) => big_div,
        #[cfg(feature = "bignum")]
        ("java/math/BigInteger", "divWordKernel", _) => big_div_word,
        #[cfg(not(feature = "bignum"))]
        ("java/math/BigInteger", "mulKernel" | "divKernel" | "divWordKernel", _) => {
            |vm, t, _| left_out(vm, t, "BigInteger's kernels", "bignum")
        }
        // ---- end java.math
        ("java/lang/System", "exit0", _) => |vm, _, a| {
            vm.exit_code = Some(a[0].i());
            NRes::Block
        },
        ("java/lang/System", "gc0", _) => |vm, t, _| {
            vm.gc(Some(t));
            void()
        },
        ("java/lang/System", "getProperty0", _) => |vm, _, a| {
            let k = vm.rust_string(a[0].r());
            let v = match k.as_str() {
                "line.separator" => "\n",
                "file.separator" => "/",
                "path.separator" => ":",
                "java.version" => "17",
                "java.specification.version" => "17",
                "java.vm.name" => "Mote",
                "os.name" => "Mote",
                _ => return reference(NULL),
            };
            reference(vm.new_string(v))
        },
        ("java/lang/Runtime", "totalMemory", _) => |vm, _, _| ret(Value::Long(vm.heap.max as i64)),
        ("java/lang/Runtime", "maxMemory", _) => |vm, _, _| ret(Value::Long(vm.heap.max as i64)),
        ("java/lang/Runtime", "freeMemory", _) => |vm, _, _| {
            ret(Value::Long(
                (vm.heap.max - vm.heap.used.min(vm.heap.max)) as i64,
            ))
        },
        ("java/lang/Throwable", "fillInStackTrace0", _) => |vm, t, a| {
            vm.fill_backtrace(t, a[0].r(), true);
            void()
        },
        ("java/lang/Throwable", "buildStackTrace", _) => build_stack_trace,
        ("java/lang/Thread", "currentThread", _) => |_, t, _| reference(t.obj),
        ("java/lang/Thread", "yield", _) => |_, _, _| NRes::Block,
        ("java/lang/Thread", "sleep0", _) => thread_sleep,
        ("java/lang/Thread", "start0", _) => |vm, _, a| {
            let launcher = vm.thread_launcher;
            vm.spawn(a[0].r(), launcher, &[a[0]]);
            void()
        },
        ("java/lang/Thread", "interrupt0", _) => thread_interrupt,
        ("java/lang/Thread", "holdsLock", _) => |vm, t, a| {
            let o = a[0].r();
            if o == NULL {
                return throw(vm, t, "java/lang/NullPointerException", None);
            }
            int((vm.heap.get(o).lock_owner == t.id + 1) as i32)
        },
        ("java/lang/Thread", "state0", _) => |vm, t, a| {
            // Thread.State ordinals: NEW, RUNNABLE, BLOCKED, WAITING, TIMED_WAITING, TERMINATED.
            let id = vm.field(a[0].r(), vm.wk.thread_vmid).i();
            if id == t.id as i32 {
                return int(1);
            }
            let state = vm
                .threads
                .iter()
                .find(|x| x.id as i32 == id)
                .map(|x| x.state);
            int(match state {
                Some(TState::Sleeping(_))
                | Some(TState::Waiting {
                    deadline: Some(_), ..
                }) => 4,
                Some(TState::Waiting { deadline: None, .. }) | Some(TState::Parked(None)) => 3,
                Some(TState::Parked(Some(_))) => 4,
                Some(TState::Blocked(_)) | Some(TState::Reacquire { .. }) => 2,
                Some(TState::Done) | None => 5,
                _ => 1,
            })
        },
        ("java/io/FileOutputStream", "writeBytes", _) => |vm, t, a| {
            let (fd, b, off, len) = (a[0].i(), a[1].r(), a[2].i() as usize, a[3].i() as usize);
            if b == NULL {
                return throw(vm, t, "java/lang/NullPointerException", None);
            }
            if let Body::Bytes(bytes) = &vm.heap.get(b).body {
                if let Some(s) = bytes.get(off..off + len) {
                    let out: Vec<u8> = s.iter().map(|&x| x as u8).collect();
                    vm.platform.write(fd, &out);
                }
            }
            void()
        },
        ("mote/io/Fs", _, _) => return io_native(name),
        #[cfg(feature = "udp")]
        ("mote/net/Udp", "bind0", _) => |vm, _, a| {
            int(match vm.platform.udp_bind(a[0].i() as u16) {
                Ok(h) => h as i32,
                Err(e) => -e,
            })
        },
        #[cfg(feature = "udp")]
        ("mote/net/Udp", "serve0", _) => udp_serve,
        #[cfg(not(feature = "udp"))]
        ("mote/net/Udp", "bind0" | "serve0", _) => {
            |vm, t, _| left_out(vm, t, "mote.net.Udp's natives", "udp")
        }
        ("mote/log/Packets", "control0", _) => |vm, _, a| {
            let set = match a[0].i() {
                0 => Some(false),
                1 => Some(true),
                _ => None,
            };
            int(match vm.platform.packet_log(set) {
                Some(on) => on as i32,
                None => -2,
            })
        },
        // java.net sockets (area: net)
        ("java/net/Net", name, _) => return crate::net_natives::lookup(name),
        ("java/util/Arrays", "newArray", _) => |vm, t, a| {
            let c = vm.class_of_mirror(a[0].r());
            let n = a[1].i();
            if n < 0 {
                return throw(
                    vm,
                    t,
                    "java/lang/NegativeArraySizeException",
                    Some(&format!("{n}")),
                );
            }
            let ac = vm.array_of(c);
            reference(vm.new_array(ac, n as usize))
        },
        // ---- java.util.concurrent (conc helper): LockSupport park/unpark.
        ("java/util/concurrent/locks/LockSupport", "park0", _) => lock_support_park,
        ("java/util/concurrent/locks/LockSupport", "unpark0", _) => lock_support_unpark,
        // ---- end java.util.concurrent
        _ => return None,
    };
    Some(f)
}

// --- io: mote.io.Fs, files through the Platform (java.io / java.nio.file) ---
// Every native returns -errno on failure; a null reference argument throws NullPointerException.

fn io_native(name: &str) -> Option<NativeFn> {
    let f: NativeFn = match name {
        "open0" => |vm, t, a| {
            if a[0].r() == NULL {
                return throw(vm, t, "java/lang/NullPointerException", None);
            }
            let path = vm.rust_string(a[0].r());
            int(match vm.platform.file_open(&path, a[1].i() as u32) {
                Ok(h) => h as i32,
                Err(e) => -e,
            })
        },
        "read0" => |vm, t, a| {
            if a[1].r() == NULL {
                return throw(vm, t, "java/lang/NullPointerException", None);
            }
            let (h, buf, off, len) = (a[0].i() as u32, a[1].r(), a[2].i(), a[3].i());
            let cap = vm.heap.get(buf).body.array_len().unwrap_or(0);
            if off < 0 || len < 0 || off as usize + len as usize > cap {
                return int(-22);
            }
            // straight into the Java array, no buffer in between
            let (off, len) = (off as usize, len as usize);
            let r = match &mut vm.heap.get_mut(buf).body {
                Body::Bytes(b) => vm.platform.file_read(h, as_u8_mut(&mut b[off..off + len])),
                _ => Ok(0),
            };
            let n = match r {
                Ok(n) => n.min(len),
                Err(e) => return int(-e),
            };
            int(n as i32)
        },
        "write0" => |vm, t, a| {
            if a[1].r() == NULL {
                return throw(vm, t, "java/lang/NullPointerException", None);
            }
            let (h, buf, off, len) = (a[0].i() as u32, a[1].r(), a[2].i(), a[3].i());
            let r = match &vm.heap.get(buf).body {
                Body::Bytes(b)
                    if off >= 0 && len >= 0 && (off as usize + len as usize) <= b.len() =>
                {
                    let data = as_u8(&b[off as usize..(off + len) as usize]);
                    vm.platform.file_write(h, data)
                }
                _ => return int(-22),
            };
            int(match r {
                Ok(n) => n as i32,
                Err(e) => -e,
            })
        },
        "close0" => |vm, _, a| {
            int(match vm.platform.file_close(a[0].i() as u32) {
                Ok(()) => 0,
                Err(e) => -e,
            })
        },
        // long seek0(int handle, long offset, int whence): new position or -errno
        "seek0" => |vm, _, a| {
            let (h, off, whence) = (a[0].i() as u32, a[1].l(), a[2].i() as u32);
            ret(Value::Long(match vm.platform.file_seek(h, off, whence) {
                Ok(p) => p as i64,
                Err(e) => -(e as i64),
            }))
        },
        "setLength0" => |vm, _, a| {
            int(
                match vm.platform.file_set_len(a[0].i() as u32, a[1].l() as u64) {
                    Ok(()) => 0,
                    Err(e) => -e,
                },
            )
        },
        // int stat0(String path, long[] out): out = {kind, size, mtime}
        "stat0" => |vm, t, a| {
            if a[0].r() == NULL || a[1].r() == NULL {
                return throw(vm, t, "java/lang/NullPointerException", None);
            }
            let path = vm.rust_string(a[0].r());
            match vm.platform.file_stat(&path) {
                Ok((kind, size, mtime)) => {
                    if let Body::Longs(o) = &mut vm.heap.get_mut(a[1].r()).body {
                        for (dst, src) in o.iter_mut().zip([kind as i64, size as i64, mtime]) {
                            *dst = src;
                        }
                    }
                    int(0)
                }
                Err(e) => int(-e),
            }
        },
        // String list0(String path, int[] err): names separated by NUL, or null
        "list0" => |vm, t, a| {
            if a[0].r() == NULL || a[1].r() == NULL {
                return throw(vm, t, "java/lang/NullPointerException", None);
            }
            let path = vm.rust_string(a[0].r());
            match vm.platform.dir_list(&path) {
                Ok(names) => {
                    let joined = names.join("\0");
                    reference(vm.new_string(&joined))
                }
                Err(e) => {
                    if let Body::Ints(o) = &mut vm.heap.get_mut(a[1].r()).body {
                        if let Some(x) = o.first_mut() {
                            *x = e;
                        }
                    }
                    reference(NULL)
                }
            }
        },
        "delete0" => |vm, t, a| {
            if a[0].r() == NULL {
                return throw(vm, t, "java/lang/NullPointerException", None);
            }
            let path = vm.rust_string(a[0].r());
            int(match vm.platform.file_delete(&path) {
                Ok(()) => 0,
                Err(e) => -e,
            })
        },
        "rename0" => |vm, t, a| {
            if a[0].r() == NULL || a[1].r() == NULL {
                return throw(vm, t, "java/lang/NullPointerException", None);
            }
            let (from, to) = (vm.rust_string(a[0].r()), vm.rust_string(a[1].r()));
            int(match vm.platform.file_rename(&from, &to) {
                Ok(()) => 0,
                Err(e) => -e,
            })
        },
        // long available0(int handle): bytes readable without waiting, or -errno
        "available0" => |vm, _, a| {
            ret(Value::Long(
                match vm.platform.file_available(a[0].i() as u32) {
                    Ok(n) => n.min(i64::MAX as u64) as i64,
                    Err(e) => -(e as i64),
                },
            ))
        },
        "flushConsole0" => |vm, _, _| {
            vm.platform.flush();
            void()
        },
        "cwd0" => |vm, _, _| {
            let d = vm.platform.current_dir().unwrap_or_else(|| "/".into());
            reference(vm.new_string(&d))
        },
        "mkdir0" => |vm, t, a| {
            if a[0].r() == NULL {
                return throw(vm, t, "java/lang/NullPointerException", None);
            }
            let path = vm.rust_string(a[0].r());
            int(match vm.platform.dir_create(&path) {
                Ok(()) => 0,
                Err(e) => -e,
            })
        },
        _ => return None,
    };
    Some(f)
}
// --- end io ---
// ---- java.util.concurrent (conc helper): LockSupport park/unpark.

/// `park0(long time, boolean absolute)`: relative nanos (< 0: no deadline,
/// 0: return at once) or an absolute epoch-millis deadline. Returns at once
/// if the permit is available (consuming it) or the thread is interrupted.
fn lock_support_park(vm: &mut Vm, t: &mut JThread, a: &[Value]) -> NRes {
    let nanos = a[0].l();
    let absolute_ms = a[1].i() != 0;
    if t.permit {
        t.permit = false;
        return void();
    }
    if vm.field(t.obj, vm.wk.thread_interrupted).i() != 0 {
        return void();
    }
    let now = vm.platform.nanos();
    let deadline = if absolute_ms {
        // Deadline in epoch milliseconds: convert through the wall clock.
        let left_ms = nanos.saturating_sub(vm.platform.millis());
        if left_ms <= 0 {
            return void();
        }
        Some(now.saturating_add(left_ms as u64 * 1_000_000))
    } else if nanos < 0 {
        None
    } else if nanos == 0 {
        return void();
    } else {
        Some(now.saturating_add(nanos as u64))
    };
    t.state = TState::Parked(deadline);
    NRes::Block
}

/// `unpark0(Thread)`: wakes the thread if parked, else leaves it a permit.
fn lock_support_unpark(vm: &mut Vm, t: &mut JThread, a: &[Value]) -> NRes {
    let obj = a[0].r();
    if obj == NULL {
        return void();
    }
    let id = vm.field(obj, vm.wk.thread_vmid).i();
    if id < 0 {
        return void();
    }
    if id as u32 == t.id {
        t.permit = true;
        return void();
    }
    if let Some(x) = vm.threads.iter_mut().find(|x| x.id == id as u32) {
        if let TState::Parked(_) = x.state {
            x.state = TState::Runnable;
        } else {
            x.permit = true;
        }
    }
    void()
}
// ---- end java.util.concurrent

/// Math.pow with Java's special cases where C's pow differs (pow(1, NaN) etc.).
#[cfg(feature = "math")]
fn java_pow(x: f64, y: f64) -> f64 {
    if y.is_nan() {
        return f64::NAN;
    }
    if x == 1.0 && y.is_infinite() {
        return f64::NAN;
    }
    // (math helper) HotSpot's pow intrinsic is correctly rounded for integral exponents where
    // fdlibm is often an ulp off: compute those exactly.
    exact_int_pow(x, y).unwrap_or_else(|| libm::pow(x, y))
}

fn object_clone(vm: &mut Vm, t: &mut JThread, a: &[Value]) -> NRes {
    let o = a[0].r();
    let c = vm.class_of(o);
    let cloneable = vm.load("java/lang/Cloneable").ok();
    let body = match &vm.heap.get(o).body {
        Body::Fields(f) => {
            if !cloneable.is_some_and(|cl| vm.is_subclass(c, cl)) {
                let n = dotted(&vm.classes[c as usize].name);
                return throw(vm, t, "java/lang/CloneNotSupportedException", Some(&n));
            }
            Body::Fields(f.clone())
        }
        Body::Bytes(x) => Body::Bytes(x.clone()),
        Body::Chars(x) => Body::Chars(x.clone()),
        Body::Shorts(x) => Body::Shorts(x.clone()),
        Body::Ints(x) => Body::Ints(x.clone()),
        Body::Longs(x) => Body::Longs(x.clone()),
        Body::Floats(x) => Body::Floats(x.clone()),
        Body::Doubles(x) => Body::Doubles(x.clone()),
        Body::Refs(x) => Body::Refs(x.clone()),
        Body::Free => return reference(NULL),
    };
    reference(vm.heap.alloc(c, body))
}

fn notify(vm: &mut Vm, t: &mut JThread, o: Ref, all: bool) -> NRes {
    if vm.heap.get(o).lock_owner != t.id + 1 {
        return throw(
            vm,
            t,
            "java/lang/IllegalMonitorStateException",
            Some("current thread is not owner"),
        );
    }
    vm.notify(o, all);
    void()
}

fn take_interrupt(vm: &mut Vm, t: &JThread) -> bool {
    let f = vm.wk.thread_interrupted;
    if vm.field(t.obj, f).i() != 0 {
        vm.set_field(t.obj, f, Value::Int(0));
        return true;
    }
    false
}

fn object_wait(vm: &mut Vm, t: &mut JThread, a: &[Value]) -> NRes {
    let o = a[0].r();
    let ms = a[1].l();
    if vm.heap.get(o).lock_owner != t.id + 1 {
        return throw(
            vm,
            t,
            "java/lang/IllegalMonitorStateException",
            Some("current thread is not owner"),
        );
    }
    if take_interrupt(vm, t) {
        return throw(vm, t, "java/lang/InterruptedException", None);
    }
    let count = vm.heap.get(o).lock_count;
    let obj = vm.heap.get_mut(o);
    obj.lock_owner = 0;
    obj.lock_count = 0;
    let deadline = if ms > 0 {
        Some(vm.platform.nanos().saturating_add(ms as u64 * 1_000_000))
    } else {
        None
    };
    vm.wait_seq += 1;
    t.state = TState::Waiting {
        obj: o,
        deadline,
        count,
        seq: vm.wait_seq,
    };
    NRes::Block
}

fn thread_sleep(vm: &mut Vm, t: &mut JThread, a: &[Value]) -> NRes {
    if take_interrupt(vm, t) {
        return throw(
            vm,
            t,
            "java/lang/InterruptedException",
            Some("sleep interrupted"),
        );
    }
    let ms = a[0].l().max(0) as u64;
    t.state = TState::Sleeping(vm.platform.nanos().saturating_add(ms * 1_000_000));
    NRes::Block
}

fn thread_interrupt(vm: &mut Vm, _t: &mut JThread, a: &[Value]) -> NRes {
    let obj = a[0].r();
    let id = vm.field(obj, vm.wk.thread_vmid).i();
    if id < 0 {
        return void();
    }
    let Some(i) = vm.threads.iter().position(|x| x.id == id as u32) else {
        return void();
    };
    let (msg, next) = match vm.threads[i].state {
        TState::Sleeping(_) => (Some("sleep interrupted"), TState::Runnable),
        TState::Waiting { obj, count, .. } => (None, TState::Reacquire { obj, count }),
        // LockSupport.park returns on interrupt; the flag stays set.
        TState::Parked(_) => {
            vm.threads[i].state = TState::Runnable;
            return void();
        }
        _ => return void(),
    };
    let mut target = core::mem::replace(&mut vm.threads[i], JThread::placeholder());
    // The exception's trace belongs to the interrupted thread's sleep/wait call.
    let e = vm.make_exception(&target, "java/lang/InterruptedException", msg);
    target.pending = e;
    target.state = next;
    vm.set_field(obj, vm.wk.thread_interrupted, Value::Int(0));
    vm.threads[i] = target;
    void()
}

fn simple_name(vm: &Vm, c: u32) -> String {
    let cl = &vm.classes[c as usize];
    match cl.kind {
        ClassKind::Array { component, .. } => return simple_name(vm, component) + "[]",
        ClassKind::Primitive(_) => return cl.name.to_string(),
        ClassKind::Normal => {}
    }
    if let Some(cf) = &cl.cf {
        for ic in &cf.inner_classes {
            if cf
                .class_name(ic.inner)
                .map(|n| **n == *cl.name)
                .unwrap_or(false)
            {
                return if ic.name == 0 {
                    String::new()
                } else {
                    cf.utf8(ic.name).map(|s| s.to_string()).unwrap_or_default()
                };
            }
        }
    }
    let n = &cl.name;
    n.rsplit('/').next().unwrap_or(n).to_string()
}

/// Java bytes as the platform's bytes (no copy).
pub(crate) fn as_u8(b: &[i8]) -> &[u8] {
    // SAFETY: i8 and u8 have the same size, alignment and valid bit patterns;
    // the result borrows `b`, so it lives no longer than the array's body.
    unsafe { core::slice::from_raw_parts(b.as_ptr() as *const u8, b.len()) }
}

/// Java bytes as the platform's bytes, writable (no copy).
pub(crate) fn as_u8_mut(b: &mut [i8]) -> &mut [u8] {
    // SAFETY: as in `as_u8`; the mutable borrow of `b` moves to the result.
    unsafe { core::slice::from_raw_parts_mut(b.as_mut_ptr() as *mut u8, b.len()) }
}

/// `int serve0(int[] handles, byte[] buf, int reply, byte[] peer)`, one step
/// of `mote.net.Udp.listen`: when `reply >= 0`, sends `buf[..reply]` to the
/// sender in `peer` (4 address bytes, 2 port bytes) from `handles[peer[6]]`,
/// a failure's errno going to `peer[7]`; then receives the next datagram on
/// any of `handles` straight into `buf`, its sender and handle index into
/// `peer[..7]`. The result is the length, or -errno. Nothing is allocated:
/// the datagram moves between the socket and the Java array directly.
#[cfg(feature = "udp")]
fn udp_serve(vm: &mut Vm, t: &mut JThread, a: &[Value]) -> NRes {
    let (hs, buf, reply, peer) = (a[0].r(), a[1].r(), a[2].i(), a[3].r());
    if hs == NULL || buf == NULL || peer == NULL {
        return throw(vm, t, "java/lang/NullPointerException", None);
    }
    let Vm { platform, heap, .. } = vm;
    let mut p = [0u8; 8];
    match &heap.get(peer).body {
        Body::Bytes(f) if f.len() >= 8 => {
            for (d, &s) in p.iter_mut().zip(f.iter()) {
                *d = s as u8;
            }
        }
        _ => return int(-22),
    }
    // the handles, on the stack when there are few (the usual case)
    let mut few = [0u32; 8];
    let many: Vec<u32>;
    let handles: &[u32] = match &heap.get(hs).body {
        Body::Ints(v) if v.len() <= few.len() => {
            for (d, &s) in few.iter_mut().zip(v.iter()) {
                *d = s as u32;
            }
            &few[..v.len()]
        }
        Body::Ints(v) => {
            many = v.iter().map(|&h| h as u32).collect();
            &many
        }
        _ => return int(-22),
    };
    if reply >= 0 {
        let sent = match (&heap.get(buf).body, handles.get(p[6] as usize)) {
            (Body::Bytes(b), Some(&h)) => match b.get(..reply as usize) {
                Some(data) => platform
                    .udp_send(
                        h,
                        as_u8(data),
                        [p[0], p[1], p[2], p[3]],
                        u16::from_be_bytes([p[4], p[5]]),
                    )
                    .map(|_| ()),
                None => Err(22),
            },
            _ => Err(22),
        };
        if let Err(e) = sent {
            p[7] = e.clamp(1, 255) as u8;
        }
    }
    let got = match &mut heap.get_mut(buf).body {
        Body::Bytes(b) => platform.udp_recv(handles, as_u8_mut(b)),
        _ => Err(22),
    };
    let r = match got {
        Ok((which, n, addr, port)) => {
            let port = port.to_be_bytes();
            p[..7].copy_from_slice(&[
                addr[0],
                addr[1],
                addr[2],
                addr[3],
                port[0],
                port[1],
                which as u8,
            ]);
            n as i32
        }
        Err(e) => -e,
    };
    if let Body::Bytes(f) = &mut heap.get_mut(peer).body {
        for (d, &s) in f.iter_mut().zip(p.iter()) {
            *d = s as i8;
        }
    }
    int(r)
}

fn arraycopy(vm: &mut Vm, t: &mut JThread, a: &[Value]) -> NRes {
    let (src, sp, dst, dp, len) = (a[0].r(), a[1].i(), a[2].r(), a[3].i(), a[4].i());
    if src == NULL || dst == NULL {
        return throw(vm, t, "java/lang/NullPointerException", None);
    }
    let sc = vm.class_of(src);
    let dc = vm.class_of(dst);
    let (
        ClassKind::Array {
            elem: se,
            component: scomp,
        },
        ClassKind::Array {
            elem: de,
            component: dcomp,
        },
    ) = (vm.classes[sc as usize].kind, vm.classes[dc as usize].kind)
    else {
        let which = if !vm.classes[sc as usize].is_array() {
            "source"
        } else {
            "destination"
        };
        let n = dotted(&vm.classes[if which == "source" { sc } else { dc } as usize].name);
        return throw(
            vm,
            t,
            "java/lang/ArrayStoreException",
            Some(&format!("arraycopy: {which} type {n} is not an array")),
        );
    };
    let tname = |vm: &Vm, k: Kind, c: u32| -> String {
        if k == Kind::Ref {
            "object array".to_string()
        } else {
            format!("{}", vm.classes[c as usize].name)
        }
    };
    if se != de
        && !(matches!(se, Kind::Boolean | Kind::Byte)
            && matches!(de, Kind::Boolean | Kind::Byte)
            && se == de)
    {
        let msg = format!(
            "arraycopy: type mismatch: can not copy {}[] into {}[]",
            if se == Kind::Ref {
                "object array".to_string()
            } else {
                vm.classes[scomp as usize].name.to_string()
            },
            if de == Kind::Ref {
                "object array".to_string()
            } else {
                vm.classes[dcomp as usize].name.to_string()
            }
        );
        return throw(vm, t, "java/lang/ArrayStoreException", Some(&msg));
    }
    let slen = vm.heap.get(src).body.array_len().unwrap_or(0) as i64;
    let dlen = vm.heap.get(dst).body.array_len().unwrap_or(0) as i64;
    let oob = |what: String| Some(what);
    let err = if len < 0 {
        oob(format!("arraycopy: length {len} is negative"))
    } else if sp < 0 {
        oob(format!(
            "arraycopy: source index {sp} out of bounds for {}[{slen}]",
            tname(vm, se, scomp)
        ))
    } else if dp < 0 {
        oob(format!(
            "arraycopy: destination index {dp} out of bounds for {}[{dlen}]",
            tname(vm, de, dcomp)
        ))
    } else if sp as i64 + len as i64 > slen {
        oob(format!(
            "arraycopy: last source index {} out of bounds for {}[{slen}]",
            sp as i64 + len as i64,
            tname(vm, se, scomp)
        ))
    } else if dp as i64 + len as i64 > dlen {
        oob(format!(
            "arraycopy: last destination index {} out of bounds for {}[{dlen}]",
            dp as i64 + len as i64,
            tname(vm, de, dcomp)
        ))
    } else {
        None
    };
    if let Some(m) = err {
        return throw(vm, t, "java/lang/ArrayIndexOutOfBoundsException", Some(&m));
    }
    let (sp, dp, len) = (sp as usize, dp as usize, len as usize);
    // Copies without a buffer in between: within one array (overlap allowed,
    // as if through a temporary copy) or between two.
    macro_rules! copy {
        ($v:ident, $n:expr) => {{
            let n = $n;
            if src == dst {
                if let Body::$v(d) = &mut vm.heap.get_mut(dst).body {
                    d.copy_within(sp..sp + n, dp);
                }
            } else if let (Body::$v(s), Body::$v(d)) = {
                let (s, d) = vm.heap.pair_mut(src, dst);
                (&s.body, &mut d.body)
            } {
                d[dp..dp + n].copy_from_slice(&s[sp..sp + n]);
            }
        }};
    }
    match se {
        Kind::Boolean | Kind::Byte => copy!(Bytes, len),
        Kind::Char => copy!(Chars, len),
        Kind::Short => copy!(Shorts, len),
        Kind::Int => copy!(Ints, len),
        Kind::Long => copy!(Longs, len),
        Kind::Float => copy!(Floats, len),
        Kind::Double => copy!(Doubles, len),
        _ => {
            // Element-wise store check unless the component types make it
            // unnecessary: copy up to the first element that does not fit.
            let mut n = len;
            let mut bad = NULL;
            if !vm.is_subclass(scomp, dcomp) {
                if let Body::Refs(s) = &vm.heap.get(src).body {
                    for (i, &r) in s[sp..sp + len].iter().enumerate() {
                        if r != NULL && !vm.is_subclass(vm.class_of(r), dcomp) {
                            n = i;
                            bad = r;
                            break;
                        }
                    }
                }
            }
            copy!(Refs, n);
            if bad != NULL {
                let msg = format!(
                    "arraycopy: element type mismatch: can not cast one of the elements of {}[] to the type of the destination array, {}",
                    dotted(&vm.classes[scomp as usize].name),
                    dotted(&vm.classes[dcomp as usize].name)
                );
                return throw(vm, t, "java/lang/ArrayStoreException", Some(&msg));
            }
        }
    }
    void()
}

fn build_stack_trace(vm: &mut Vm, t: &mut JThread, a: &[Value]) -> NRes {
    let e = a[0].r();
    let bt = vm.field(e, vm.wk.thr_backtrace).r();
    let pairs: Vec<i32> = match &vm.heap.get(bt).body {
        Body::Ints(v) => v.to_vec(),
        _ => Vec::new(),
    };
    let ste = match vm.load("java/lang/StackTraceElement") {
        Ok(c) => c,
        Err(_) => {
            return throw(
                vm,
                t,
                "java/lang/NoClassDefFoundError",
                Some("java/lang/StackTraceElement"),
            )
        }
    };
    let arr_c = vm.array_of(ste);
    let n = pairs.len() / 2;
    let arr = vm.new_array(arr_c, n);
    let slot = |vm: &Vm, name: &str| vm.find_field(ste, name).map(|x| x.1).unwrap_or(0);
    let (s_mod, s_cls, s_meth, s_file, s_line) = (
        slot(vm, "moduleName"),
        slot(vm, "declaringClass"),
        slot(vm, "methodName"),
        slot(vm, "fileName"),
        slot(vm, "lineNumber"),
    );
    for i in 0..n {
        let (m, pc) = (pairs[2 * i] as u32, pairs[2 * i + 1] as u32);
        let meth = &vm.methods[m as usize];
        let c = meth.class;
        let mname = meth.name.clone();
        let is_native = meth.native.is_some();
        let cname = dotted(&vm.classes[c as usize].name);
        let file = vm.classes[c as usize]
            .cf
            .as_ref()
            .and_then(|cf| cf.source_file.clone());
        let line = if is_native { -2 } else { vm.line_of(m, pc) };
        let boot = vm.is_boot(c);
        let o = vm.new_object(ste);
        if boot {
            let s = vm.intern_str("java.base");
            vm.set_field(o, s_mod, Value::Ref(s));
        }
        let s = vm.new_string(&cname);
        vm.set_field(o, s_cls, Value::Ref(s));
        let s = vm.intern_str(&mname);
        vm.set_field(o, s_meth, Value::Ref(s));
        if let Some(f) = file {
            let s = vm.intern_str(&f);
            vm.set_field(o, s_file, Value::Ref(s));
        }
        vm.set_field(o, s_line, Value::Int(line));
        if let Body::Refs(r) = &mut vm.heap.get_mut(arr).body {
            r[i] = o;
        }
    }
    reference(arr)
}

// ------------------------------------------------------------------ decimal text to binary
// (Float/Double.toString are Java: DoubleDigits. Parsing is here, on the big
// integers below, so that core's float parsing and formatting, with their
// tables, stay out of images.)

/// Decimal text as `Double.parse` passes it (digits with an optional point,
/// an optional exponent; no sign, no suffix) to the nearest double, or the
/// nearest float when `as_float` (rounded once, ties to even); NaN when the
/// text is not of that form. Exact: short values take the classic fast path
/// (an exact integer times an exact power of ten, one rounding), the others
/// big integer arithmetic.
#[cfg(feature = "double_parse")]
fn parse_double(s: &str, as_float: bool) -> f64 {
    let (mant, exp) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let all_digits = |t: &str| t.bytes().all(|c| c.is_ascii_digit());
    // value = digits * 10^e10
    let mut e10: i64 = 0;
    if let Some(x) = exp {
        let d = x.strip_prefix(['+', '-']).unwrap_or(x);
        if d.is_empty() || !all_digits(d) {
            return f64::NAN;
        }
        for c in d.bytes() {
            e10 = (e10 * 10 + (c - b'0') as i64).min(1 << 40);
        }
        if x.starts_with('-') {
            e10 = -e10;
        }
    }
    let (int, frac) = mant.split_once('.').unwrap_or((mant, ""));
    if int.len() + frac.len() == 0 || !all_digits(int) || !all_digits(frac) {
        return f64::NAN;
    }
    e10 -= frac.len() as i64;
    let all: Vec<u8> = int
        .bytes()
        .chain(frac.bytes())
        .skip_while(|&c| c == b'0')
        .collect();
    let mut digits = &all[..];
    while let [rest @ .., b'0'] = digits {
        digits = rest;
        e10 += 1;
    }
    if digits.is_empty() {
        return 0.0;
    }
    // value in [10^(top-1), 10^top)
    let top = digits.len() as i64 + e10;
    if top - 1 > if as_float { 38 } else { 308 } {
        return f64::INFINITY;
    }
    if top < if as_float { -46 } else { -324 } {
        return 0.0; // below half the smallest subnormal
    }
    let n = digits.len();
    let small = |limit: usize| -> u64 {
        let mut v = 0u64;
        for &c in &digits[..n.min(limit)] {
            v = v * 10 + (c - b'0') as u64;
        }
        v
    };
    let pow10 = |k: u64| (0..k).fold(1.0f64, |p, _| p * 10.0);
    // Exactly representable integer and power of ten: one correctly rounded operation.
    if !as_float && n <= 15 && e10.abs() <= 22 {
        let (v, p) = (small(15) as f64, pow10(e10.unsigned_abs()));
        return if e10 < 0 { v / p } else { v * p };
    }
    if as_float && n <= 7 && e10.abs() <= 10 {
        let (v, p) = (small(7) as f32, pow10(e10.unsigned_abs()) as f32);
        return (if e10 < 0 { v / p } else { v * p }) as f64;
    }
    // Past 800 significant digits (no tie between two doubles needs more than
    // 767) the rest only matters as "a little more": one digit 1 stands for it.
    let mut m: Vec<u32> = Vec::new();
    let kept = if n > 800 { 800 } else { n };
    for chunk in digits[..kept].chunks(9) {
        let v = chunk.iter().fold(0u32, |v, &c| v * 10 + (c - b'0') as u32);
        mag_mul_add(&mut m, 10u32.pow(chunk.len() as u32), v);
    }
    if n > kept {
        mag_mul_add(&mut m, 10, 1);
        e10 += (n - kept) as i64 - 1;
    }
    let (p, bias) = if as_float { (24, 127) } else { (53, 1023) };
    let bits = if e10 >= 0 {
        mag_mul_pow10(&mut m, e10 as u32);
        round_to_float(&m, 0, false, p, bias)
    } else {
        // m / 10^-e10 = (m * 2^k / 10^-e10) * 2^-k, the quotient with >= 56 bits
        let mut den = alloc::vec![1u32];
        mag_mul_pow10(&mut den, (-e10) as u32);
        let k = (mag_bits(&den) + 56).saturating_sub(mag_bits(&m));
        let mut num = alloc::vec![0u32; (k / 32) as usize];
        let sh = (k % 32) as u32;
        let mut carry = 0u32;
        for &w in &m {
            num.push(if sh == 0 { w } else { (w << sh) | carry });
            carry = if sh == 0 { 0 } else { w >> (32 - sh) };
        }
        if carry != 0 {
            num.push(carry);
        }
        let (q, rest) = mag_div(&num, &den);
        round_to_float(&q, -(k as i64), rest, p, bias)
    };
    if as_float {
        f32::from_bits(bits as u32) as f64
    } else {
        f64::from_bits(bits)
    }
}

/// m = m * mul + add (m little-endian without high zero words).
#[cfg(feature = "double_parse")]
fn mag_mul_add(m: &mut Vec<u32>, mul: u32, add: u32) {
    let mut carry = add as u64;
    for w in m.iter_mut() {
        let v = *w as u64 * mul as u64 + carry;
        *w = v as u32;
        carry = v >> 32;
    }
    if carry != 0 {
        m.push(carry as u32);
    }
}

#[cfg(feature = "double_parse")]
fn mag_mul_pow10(m: &mut Vec<u32>, mut e: u32) {
    while e > 0 {
        let k = e.min(9);
        mag_mul_add(m, 10u32.pow(k), 0);
        e -= k;
    }
}

// ------------------------------------------------------------------ java.math (math helper)
// Inner loops of BigInteger on little-endian u32 magnitudes. The Java callers validate lengths;
// these re-check them and throw InternalError instead of panicking.

#[cfg(feature = "bignum")]
fn ints_of(vm: &Vm, r: Ref) -> Option<Vec<u32>> {
    if r == NULL {
        return None;
    }
    match &vm.heap.get(r).body {
        Body::Ints(v) => Some(v.iter().map(|&x| x as u32).collect()),
        _ => None,
    }
}

#[cfg(feature = "bignum")]
fn store_ints(vm: &mut Vm, r: Ref, words: &[u32]) -> bool {
    if r == NULL {
        return false;
    }
    match &mut vm.heap.get_mut(r).body {
        Body::Ints(v) if v.len() >= words.len() => {
            for (d, &w) in v.iter_mut().zip(words) {
                *d = w as i32;
            }
            true
        }
        _ => false,
    }
}

#[cfg(feature = "bignum")]
fn kernel_error(vm: &mut Vm, t: &JThread) -> NRes {
    throw(
        vm,
        t,
        "java/lang/InternalError",
        Some("BigInteger kernel: bad arguments"),
    )
}

/// Schoolbook product of little-endian magnitudes (length x.len + y.len).
#[cfg(any(feature = "bignum", feature = "math"))]
fn mag_mul(x: &[u32], y: &[u32]) -> Vec<u32> {
    let mut r = alloc::vec![0u32; x.len() + y.len()];
    for (j, &yj) in y.iter().enumerate() {
        if yj == 0 {
            continue;
        }
        let mut carry = 0u64;
        for (i, &xi) in x.iter().enumerate() {
            let p = xi as u64 * yj as u64 + r[i + j] as u64 + carry;
            r[i + j] = p as u32;
            carry = p >> 32;
        }
        r[j + x.len()] = carry as u32;
    }
    r
}

/// mulKernel(int[] a, int[] b, int[] r): r[0..a.len+b.len) = a * b.
#[cfg(feature = "bignum")]
fn big_mul(vm: &mut Vm, t: &mut JThread, a: &[Value]) -> NRes {
    let (Some(x), Some(y)) = (ints_of(vm, a[0].r()), ints_of(vm, a[1].r())) else {
        return kernel_error(vm, t);
    };
    let r = mag_mul(&x, &y);
    if !store_ints(vm, a[2].r(), &r) {
        return kernel_error(vm, t);
    }
    void()
}

/// divWordKernel(int[] a, int len, int d, int[] q): q = a[0..len) / d, returns the remainder.
#[cfg(feature = "bignum")]
fn big_div_word(vm: &mut Vm, t: &mut JThread, a: &[Value]) -> NRes {
    let Some(x) = ints_of(vm, a[0].r()) else {
        return kernel_error(vm, t);
    };
    let len = a[1].i();
    let d = a[2].i() as u32 as u64;
    if len < 0 || len as usize > x.len() || d == 0 {
        return kernel_error(vm, t);
    }
    let len = len as usize;
    let mut q = alloc::vec![0u32; len];
    let mut rem = 0u64;
    for i in (0..len).rev() {
        let cur = (rem << 32) | x[i] as u64;
        q[i] = (cur / d) as u32;
        rem = cur % d;
    }
    if !store_ints(vm, a[3].r(), &q) {
        return kernel_error(vm, t);
    }
    int(rem as u32 as i32)
}

/// Knuth's algorithm D on little-endian magnitudes: v.len >= 2 with a non-zero top word and
/// u.len >= v.len. Returns (quotient of u.len - v.len + 1 words, remainder of v.len words).
#[cfg(any(feature = "bignum", feature = "double_parse", feature = "math"))]
fn mag_divmod(u0: &[u32], v0: &[u32]) -> (Vec<u32>, Vec<u32>) {
    let n = v0.len();
    let m = u0.len() - n;
    let s = v0[n - 1].leading_zeros();
    let shl = |w: &[u32], extra: bool| -> Vec<u32> {
        let mut out = alloc::vec![0u32; w.len() + extra as usize];
        let mut carry = 0u32;
        for (i, &x) in w.iter().enumerate() {
            out[i] = if s == 0 { x } else { (x << s) | carry };
            carry = if s == 0 { 0 } else { x >> (32 - s) };
        }
        if extra {
            out[w.len()] = carry;
        }
        out
    };
    let v = shl(v0, false);
    let mut u = shl(u0, true);
    let mut q = alloc::vec![0u32; m + 1];
    let v_top = v[n - 1] as u64;
    let v_next = v[n - 2] as u64;
    for j in (0..=m).rev() {
        let num = ((u[j + n] as u64) << 32) | u[j + n - 1] as u64;
        let mut qhat = num / v_top;
        let mut rhat = num % v_top;
        while qhat > 0xffff_ffff || qhat * v_next > ((rhat << 32) | u[j + n - 2] as u64) {
            qhat -= 1;
            rhat += v_top;
            if rhat > 0xffff_ffff {
                break;
            }
        }
        let mut borrow = 0i64;
        let mut carry = 0u64;
        for i in 0..n {
            let p = qhat * v[i] as u64 + carry;
            carry = p >> 32;
            let tt = u[i + j] as i64 - (p & 0xffff_ffff) as i64 - borrow;
            u[i + j] = tt as u32;
            borrow = if tt < 0 { 1 } else { 0 };
        }
        let tt = u[j + n] as i64 - carry as i64 - borrow;
        u[j + n] = tt as u32;
        if tt < 0 {
            qhat -= 1;
            let mut c = 0u64;
            for i in 0..n {
                let sum = u[i + j] as u64 + v[i] as u64 + c;
                u[i + j] = sum as u32;
                c = sum >> 32;
            }
            u[j + n] = u[j + n].wrapping_add(c as u32);
        }
        q[j] = qhat as u32;
    }
    let mut r = alloc::vec![0u32; n];
    for i in 0..n {
        r[i] = if s == 0 {
            u[i]
        } else {
            (u[i] >> s) | (u[i + 1] << (32 - s))
        };
    }
    (q, r)
}

/// divKernel(int[] a, int[] b, int[] q, int[] r): Knuth's algorithm D; b.len >= 2 with a non-zero top
/// word, a.len >= b.len, q.len >= a.len - b.len + 1, r.len >= b.len.
#[cfg(feature = "bignum")]
fn big_div(vm: &mut Vm, t: &mut JThread, a: &[Value]) -> NRes {
    let (Some(u0), Some(v0)) = (ints_of(vm, a[0].r()), ints_of(vm, a[1].r())) else {
        return kernel_error(vm, t);
    };
    let n = v0.len();
    if n < 2 || u0.len() < n || v0[n - 1] == 0 {
        return kernel_error(vm, t);
    }
    let (q, r) = mag_divmod(&u0, &v0);
    if !store_ints(vm, a[2].r(), &q) || !store_ints(vm, a[3].r(), &r) {
        return kernel_error(vm, t);
    }
    void()
}

#[cfg(any(feature = "double_parse", feature = "math"))]
fn mag_bits(x: &[u32]) -> u64 {
    match x.iter().rposition(|&w| w != 0) {
        Some(i) => 32 * i as u64 + 32 - x[i].leading_zeros() as u64,
        None => 0,
    }
}

#[cfg(any(feature = "double_parse", feature = "math"))]
fn mag_bit(x: &[u32], i: u64) -> bool {
    let w = (i / 32) as usize;
    w < x.len() && (x[w] >> (i % 32)) & 1 != 0
}

/// Correctly rounded (ties to even) value of m * 2^exp2, plus a little more when `sticky`.
#[cfg(feature = "math")]
fn round_to_f64(m: &[u32], exp2: i64, sticky: bool) -> f64 {
    f64::from_bits(round_to_float(m, exp2, sticky, 53, 1023))
}

/// The bits of the binary float with `p` significant bits and exponent bias
/// `bias` (53, 1023: double; 24, 127: float) nearest to m * 2^exp2 (plus a
/// little more when `sticky`), ties to even; subnormals and infinity included.
#[cfg(any(feature = "double_parse", feature = "math"))]
fn round_to_float(m: &[u32], exp2: i64, sticky: bool, p: i64, bias: i64) -> u64 {
    let len = mag_bits(m) as i64;
    if len == 0 {
        return 0;
    }
    // keep p bits, or fewer so that the lowest kept bit is at least the smallest subnormal
    let shift = core::cmp::max(len - p, 2 - bias - p - exp2);
    let mut top: u64 = 0;
    if shift > 0 {
        if shift > len + 1 {
            return 0;
        }
        for i in (shift..len).rev() {
            top = (top << 1) | mag_bit(m, i as u64) as u64;
        }
        let half = mag_bit(m, shift as u64 - 1);
        let mut rest = sticky;
        for i in 0..shift - 1 {
            if rest {
                break;
            }
            rest = mag_bit(m, i as u64);
        }
        if half && (rest || top & 1 == 1) {
            top += 1;
        }
    } else {
        for i in (0..len).rev() {
            top = (top << 1) | mag_bit(m, i as u64) as u64;
        }
        top <<= -shift;
    }
    let mut e = exp2 + shift;
    if top == 1 << p {
        top >>= 1;
        e += 1;
    }
    if top < 1 << (p - 1) {
        return top;
    }
    let field = (e + p - 1 + bias).min(2 * bias + 1);
    let frac = if field > 2 * bias {
        0
    } else {
        top - (1 << (p - 1))
    };
    ((field as u64) << (p - 1)) | frac
}

/// Quotient of u / v (v without high zero words, u at least as long) and
/// whether a remainder is left.
#[cfg(any(feature = "double_parse", feature = "math"))]
fn mag_div(u: &[u32], v: &[u32]) -> (Vec<u32>, bool) {
    if v.len() == 1 {
        let d = v[0] as u64;
        let mut q = alloc::vec![0u32; u.len()];
        let mut r = 0u64;
        for i in (0..u.len()).rev() {
            let cur = (r << 32) | u[i] as u64;
            q[i] = (cur / d) as u32;
            r = cur % d;
        }
        (q, r != 0)
    } else {
        let (q, r) = mag_divmod(u, v);
        (q, r.iter().any(|&w| w != 0))
    }
}

/// x^y exactly rounded when y is an integer of modest size and x finite and non-zero.
#[cfg(feature = "math")]
fn exact_int_pow(x: f64, y: f64) -> Option<f64> {
    if !x.is_finite()
        || x == 0.0
        || !y.is_finite()
        || y != libm::trunc(y)
        || y.abs() > 2048.0
        || y == 0.0
    {
        return None;
    }
    let n = y.abs() as u64;
    let bits = x.abs().to_bits();
    let (mut mant, mut e) = if (bits >> 52) == 0 {
        (bits, -1074i64)
    } else {
        (
            (bits & ((1 << 52) - 1)) | (1 << 52),
            ((bits >> 52) as i64) - 1075,
        )
    };
    let tz = mant.trailing_zeros();
    mant >>= tz;
    e += tz as i64;
    // |x|^n = mant^n * 2^(e*n); bail out when that cannot be a finite non-zero double anyway
    let mant_bits = 64 - mant.leading_zeros() as i64;
    let approx = (mant_bits - 1 + e) as f64 * n as f64;
    if !(-1300.0..=1300.0).contains(&approx) || mant_bits as u64 * n > 120_000 {
        return None;
    }
    let base: Vec<u32> = alloc::vec![mant as u32, (mant >> 32) as u32];
    let mut acc: Vec<u32> = alloc::vec![1];
    let mut sq = base;
    let mut k = n;
    while k > 0 {
        if k & 1 == 1 {
            acc = mag_mul(&acc, &sq);
        }
        k >>= 1;
        if k > 0 {
            sq = mag_mul(&sq, &sq);
        }
    }
    while acc.len() > 1 && *acc.last().unwrap() == 0 {
        acc.pop();
    }
    let en = e * n as i64;
    let neg = x < 0.0 && n % 2 == 1;
    let r = if y > 0.0 {
        round_to_f64(&acc, en, false)
    } else {
        // 2^-en / acc = (2^K / acc) * 2^(-K - en), with 2^K / acc holding at least 55 bits
        let k_bits = mag_bits(&acc) + 56;
        let words = (k_bits / 32) as usize;
        let mut num = alloc::vec![0u32; words + 1];
        num[words] = 1 << (k_bits % 32);
        let (q, sticky) = mag_div(&num, &acc);
        round_to_f64(&q, -(k_bits as i64) - en, sticky)
    };
    Some(if neg { -r } else { r })
}

#[cfg(all(test, feature = "double_parse"))]
mod tests {
    use super::*;

    /// parse_double against core's correctly rounded parser (which images no
    /// longer link): edge cases, then pseudo-random texts of every length and scale.
    #[test]
    fn parse_double_rounds_like_core() {
        let check = |t: &str| {
            let want = t.parse::<f64>().unwrap();
            let got = parse_double(t, false);
            assert_eq!(
                got.to_bits(),
                want.to_bits(),
                "double {t}: {got:e} vs {want:e}"
            );
            let want = t.parse::<f32>().unwrap();
            let got = parse_double(t, true) as f32;
            assert_eq!(
                got.to_bits(),
                want.to_bits(),
                "float {t}: {got:e} vs {want:e}"
            );
        };
        for t in [
            "0",
            "0.0",
            "000",
            "1",
            "1.",
            ".5",
            "0.1",
            "1e0",
            "1E+2",
            "1e-2",
            "123.456e7",
            "9007199254740993",
            "9007199254740992.5",
            "2.2250738585072011e-308",
            "2.2250738585072014e-308",
            "4.9e-324",
            "2.4703282292062327e-324",
            "2.4703282292062328e-324",
            "1.7976931348623157e308",
            "1.7976931348623158e308",
            "1.7976931348623159e308",
            "1e309",
            "1e-400",
            "3.4028235e38",
            "3.4028236e38",
            "1.4e-45",
            "7.006492321624085e-46",
            "7.006492321624086e-46",
            "1e-46",
            "16777217",
            "16777216.5",
            "0.30000000000000004",
            "1e23",
            "8.41e21",
            "123456789012345678901234567890",
            "1e99999999999999999999",
            "0e99999999",
            "0.000000000000000000000000000000000000000000000000000001",
        ] {
            check(t);
        }
        // an exact tie, then one unit more far past the 800th digit
        let mut tie = String::from("9007199254740993");
        tie.push_str(&"0".repeat(900));
        check(&tie);
        tie.push('1');
        check(&tie);
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = |n: u64| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x % n
        };
        for _ in 0..20000 {
            let long = next(4) == 0;
            let len = 1 + next(if long { 40 } else { 20 }) as usize;
            let mut t: String = (0..len).map(|_| (b'0' + next(10) as u8) as char).collect();
            if next(2) == 0 {
                t.insert(next(len as u64 + 1) as usize, '.');
            }
            let e = next(700) as i64 - 350;
            t.push_str(&format!("e{e}"));
            check(&t);
        }
        // Exact halfway points between neighbouring doubles (up to 767
        // significant digits), and the texts just below and above them.
        let exact = |mant: u64, e2: i64| -> String {
            // mant * 2^e2 = mant * 5^-e2 / 10^-e2 (e2 < 0)
            let mut m = alloc::vec![mant as u32, (mant >> 32) as u32];
            while m.last() == Some(&0) {
                m.pop();
            }
            for _ in 0..-e2 {
                mag_mul_add(&mut m, 5, 0);
            }
            let mut dec = Vec::new();
            while !m.is_empty() {
                let mut r = 0u64;
                for w in m.iter_mut().rev() {
                    let cur = (r << 32) | *w as u64;
                    *w = (cur / 10) as u32;
                    r = cur % 10;
                }
                dec.push(b'0' + r as u8);
                while m.last() == Some(&0) {
                    m.pop();
                }
            }
            dec.reverse();
            let t = String::from_utf8(dec).unwrap();
            format!("0.{t}e{}", t.len() as i64 + e2)
        };
        for _ in 0..300 {
            let (mant, e) = if next(2) == 0 {
                let bits = next(0x7fe0_0000_0000_0000) | 1;
                match bits >> 52 {
                    0 => (bits, -1074),
                    f => ((bits & ((1 << 52) - 1)) | (1 << 52), f as i64 - 1075),
                }
            } else {
                let bits = next(0x7f00_0000) | 1; // a float's
                match bits >> 23 {
                    0 => (bits, -149),
                    f => ((bits & ((1 << 23) - 1)) | (1 << 23), f as i64 - 150),
                }
            };
            if e >= 0 {
                continue;
            }
            let half = exact(2 * mant + 1, e - 1);
            let (mant_text, exp_text) = half.split_once('e').unwrap();
            assert!(mant_text.ends_with('5'), "{half}");
            check(&half);
            check(&format!("{mant_text}000000000001e{exp_text}"));
            let below = &mant_text[..mant_text.len() - 1];
            check(&format!("{below}4999999999999e{exp_text}"));
        }
        assert!(parse_double("1e", false).is_nan());
        assert!(parse_double("1.2.3", false).is_nan());
        assert!(parse_double("", false).is_nan());
        assert!(parse_double("x", true).is_nan());
    }
}
