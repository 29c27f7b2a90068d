//! Natives of `java.net.Net` (area: net): thin, non-blocking wrappers over the
//! platform's sockets (see the `sock_*` methods of [`crate::Platform`]).

use crate::heap::Body;
use crate::natives::{as_u8, as_u8_mut, NRes, NativeFn};
use crate::thread::TState;
use crate::value::{Ref, Value, NULL};
use crate::vm::Vm;
use alloc::vec::Vec;

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
fn npe(vm: &mut Vm, t: &crate::thread::JThread) -> NRes {
    NRes::Throw(vm.make_exception(t, "java/lang/NullPointerException", None))
}

// `java.net.Net`: thin, non-blocking wrappers over the platform's sockets.
// Results are >= 0 on success and -errno on failure; addresses are IPv4 as
// big-endian ints. `await0` parks the Java thread until a socket is ready.

fn net_err(r: Result<(), i32>) -> NRes {
    int(match r {
        Ok(()) => 0,
        Err(e) => -e.abs(),
    })
}

fn ip_of(v: i32) -> [u8; 4] {
    (v as u32).to_be_bytes()
}

fn ip_int(a: [u8; 4]) -> i32 {
    u32::from_be_bytes(a) as i32
}

/// The range `off..off+len` of byte array `arr`, clamped to its length.
fn byte_range(vm: &Vm, arr: Ref, off: i32, len: i32) -> Option<(usize, usize)> {
    if arr == NULL {
        return None;
    }
    let n = vm.heap.get(arr).body.array_len().unwrap_or(0);
    let off = (off.max(0) as usize).min(n);
    let len = (len.max(0) as usize).min(n - off);
    Some((off, len))
}

/// Sends `arr[off..off+len]` (clamped) with `send`, straight from the Java array.
fn send_bytes<R>(
    vm: &Vm,
    arr: Ref,
    off: i32,
    len: i32,
    send: impl FnOnce(&dyn crate::Platform, &[u8]) -> R,
) -> Option<R> {
    let (off, len) = byte_range(vm, arr, off, len)?;
    match &vm.heap.get(arr).body {
        Body::Bytes(b) => Some(send(&*vm.platform, as_u8(&b[off..off + len]))),
        _ => None,
    }
}

/// Receives into `arr[off..off+len]` (clamped) with `recv`, straight into the
/// Java array; None if `arr` is null.
fn recv_bytes<R>(
    vm: &mut Vm,
    arr: Ref,
    off: i32,
    len: i32,
    recv: impl FnOnce(&dyn crate::Platform, &mut [u8]) -> R,
) -> Option<R> {
    let (off, len) = byte_range(vm, arr, off, len)?;
    let Vm { heap, platform, .. } = vm;
    match &mut heap.get_mut(arr).body {
        Body::Bytes(b) => Some(recv(&**platform, as_u8_mut(&mut b[off..off + len]))),
        _ => Some(recv(&**platform, &mut [])),
    }
}

fn set_ints(vm: &mut Vm, arr: Ref, vals: &[i32]) {
    if arr == NULL {
        return;
    }
    if let Body::Ints(b) = &mut vm.heap.get_mut(arr).body {
        for (d, &s) in b.iter_mut().zip(vals) {
            *d = s;
        }
    }
}

pub fn lookup(name: &str) -> Option<NativeFn> {
    let f: NativeFn = match name {
        "open0" => |vm, _, a| {
            int(match vm.platform.sock_open(a[0].i()) {
                Ok(h) => h as i32,
                Err(e) => -e.abs(),
            })
        },
        "bind0" => |vm, _, a| {
            let r = vm
                .platform
                .sock_bind(a[0].i() as u32, ip_of(a[1].i()), a[2].i() as u16);
            net_err(r)
        },
        "listen0" => |vm, _, a| net_err(vm.platform.sock_listen(a[0].i() as u32, a[1].i())),
        "accept0" => |vm, _, a| match vm.platform.sock_accept(a[0].i() as u32) {
            Ok((h, ip, port)) => {
                set_ints(vm, a[1].r(), &[ip_int(ip), port as i32]);
                int(h as i32)
            }
            Err(e) => int(-e.abs()),
        },
        "connect0" => |vm, _, a| {
            let r = vm
                .platform
                .sock_connect(a[0].i() as u32, ip_of(a[1].i()), a[2].i() as u16);
            net_err(r)
        },
        "connectResult0" => |vm, _, a| net_err(vm.platform.sock_connect_result(a[0].i() as u32)),
        "disconnect0" => |vm, _, a| net_err(vm.platform.sock_disconnect(a[0].i() as u32)),
        "send0" => |vm, t, a| {
            let h = a[0].i() as u32;
            let Some(r) = send_bytes(vm, a[1].r(), a[2].i(), a[3].i(), |p, d| p.sock_send(h, d))
            else {
                return npe(vm, t);
            };
            int(match r {
                Ok(n) => n as i32,
                Err(e) => -e.abs(),
            })
        },
        "recv0" => |vm, t, a| {
            let h = a[0].i() as u32;
            let got = recv_bytes(vm, a[1].r(), a[2].i(), a[3].i(), |p, buf| {
                p.sock_recv(h, buf).map(|n| n.min(buf.len()))
            });
            match got {
                None => npe(vm, t),
                Some(Ok(n)) => int(n as i32),
                Some(Err(e)) => int(-e.abs()),
            }
        },
        "sendTo0" => |vm, t, a| {
            let (h, ip, port) = (a[0].i() as u32, ip_of(a[4].i()), a[5].i() as u16);
            let Some(r) = send_bytes(vm, a[1].r(), a[2].i(), a[3].i(), |p, d| {
                p.sock_send_to(h, d, ip, port)
            }) else {
                return npe(vm, t);
            };
            int(match r {
                Ok(n) => n as i32,
                Err(e) => -e.abs(),
            })
        },
        "recvFrom0" => |vm, t, a| {
            let h = a[0].i() as u32;
            let got = recv_bytes(vm, a[1].r(), a[2].i(), a[3].i(), |p, buf| {
                p.sock_recv_from(h, buf)
                    .map(|(n, ip, port)| (n.min(buf.len()), ip, port))
            });
            match got {
                None => npe(vm, t),
                Some(Ok((n, ip, port))) => {
                    set_ints(vm, a[4].r(), &[ip_int(ip), port as i32]);
                    int(n as i32)
                }
                Some(Err(e)) => int(-e.abs()),
            }
        },
        "shutdown0" => |vm, _, a| net_err(vm.platform.sock_shutdown(a[0].i() as u32, a[1].i())),
        "close0" => |vm, _, a| {
            vm.platform.sock_close(a[0].i() as u32);
            void()
        },
        "addr0" => |vm, _, a| {
            ret(Value::Long(
                match vm.platform.sock_addr(a[0].i() as u32, a[1].i() != 0) {
                    Ok((ip, port)) => ((u32::from_be_bytes(ip) as i64) << 16) | port as i64,
                    Err(e) => -(e.abs() as i64),
                },
            ))
        },
        "setOpt0" => |vm, _, a| {
            net_err(
                vm.platform
                    .sock_set_opt(a[0].i() as u32, a[1].i(), a[2].i()),
            )
        },
        "getOpt0" => |vm, _, a| {
            ret(Value::Long(
                match vm.platform.sock_get_opt(a[0].i() as u32, a[1].i()) {
                    Ok(v) => v as i64,
                    Err(e) => i64::MIN + e.abs() as i64,
                },
            ))
        },
        "await0" => |_, t, a| {
            let d = a[2].l();
            t.state = TState::IoWait {
                handle: a[0].i() as u32,
                events: a[1].i() as u8,
                deadline: if d > 0 { Some(d as u64) } else { None },
            };
            NRes::Block
        },
        "resolve0" => |vm, _, a| {
            let name = vm.rust_string(a[0].r());
            match vm.platform.resolve_host(&name) {
                Ok(addrs) if !addrs.is_empty() => {
                    let arr = vm.new_array(vm.wk.int_array, addrs.len());
                    let v: Vec<i32> = addrs.into_iter().map(ip_int).collect();
                    set_ints(vm, arr, &v);
                    reference(arr)
                }
                _ => reference(NULL),
            }
        },
        _ => return None,
    };
    Some(f)
}
