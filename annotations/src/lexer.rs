//! A tiny tokenizer shared by the export grammar and the directive clauses.

use crate::Pos;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tok {
    /// An identifier; may contain dots (`np.float64`) so that hints can name it whole.
    Ident,
    /// A run of ASCII digits.
    Int,
    LParen,
    RParen,
    LBrack,
    RBrack,
    Comma,
    Colon,
    DColon,
    Question,
    /// `+ - * & | ^ && ||` (reduction operators).
    Op,
    /// Any other character.
    Unknown,
    /// End of the annotation (end of text, or a nested `#` starting a trailing remark).
    Eof,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Token<'a> {
    pub kind: Tok,
    pub text: &'a str,
    pub pos: Pos,
    /// Byte range in the lexed string.
    pub start: usize,
    pub end: usize,
}

impl Token<'_> {
    pub fn is_ident(&self, word: &str) -> bool {
        self.kind == Tok::Ident && self.text == word
    }

    /// How the token is named in messages: "`foo`" or "end of comment".
    pub fn describe(&self) -> String {
        match self.kind {
            Tok::Eof => "end of comment".to_string(),
            _ => format!("`{}`", self.text),
        }
    }
}

fn is_ident_start(c: char) -> bool {
    c == '_' || c.is_alphabetic()
}

fn is_ident_continue(c: char) -> bool {
    c == '_' || c.is_alphanumeric()
}

/// Advances a position over one character.
pub(crate) fn advance(pos: &mut Pos, c: char) {
    if c == '\n' {
        pos.line += 1;
        pos.col = 1;
    } else {
        pos.col += 1;
    }
}

/// Lexes `text[start..]`, where the character at byte `start` is at `base`.
/// Lexing stops at a `#` (a trailing remark) if `stop_at_hash`, or at the end of the text; the last token is
/// always `Eof`, positioned just after the last non-blank character lexed.
pub(crate) fn lex(text: &str, start: usize, base: Pos, stop_at_hash: bool) -> Vec<Token<'_>> {
    let mut toks = Vec::new();
    let mut pos = base;
    let mut end_pos = base;
    let mut end_byte = start;
    let mut it = text[start..].char_indices().map(|(i, c)| (i + start, c)).peekable();
    while let Some(&(i, c)) = it.peek() {
        if c.is_whitespace() {
            advance(&mut pos, c);
            it.next();
            continue;
        }
        if c == '#' && stop_at_hash {
            break;
        }
        let tok_pos = pos;
        let kind;
        let mut j = i + c.len_utf8();
        advance(&mut pos, c);
        it.next();
        if is_ident_start(c) {
            kind = Tok::Ident;
            loop {
                match it.peek() {
                    Some(&(k, d)) if is_ident_continue(d) => {
                        j = k + d.len_utf8();
                        advance(&mut pos, d);
                        it.next();
                    }
                    Some(&(k, '.')) => {
                        // Dotted name only if an identifier follows the dot.
                        match text[k + 1..].chars().next() {
                            Some(d) if is_ident_start(d) => {
                                j = k + 1;
                                advance(&mut pos, '.');
                                it.next();
                            }
                            _ => break,
                        }
                    }
                    _ => break,
                }
            }
        } else if c.is_ascii_digit() {
            kind = Tok::Int;
            while let Some(&(k, d)) = it.peek() {
                if !d.is_ascii_digit() {
                    break;
                }
                j = k + 1;
                advance(&mut pos, d);
                it.next();
            }
        } else {
            let next = it.peek().map(|&(_, d)| d);
            let (k, doubled) = match (c, next) {
                (':', Some(':')) => (Tok::DColon, true),
                ('&', Some('&')) | ('|', Some('|')) => (Tok::Op, true),
                (':', _) => (Tok::Colon, false),
                ('(', _) => (Tok::LParen, false),
                (')', _) => (Tok::RParen, false),
                ('[', _) => (Tok::LBrack, false),
                (']', _) => (Tok::RBrack, false),
                (',', _) => (Tok::Comma, false),
                ('?', _) => (Tok::Question, false),
                ('+' | '-' | '*' | '&' | '|' | '^', _) => (Tok::Op, false),
                _ => (Tok::Unknown, false),
            };
            if doubled {
                it.next();
                advance(&mut pos, c);
                j += c.len_utf8();
            }
            kind = k;
        }
        toks.push(Token { kind, text: &text[i..j], pos: tok_pos, start: i, end: j });
        end_pos = pos;
        end_byte = j;
    }
    toks.push(Token { kind: Tok::Eof, text: "", pos: end_pos, start: end_byte, end: end_byte });
    toks
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(s: &str) -> Vec<(Tok, String, u32)> {
        lex(s, 0, Pos { line: 1, col: 1 }, true).into_iter().map(|t| (t.kind, t.text.to_string(), t.pos.col)).collect()
    }

    #[test]
    fn lexes_tokens_with_columns() {
        let k = kinds("f(é, np.float64[::,3])?&&|| # rest");
        let texts: Vec<&str> = k.iter().map(|t| t.1.as_str()).collect();
        assert_eq!(texts, ["f", "(", "é", ",", "np.float64", "[", "::", ",", "3", "]", ")", "?", "&&", "||", ""]);
        assert_eq!(k[4].2, 6);
        assert_eq!(k[14].0, Tok::Eof);
        assert_eq!(k[14].2, 28);
    }

    #[test]
    fn dot_without_ident_is_unknown() {
        let k = kinds("a. 1.5");
        let kinds: Vec<Tok> = k.iter().map(|t| t.0).collect();
        assert_eq!(kinds, [Tok::Ident, Tok::Unknown, Tok::Int, Tok::Unknown, Tok::Int, Tok::Eof]);
    }
}
