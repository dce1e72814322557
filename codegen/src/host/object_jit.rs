//! Loading compiled object code into this process through LLVM's ORC LLJIT: machine code emitted now
//! or read from the kernel cache becomes callable addresses without running the code generator.

use std::ffi::{CStr, CString};
use std::ptr;

use llvm_sys::core::LLVMCreateMemoryBufferWithMemoryRangeCopy;
use llvm_sys::error::{LLVMDisposeErrorMessage, LLVMErrorRef, LLVMGetErrorMessage};
use llvm_sys::orc2::lljit::{
    LLVMOrcCreateLLJIT, LLVMOrcCreateLLJITBuilder, LLVMOrcDisposeLLJIT, LLVMOrcLLJITAddObjectFile,
    LLVMOrcLLJITGetGlobalPrefix, LLVMOrcLLJITGetMainJITDylib, LLVMOrcLLJITLookup, LLVMOrcLLJITRef,
};
use llvm_sys::orc2::{LLVMOrcCreateDynamicLibrarySearchGeneratorForProcess, LLVMOrcJITDylibAddGenerator};

use crate::error::{CodegenError, Result};

/// One relocatable object linked into this process; its function addresses stay valid while it lives.
pub struct ObjectJit {
    jit: LLVMOrcLLJITRef,
}

// SAFETY: after `load` the JIT is only asked for symbol addresses, which ORC's execution session
// serves under its own lock; the code it linked is plain machine code. It is disposed once, in `Drop`.
unsafe impl Send for ObjectJit {}
// SAFETY: as above: concurrent lookups are synchronized inside ORC.
unsafe impl Sync for ObjectJit {}

/// Turns an LLVM error into a [`CodegenError`] (consuming it), or `Ok` for no error.
fn check(err: LLVMErrorRef, stage: &str) -> Result<()> {
    if err.is_null() {
        return Ok(());
    }
    // SAFETY: `err` is a live error; getting its message consumes it, and the message is freed once.
    let message = unsafe {
        let raw = LLVMGetErrorMessage(err);
        let text = CStr::from_ptr(raw).to_string_lossy().into_owned();
        LLVMDisposeErrorMessage(raw);
        text
    };
    Err(CodegenError::llvm(stage, message))
}

impl ObjectJit {
    /// Links the object file `object` (for this CPU) into a fresh LLJIT whose unresolved symbols
    /// (`memset`, libm) resolve against this process. The native target must be initialized.
    pub fn load(object: &[u8]) -> Result<ObjectJit> {
        let mut jit = ptr::null_mut();
        // SAFETY: the builder is consumed by `LLVMOrcCreateLLJIT`; on success `jit` is owned by the
        // returned value (disposed in `Drop`), on failure nothing was created.
        check(unsafe { LLVMOrcCreateLLJIT(&mut jit, LLVMOrcCreateLLJITBuilder()) }, "creating the ORC JIT")?;
        let this = ObjectJit { jit };
        // SAFETY: `jit` is live; the generator and the buffer are handed to (and owned by) the JIT.
        unsafe {
            let dylib = LLVMOrcLLJITGetMainJITDylib(jit);
            let mut generator = ptr::null_mut();
            let prefix = LLVMOrcLLJITGetGlobalPrefix(jit);
            let made =
                LLVMOrcCreateDynamicLibrarySearchGeneratorForProcess(&mut generator, prefix, None, ptr::null_mut());
            check(made, "resolving the process's symbols")?;
            LLVMOrcJITDylibAddGenerator(dylib, generator);
            let name = c"syncbn_kernels";
            let buffer = LLVMCreateMemoryBufferWithMemoryRangeCopy(object.as_ptr().cast(), object.len(), name.as_ptr());
            check(LLVMOrcLLJITAddObjectFile(jit, dylib, buffer), "adding the kernel object")?;
        }
        Ok(this)
    }

    /// The address of the function `name` (linking the object on first use).
    pub fn address(&self, name: &str) -> Result<usize> {
        let stage = || format!("looking up `{name}` in the JIT");
        let symbol = CString::new(name).map_err(|e| CodegenError::llvm(&stage(), e))?;
        let mut addr = 0;
        // SAFETY: `self.jit` is live and `symbol` a NUL-terminated string.
        check(unsafe { LLVMOrcLLJITLookup(self.jit, &mut addr, symbol.as_ptr()) }, &stage())?;
        usize::try_from(addr).map_err(|e| CodegenError::llvm(&stage(), e))
    }
}

impl Drop for ObjectJit {
    fn drop(&mut self) {
        // SAFETY: disposed exactly once; a failure to tear down leaves nothing to recover.
        let _ = check(unsafe { LLVMOrcDisposeLLJIT(self.jit) }, "disposing the ORC JIT");
    }
}
