//! The PTX parser: module directives, `.entry` kernels with their parameters, register, shared and
//! local declarations, labels and instructions (as raw operands, decoded by [`crate::decode`]).

use std::collections::HashMap;

use crate::decode::{decode, Lit, Raw, Symbols};
use crate::error::{PtxError, Result};
use crate::instr::Inst;
use crate::kernel::{Kernel, ParamDecl};
use crate::lexer::{lex, Tok, Token};

struct Parser {
    toks: Vec<Token>,
    pos: usize,
}

/// One instruction before decoding.
struct RawInst {
    guard: Option<(String, bool)>,
    opcode: String,
    operands: Vec<Raw>,
    line: u32,
}

/// A kernel body before decoding: its declarations, labels and raw instructions.
#[derive(Default)]
struct Body {
    regs: HashMap<String, u32>,
    labels: HashMap<String, usize>,
    shared: HashMap<String, u64>,
    shared_bytes: u64,
    local: HashMap<String, u64>,
    local_bytes: u64,
    insts: Vec<RawInst>,
}

fn align_up(v: u64, a: u64) -> u64 {
    v.div_ceil(a.max(1)) * a.max(1)
}

impl Parser {
    fn line(&self) -> u32 {
        self.toks.get(self.pos).or(self.toks.last()).map_or(1, |t| t.line)
    }

    fn err<T>(&self, message: impl Into<String>) -> Result<T> {
        Err(PtxError::Parse { line: self.line(), message: message.into() })
    }

    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos).map(|t| &t.tok)
    }

    fn next(&mut self) -> Option<Tok> {
        let t = self.toks.get(self.pos).map(|t| t.tok.clone());
        self.pos += 1;
        t
    }

    fn is_punct(&self, c: char) -> bool {
        self.peek() == Some(&Tok::Punct(c))
    }

    fn eat_punct(&mut self, c: char) -> bool {
        let yes = self.is_punct(c);
        if yes {
            self.pos += 1;
        }
        yes
    }

    fn expect_punct(&mut self, c: char) -> Result<()> {
        if self.eat_punct(c) {
            Ok(())
        } else {
            self.err(format!("expected `{c}`, found {}", self.describe()))
        }
    }

    fn describe(&self) -> String {
        match self.peek() {
            Some(Tok::Word(w) | Tok::Num(w)) => format!("`{w}`"),
            Some(Tok::Punct(c)) => format!("`{c}`"),
            Some(Tok::Str(s)) => format!("\"{s}\""),
            None => "the end of the text".into(),
        }
    }

    fn word(&mut self) -> Result<String> {
        match self.peek() {
            Some(Tok::Word(w)) => {
                let w = w.clone();
                self.pos += 1;
                Ok(w)
            }
            _ => self.err(format!("expected a name, found {}", self.describe())),
        }
    }

    fn number(&mut self) -> Result<u64> {
        match self.peek() {
            Some(Tok::Num(n)) => {
                let n = n.clone();
                self.pos += 1;
                match Lit::parse(&n) {
                    Some(Lit::Int(v)) if v >= 0 => u64::try_from(v).or_else(|_| self.err("number too large")),
                    _ => self.err(format!("expected a non-negative integer, found `{n}`")),
                }
            }
            _ => self.err(format!("expected a number, found {}", self.describe())),
        }
    }

    /// Skips the rest of the current line (directives without `;` such as `.loc`).
    fn skip_line(&mut self, line: u32) {
        while self.toks.get(self.pos).is_some_and(|t| t.line == line) {
            self.pos += 1;
        }
    }

    fn skip_to_semicolon(&mut self) {
        while let Some(t) = self.next() {
            if t == Tok::Punct(';') {
                break;
            }
        }
    }

    fn module(&mut self) -> Result<Vec<Kernel>> {
        let mut kernels = Vec::new();
        let mut globals = Body::default();
        while let Some(tok) = self.peek().cloned() {
            let line = self.line();
            match tok {
                Tok::Word(w) if matches!(w.as_str(), ".version" | ".target" | ".address_size" | ".file" | ".loc") => {
                    self.skip_line(line)
                }
                Tok::Word(w) if w == ".visible" || w == ".weak" => self.pos += 1,
                Tok::Word(w) if w == ".entry" => {
                    self.pos += 1;
                    kernels.push(self.entry(&globals)?);
                }
                Tok::Word(w) if w == ".shared" => {
                    self.pos += 1;
                    let (name, size, align) = self.variable()?;
                    let at = align_up(globals.shared_bytes, align);
                    globals.shared.insert(name, at);
                    globals.shared_bytes = at + size;
                }
                Tok::Word(w) if w == ".func" || w == ".extern" || w == ".global" || w == ".const" => {
                    return self.err(format!("`{w}` declarations are not supported (only .entry kernels)"))
                }
                _ => return self.err(format!("expected a directive, found {}", self.describe())),
            }
        }
        Ok(kernels)
    }

    /// `.align N .b8 name[size];` or `.TYPE name[size];` / `.TYPE name;` after the state space.
    fn variable(&mut self) -> Result<(String, u64, u64)> {
        let mut align = 0;
        let mut elem = 0u64;
        loop {
            let w = self.word()?;
            match w.as_str() {
                ".align" => align = self.number()?,
                ".ptr" | ".global" | ".shared" | ".local" | ".const" => {}
                t if t.starts_with('.') => match crate::instr::Ty::parse(&t[1..]) {
                    Some(ty) => elem = u64::from(ty.bytes()),
                    None => return self.err(format!("unknown type `{t}`")),
                },
                _ => {
                    if elem == 0 {
                        return self.err(format!("variable `{w}` has no type"));
                    }
                    let mut size = elem;
                    if self.eat_punct('[') {
                        size = if self.is_punct(']') { 0 } else { elem * self.number()? };
                        self.expect_punct(']')?;
                    }
                    if !self.is_punct(',') && !self.is_punct(')') {
                        self.expect_punct(';')?;
                    }
                    return Ok((w, size, if align == 0 { elem } else { align }));
                }
            }
        }
    }

    fn entry(&mut self, globals: &Body) -> Result<Kernel> {
        let name = self.word()?;
        let mut params = Vec::new();
        let mut offset = 0u64;
        self.expect_punct('(')?;
        while !self.eat_punct(')') {
            if self.word()? != ".param" {
                return self.err("expected `.param`");
            }
            let (pname, size, align) = self.variable()?;
            offset = align_up(offset, align);
            params.push(ParamDecl { name: pname, offset: offset as u32, size: size as u32 });
            offset += size;
            self.eat_punct(',');
        }
        while let Some(Tok::Word(w)) = self.peek() {
            if !matches!(w.as_str(), ".maxntid" | ".reqntid" | ".minnctapersm" | ".maxnreg" | ".noreturn") {
                return self.err(format!("unknown kernel directive `{w}`"));
            }
            self.pos += 1;
            while matches!(self.peek(), Some(Tok::Num(_)) | Some(Tok::Punct(','))) {
                self.pos += 1;
            }
        }
        self.expect_punct('{')?;
        let mut body =
            Body { shared: globals.shared.clone(), shared_bytes: globals.shared_bytes, ..Default::default() };
        self.body(&mut body)?;
        let symbols = Symbols {
            regs: &body.regs,
            labels: &body.labels,
            params: params.iter().map(|p| (p.name.clone(), u64::from(p.offset))).collect(),
            shared: &body.shared,
            local: &body.local,
        };
        let insts = (body.insts.iter())
            .map(|r| {
                let guard = match &r.guard {
                    Some((reg, neg)) => Some((symbols.reg(reg, r.line)?, *neg)),
                    None => None,
                };
                let op = decode(&r.opcode, &r.operands, &symbols, r.line)?;
                Ok(Inst { guard, op, line: r.line })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(Kernel {
            name,
            params,
            param_bytes: offset as u32,
            shared_bytes: body.shared_bytes,
            local_bytes: body.local_bytes,
            regs: body.regs.len() as u32,
            insts,
        })
    }

    fn body(&mut self, body: &mut Body) -> Result<()> {
        let mut depth = 0;
        loop {
            let line = self.line();
            let Some(tok) = self.peek().cloned() else { return self.err("kernel body is not closed") };
            match tok {
                Tok::Punct('{') => {
                    self.pos += 1;
                    depth += 1;
                }
                Tok::Punct('}') => {
                    self.pos += 1;
                    if depth == 0 {
                        return Ok(());
                    }
                    depth -= 1;
                }
                Tok::Word(w) if w == ".reg" => {
                    self.pos += 1;
                    self.registers(body)?;
                }
                Tok::Word(w) if w == ".shared" || w == ".local" => {
                    self.pos += 1;
                    let (name, size, align) = self.variable()?;
                    let (map, used) = if w == ".shared" {
                        (&mut body.shared, &mut body.shared_bytes)
                    } else {
                        (&mut body.local, &mut body.local_bytes)
                    };
                    let at = align_up(*used, align);
                    map.insert(name, at);
                    *used = at + size;
                }
                Tok::Word(w) if w == ".loc" || w == ".pragma" => {
                    self.skip_line(line);
                    if self.is_punct(';') {
                        self.pos += 1;
                    }
                }
                Tok::Word(w) if self.toks.get(self.pos + 1).map(|t| &t.tok) == Some(&Tok::Punct(':')) => {
                    self.pos += 2;
                    body.labels.insert(w, body.insts.len());
                }
                Tok::Punct('@') | Tok::Word(_) => {
                    let inst = self.instruction()?;
                    body.insts.push(inst);
                }
                _ => return self.err(format!("expected an instruction, found {}", self.describe())),
            }
        }
    }

    /// `.TYPE %name<N>, %other;` after `.reg`.
    fn registers(&mut self, body: &mut Body) -> Result<()> {
        let ty = self.word()?;
        if !ty.starts_with('.') || crate::instr::Ty::parse(&ty[1..]).is_none() {
            return self.err(format!("unknown register type `{ty}`"));
        }
        loop {
            let name = self.word()?;
            if self.eat_punct('<') {
                let n = self.number()?;
                self.expect_punct('>')?;
                for i in 0..n {
                    let slot = body.regs.len() as u32;
                    body.regs.entry(format!("{name}{i}")).or_insert(slot);
                }
            } else {
                let slot = body.regs.len() as u32;
                body.regs.entry(name).or_insert(slot);
            }
            if !self.eat_punct(',') {
                break;
            }
        }
        self.expect_punct(';')
    }

    fn instruction(&mut self) -> Result<RawInst> {
        let line = self.line();
        let guard = if self.eat_punct('@') {
            let neg = self.eat_punct('!');
            Some((self.word()?, neg))
        } else {
            None
        };
        let opcode = self.word()?;
        let mut operands = Vec::new();
        if !self.eat_punct(';') {
            loop {
                operands.push(self.operand()?);
                if self.eat_punct(';') {
                    break;
                }
                if !self.eat_punct(',') {
                    let found = self.describe();
                    self.skip_to_semicolon();
                    return Err(PtxError::Parse { line, message: format!("expected `,` or `;`, found {found}") });
                }
            }
        }
        Ok(RawInst { guard, opcode, operands, line })
    }

    fn literal(&mut self, negative: bool) -> Result<Lit> {
        match self.next() {
            Some(Tok::Num(n)) => match Lit::parse(&n) {
                Some(l) if negative => Ok(l.negate()),
                Some(l) => Ok(l),
                None => self.err(format!("malformed number `{n}`")),
            },
            _ => self.err("expected a number"),
        }
    }

    fn operand(&mut self) -> Result<Raw> {
        match self.peek().cloned() {
            Some(Tok::Punct('!')) => {
                self.pos += 1;
                Ok(Raw::Not(Box::new(self.operand()?)))
            }
            Some(Tok::Punct('-')) => {
                self.pos += 1;
                Ok(Raw::Lit(self.literal(true)?))
            }
            Some(Tok::Num(_)) => Ok(Raw::Lit(self.literal(false)?)),
            Some(Tok::Word(w)) => {
                self.pos += 1;
                if self.eat_punct('|') {
                    return Ok(Raw::Pair(w, self.word()?));
                }
                Ok(if w.starts_with('%') { Raw::Reg(w) } else { Raw::Sym(w) })
            }
            Some(Tok::Punct('[')) => {
                self.pos += 1;
                let base = match self.peek().cloned() {
                    Some(Tok::Word(w)) => {
                        self.pos += 1;
                        Some(w)
                    }
                    _ => None,
                };
                let mut offset = 0i64;
                if base.is_none() || self.is_punct('+') || self.is_punct('-') {
                    let mut negative = false;
                    while let Some(Tok::Punct(c @ ('+' | '-'))) = self.peek().cloned() {
                        negative ^= c == '-';
                        self.pos += 1;
                    }
                    match self.literal(negative)? {
                        Lit::Int(v) => offset = i64::try_from(v).or_else(|_| self.err("offset too large"))?,
                        _ => return self.err("an address offset must be an integer"),
                    }
                }
                self.expect_punct(']')?;
                Ok(Raw::Addr { base, offset })
            }
            Some(Tok::Punct('{')) => {
                self.pos += 1;
                let mut items = Vec::new();
                while !self.eat_punct('}') {
                    items.push(self.operand()?);
                    self.eat_punct(',');
                }
                Ok(Raw::Vec(items))
            }
            _ => self.err(format!("expected an operand, found {}", self.describe())),
        }
    }
}

/// Parses PTX text into its kernels.
pub fn parse_kernels(text: &str) -> Result<Vec<Kernel>> {
    let mut p = Parser { toks: lex(text)?, pos: 0 };
    p.module()
}
