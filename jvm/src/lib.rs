//! Mote's JVM core: class files, class loading and linking, a quickened
//! interpreter, objects and a precise GC, exceptions, green threads and
//! monitors, and invokedynamic served by the VM's own bootstraps.
//!
//! `no_std` + `alloc`: everything outside the VM goes through [`Platform`].
#![no_std]

extern crate alloc;

pub mod class;
pub mod classfile;
pub mod classpath;
pub mod descriptor;
pub mod exec;
pub mod heap;
pub mod indy;
pub mod interp;
pub mod natives;
pub mod net_natives;
pub mod npe;
pub mod platform;
pub mod profile;
pub mod thread;
pub mod value;
pub mod vm;
#[cfg(feature = "jar")]
pub mod zip;

pub use classfile::{ClassFile, ClassFormatError};
pub use platform::Platform;
pub use vm::{Options, Vm};

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use interp::Insn;
use value::Value;

/// What to run: class path (directories or jars), main class and arguments.
pub struct Launch<'a> {
    /// java.base first (boot entries), then the application's entries.
    pub boot_path: &'a [String],
    pub class_path: &'a [String],
    /// Main class, dotted or internal name; empty = Main-Class of the first jar's manifest.
    pub main_class: &'a str,
    pub args: &'a [String],
}

/// Runs a Java program to completion and returns its exit status.
pub fn run(platform: Box<dyn Platform>, launch: &Launch, opts: Options) -> i32 {
    run_with::<true>(platform, launch, opts)
}

/// [`run`] for a process that ends when the program does (an image): the
/// VM's memory is left for the end of the process instead of being freed
/// first, so the VM's drop code (~3.5 KB) is not linked.
pub fn run_to_exit(platform: Box<dyn Platform>, launch: &Launch, opts: Options) -> i32 {
    run_with::<false>(platform, launch, opts)
}

fn run_with<const FREE: bool>(platform: Box<dyn Platform>, launch: &Launch, opts: Options) -> i32 {
    let mut cp = classpath::ClassPath::default();
    for e in launch.boot_path {
        if let Err(m) = cp.add(&*platform, e) {
            platform.write(2, format!("Error: {m}\n").as_bytes());
            return 1;
        }
    }
    cp.boot = cp.entries.len();
    for e in launch.class_path {
        if let Err(m) = cp.add(&*platform, e) {
            platform.write(2, format!("Error: {m}\n").as_bytes());
            return 1;
        }
    }
    let mut vm = Vm::new(platform, cp, opts);
    let code = run_main(&mut vm, launch);
    if FREE && !vm.spawned_platform_threads {
        drop(vm);
    } else {
        // Daemon platform threads may still be parked inside the VM's
        // platform: leak the VM rather than free memory they reference.
        // (And a process about to end need not free it.)
        core::mem::forget(vm);
    }
    code
}

/// Bootstraps the VM, loads the main class and runs it with its threads.
fn run_main(vm: &mut Vm, launch: &Launch) -> i32 {
    let fail = |vm: &Vm, msg: String| {
        vm.platform.write(2, msg.as_bytes());
        vm.platform.flush();
        1
    };
    if let Err((c, m)) = vm.bootstrap() {
        return fail(
            vm,
            format!(
                "Error occurred during initialization of VM\n{}: {m}\n",
                natives::dotted(c)
            ),
        );
    }
    // No main class given: take Main-Class from the first jar's manifest.
    #[cfg_attr(not(feature = "jar"), allow(unused_mut))]
    let mut main_class = String::from(launch.main_class);
    #[cfg(feature = "jar")]
    if main_class.is_empty() {
        main_class = vm
            .classpath
            .entries
            .iter()
            .find_map(|e| match e {
                classpath::Entry::Jar(j) => j.manifest_main_class(),
                _ => None,
            })
            .unwrap_or_default();
    }
    if main_class.is_empty() {
        return fail(
            vm,
            String::from("Error: no main class given and no Main-Class in a jar manifest\n"),
        );
    }
    let main_name = main_class.replace('.', "/");
    let main = match vm.load(&main_name) {
        Ok(c) => c,
        Err((cls, msg)) => {
            let d = natives::dotted(&main_name);
            let text = if cls == "java/lang/NoClassDefFoundError" && msg == main_name {
                format!("Error: Could not find or load main class {d}\nCaused by: java.lang.ClassNotFoundException: {d}\n")
            } else {
                format!(
                    "Error: LinkageError occurred while loading main class {d}\n\t{}: {msg}\n",
                    natives::dotted(cls)
                )
            };
            return fail(vm, text);
        }
    };
    let Some(main_m) = vm
        .resolve_method(main, "main", "([Ljava/lang/String;)V")
        .filter(|&m| vm.methods[m as usize].is_static())
    else {
        let d = natives::dotted(&main_name);
        return fail(
            vm,
            format!("Error: Main method not found in class {d}, please define the main method as:\n   public static void main(String[] args)\nor a JavaFX application class must extend javafx.application.Application\n"),
        );
    };
    // Hidden launchers: main thread calls main(args); new threads call run().
    let obj = vm.wk.object;
    let launcher = indy::add_method(
        vm,
        obj,
        "<launch>",
        "([Ljava/lang/String;)V",
        0x0008,
        Vec::from([Insn::Load(0), Insn::InvokeStaticInit(main_m), Insn::Return]),
        1,
    );
    let run_m = vm.resolve_method(vm.wk.thread, "run", "()V").unwrap_or(0);
    let vindex = vm.methods[run_m as usize].vindex.unwrap_or(0);
    vm.thread_launcher = indy::add_method(
        vm,
        obj,
        "<thread>",
        "(Ljava/lang/Thread;)V",
        0x0008,
        Vec::from([
            Insn::Load(0),
            Insn::InvokeVirtualQ { vindex, argc: 1 },
            Insn::Return,
        ]),
        1,
    );
    // The main Thread object, filled in directly (no constructor runs before main).
    let th = vm.new_object(vm.wk.thread);
    let name = vm.intern_str("main");
    vm.set_field(th, vm.wk.thread_name, Value::Ref(name));
    vm.set_field(th, vm.wk.thread_priority, Value::Int(5));
    if let Some((_, slot, _)) = vm.find_field(vm.wk.thread, "tid") {
        vm.set_field(th, slot, Value::Long(1));
    }
    if let Some((_, slot, _)) = vm.find_field(vm.wk.thread, "started") {
        vm.set_field(th, slot, Value::Int(1));
    }
    let sa = vm.load("[Ljava/lang/String;").unwrap_or(0);
    let arr = vm.new_array(sa, launch.args.len());
    vm.pinned.push(arr);
    for (i, a) in launch.args.iter().enumerate() {
        let s = vm.new_string(a);
        if let heap::Body::Refs(r) = &mut vm.heap.get_mut(arr).body {
            r[i] = s;
        }
    }
    vm.spawn(th, launcher, &[Value::Ref(arr)]);
    vm.pinned.pop();
    let code = vm.run();
    if let Some(p) = &vm.profile {
        vm.platform.write(2, p.report(vm).as_bytes());
        vm.platform.flush();
    }
    code
}
