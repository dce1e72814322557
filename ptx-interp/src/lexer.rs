//! The PTX lexer: words (opcodes, directives, registers, labels), numbers and punctuation, each
//! with its 1-based line; `//` and `/* */` comments are skipped.

use crate::error::{PtxError, Result};

/// One token.
#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    /// An identifier, opcode (`add.rn.f32`), directive (`.reg`), register (`%rd4`, `%tid.x`) or label.
    Word(String),
    /// A number as written (`12`, `0x1f`, `0f3F800000`, `0d3FF0000000000000`, `1.5`), sign excluded.
    Num(String),
    /// One punctuation character: `, ; : { } [ ] ( ) < > + - @ ! |`.
    Punct(char),
    /// A string literal (in `.file` directives).
    Str(String),
}

/// A token and the line it starts on.
#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    /// The token.
    pub tok: Tok,
    /// 1-based line.
    pub line: u32,
}

fn word_start(c: char) -> bool {
    c.is_ascii_alphabetic() || matches!(c, '_' | '$' | '%' | '.')
}

fn word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '_' | '$' | '.')
}

/// Splits `text` into tokens.
pub fn lex(text: &str) -> Result<Vec<Token>> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let (mut i, mut line) = (0usize, 1u32);
    while i < chars.len() {
        let c = chars[i];
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c.is_whitespace() {
            i += 1;
        } else if c == '/' && chars.get(i + 1) == Some(&'/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && chars.get(i + 1) == Some(&'*') {
            i += 2;
            while i < chars.len() && !(chars[i] == '*' && chars.get(i + 1) == Some(&'/')) {
                line += u32::from(chars[i] == '\n');
                i += 1;
            }
            if i >= chars.len() {
                return Err(PtxError::Parse { line, message: "unterminated comment".into() });
            }
            i += 2;
        } else if c == '"' {
            let start = i + 1;
            i = start;
            while i < chars.len() && chars[i] != '"' && chars[i] != '\n' {
                i += 1;
            }
            if chars.get(i) != Some(&'"') {
                return Err(PtxError::Parse { line, message: "unterminated string".into() });
            }
            out.push(Token { tok: Tok::Str(chars[start..i].iter().collect()), line });
            i += 1;
        } else if c.is_ascii_digit() {
            let start = i;
            while i < chars.len() && (chars[i].is_ascii_alphanumeric() || chars[i] == '.') {
                i += 1;
            }
            out.push(Token { tok: Tok::Num(chars[start..i].iter().collect()), line });
        } else if word_start(c) {
            let start = i;
            i += 1;
            while i < chars.len() && word_char(chars[i]) {
                i += 1;
            }
            out.push(Token { tok: Tok::Word(chars[start..i].iter().collect()), line });
        } else if ",;:{}[]()<>+-@!|=".contains(c) {
            out.push(Token { tok: Tok::Punct(c), line });
            i += 1;
        } else {
            return Err(PtxError::Parse { line, message: format!("unexpected character {c:?}") });
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_instructions_registers_and_addresses() {
        let toks = lex("@!%p1 ld.global.v4.f32 {%f1, %f2}, [%rd29+-8]; // c\n/* x\n */ bra LBB0_3;").unwrap();
        let words: Vec<String> = toks
            .iter()
            .map(|t| match &t.tok {
                Tok::Word(w) | Tok::Num(w) | Tok::Str(w) => w.clone(),
                Tok::Punct(c) => c.to_string(),
            })
            .collect();
        assert_eq!(words.join(" "), "@ ! %p1 ld.global.v4.f32 { %f1 , %f2 } , [ %rd29 + - 8 ] ; bra LBB0_3 ;");
        assert_eq!(toks.last().unwrap().line, 3);
    }

    #[test]
    fn unexpected_character_names_its_line() {
        let err = lex("mov.u32 %r1, 1;\n  #").unwrap_err();
        assert_eq!(err, PtxError::Parse { line: 2, message: "unexpected character '#'".into() });
    }
}
